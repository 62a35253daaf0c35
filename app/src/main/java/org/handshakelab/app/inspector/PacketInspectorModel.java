package org.handshakelab.app.inspector;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.handshakelab.model.playback.Playback;
import org.handshakelab.model.sim.EndpointSetup;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;

/**
 * The packet inspector's view-model. Inputs: the trace, the selected segment id (bind it to the
 * lanes view's {@code selectedSegmentIdProperty()}), the two endpoints' addresses; the ISNs for
 * relative numbers come from the trace. Output: {@link #detailsProperty()}. The highlighted field
 * is shared by the field table and the hex dump: hovering either sets it.
 */
public final class PacketInspectorModel {
    private final PacketEncoder encoder;
    private final ObjectProperty<Trace> trace = new SimpleObjectProperty<>(this, "trace");
    private final ObjectProperty<Integer> selectedSegmentId = new SimpleObjectProperty<>(this, "selectedSegmentId");
    private final StringProperty clientAddress = new SimpleStringProperty(this, "clientAddress", "10.0.0.1");
    private final StringProperty serverAddress = new SimpleStringProperty(this, "serverAddress", "10.0.0.2");
    private final ReadOnlyObjectWrapper<SegmentDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ObjectProperty<PacketField> highlightedField = new SimpleObjectProperty<>(this, "highlightedField");
    private final IntegerProperty hoveredByte = new SimpleIntegerProperty(this, "hoveredByte", -1);

    public PacketInspectorModel(PacketEncoder encoder) {
        this.encoder = encoder;
        trace.addListener((o, a, b) -> update());
        selectedSegmentId.addListener((o, a, b) -> update());
        clientAddress.addListener((o, a, b) -> update());
        serverAddress.addListener((o, a, b) -> update());
        hoveredByte.addListener((o, a, b) -> {
            SegmentDetails d = details.get();
            int i = b.intValue();
            highlightedField.set(d == null || d.packet() == null || i < 0 || i >= d.packet().length()
                    ? null : d.packet().fieldAt(i));
        });
    }

    /**
     * Shows the segments of whichever playback {@code playback} holds (e.g. the lanes view model's
     * {@code playbackProperty()}); bind {@link #selectedSegmentIdProperty()} to its selection.
     */
    public void followPlayback(ObservableValue<Playback> playback) {
        playback.addListener((o, a, b) -> trace.set(b == null ? null : b.trace()));
        Playback now = playback.getValue();
        trace.set(now == null ? null : now.trace());
    }

    public ObjectProperty<Trace> traceProperty() {
        return trace;
    }

    /** The segment to show (its trace id); null shows nothing. */
    public ObjectProperty<Integer> selectedSegmentIdProperty() {
        return selectedSegmentId;
    }

    public StringProperty clientAddressProperty() {
        return clientAddress;
    }

    public StringProperty serverAddressProperty() {
        return serverAddress;
    }

    /** What is shown; null when nothing is selected or the id is not in the trace. */
    public ReadOnlyObjectProperty<SegmentDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The field whose row and bytes are highlighted; null for none. */
    public ObjectProperty<PacketField> highlightedFieldProperty() {
        return highlightedField;
    }

    /** The byte under the pointer in the hex dump (-1 none); setting it highlights its field. */
    public IntegerProperty hoveredByteProperty() {
        return hoveredByte;
    }

    /** Takes both addresses from a scenario's endpoints (e.g. {@code lesson.scenario().client()}). */
    public void setEndpoints(EndpointSetup client, EndpointSetup server) {
        clientAddress.set(client.address());
        serverAddress.set(server.address());
    }

    /** Shows one segment directly, without a trace (ISNs -1 = unknown). */
    public void show(int id, Side sender, Segment segment, long clientIsn, long serverIsn) {
        highlightedField.set(null);
        details.set(SegmentDetails.of(id, sender, segment, clientAddress.get(), serverAddress.get(),
                clientIsn, serverIsn, encoder));
    }

    private void update() {
        highlightedField.set(null);
        Trace t = trace.get();
        Integer id = selectedSegmentId.get();
        if (t == null || id == null) {
            details.set(null);
            return;
        }
        for (TraceEvent e : t.events()) {
            if (e instanceof TraceEvent.SegmentSent s && s.id() == id) {
                show(id, s.side(), s.segment(), t.clientIsn(), t.serverIsn());
                return;
            }
            if (e instanceof TraceEvent.SegmentDuplicated d && d.copyId() == id) {
                show(id, d.side(), d.segment(), t.clientIsn(), t.serverIsn());
                return;
            }
        }
        details.set(null);
    }
}
