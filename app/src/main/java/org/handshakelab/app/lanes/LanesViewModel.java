package org.handshakelab.app.lanes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.handshakelab.model.playback.Playback;
import org.handshakelab.model.playback.SegmentLife;
import org.handshakelab.model.playback.TraceIndex;
import org.handshakelab.model.trace.TraceEvent;

/**
 * The state of a lanes view: what to show and how. It keeps no copy of the model's state; the one
 * thing it derives, {@link #visibleArrows()}, follows the playback's event index incrementally
 * (work proportional to the events crossed, not to the trace).
 */
public final class LanesViewModel {
    public static final double MIN_ZOOM = 0.25;
    public static final double MAX_ZOOM = 8;

    private final ObjectProperty<Playback> playback = new SimpleObjectProperty<>(this, "playback");
    private final ObjectProperty<LaneHeader> clientHeader =
            new SimpleObjectProperty<>(this, "clientHeader", new LaneHeader("Client", "", 0));
    private final ObjectProperty<LaneHeader> serverHeader =
            new SimpleObjectProperty<>(this, "serverHeader", new LaneHeader("Server", "", 0));
    private final BooleanProperty absoluteNumbers = new SimpleBooleanProperty(this, "absoluteNumbers", false);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final BooleanProperty followPlayback = new SimpleBooleanProperty(this, "followPlayback", true);
    private final BooleanProperty quickPlayback = new SimpleBooleanProperty(this, "quickPlayback", false);
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());
    private final ObservableList<ArrowInfo> arrows = FXCollections.observableArrayList();
    private final ObservableList<ArrowInfo> arrowsView = FXCollections.unmodifiableObservableList(arrows);
    private final ObjectProperty<Integer> selectedSegmentId = new SimpleObjectProperty<>(this, "selectedSegmentId");

    private ArrowLabels labels;
    private Map<Integer, Integer> ordinalById = Map.of();
    private int shownIndex = -1;
    private final ChangeListener<Number> indexListener = (obs, oldIndex, newIndex) -> follow(newIndex.intValue());

    public LanesViewModel() {
        playback.addListener((obs, old, now) -> {
            if (old != null) {
                old.eventIndexProperty().removeListener(indexListener);
            }
            selectedSegmentId.set(null);
            rebuild();
            if (now != null) {
                now.eventIndexProperty().addListener(indexListener);
            }
        });
        absoluteNumbers.addListener((obs, a, b) -> relabel());
        zoom.addListener((obs, a, b) -> {
            double v = b.doubleValue();
            double clamped = Double.isNaN(v) ? 1.0 : Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, v));
            if (clamped != v && !zoom.isBound()) {
                zoom.set(clamped);
            }
        });
    }

    /** What to show; null shows empty lanes. */
    public ObjectProperty<Playback> playbackProperty() {
        return playback;
    }

    public ObjectProperty<LaneHeader> clientHeaderProperty() {
        return clientHeader;
    }

    public ObjectProperty<LaneHeader> serverHeaderProperty() {
        return serverHeader;
    }

    /** False (the default): seq and ack relative to each side's ISN, as Wireshark shows them. */
    public BooleanProperty absoluteNumbersProperty() {
        return absoluteNumbers;
    }

    /** Vertical zoom of time, 1.0 by default, kept within 0.25..8. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /**
     * Playback is running at 2x or faster (default false). A long trace's tracks in flight are drawn
     * solid then: each flies for a frame or two, too short to see its dashes, which cost the software
     * renderer twice as much (BENCHMARKS.md section 2). Paused, stepping or slower, every track shows
     * its kind's dashes, which the colour-blind rely on.
     */
    public BooleanProperty quickPlaybackProperty() {
        return quickPlayback;
    }

    /** Scroll so that the playback's time stays in view (default true). */
    public BooleanProperty followPlaybackProperty() {
        return followPlayback;
    }

    /** The language of the few words the diagram draws itself ("lost", "RTO", "2MSL"). */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    /**
     * Unmodifiable: the arrows the diagram shows at the playback's current position, in the order
     * they were sent — every segment whose send event has been applied, whether or not it is
     * scrolled into view. (Only those in view get nodes.)
     */
    public ObservableList<ArrowInfo> visibleArrows() {
        return arrowsView;
    }

    /** The selected arrow's segment id, null for none. */
    public ObjectProperty<Integer> selectedSegmentIdProperty() {
        return selectedSegmentId;
    }

    /** The label segment {@code ordinal} has or will have (relative or absolute as set), sent or not. */
    String labelOf(int ordinal) {
        return labels == null ? "" : labels.label(ordinal, absoluteNumbers.get());
    }

    /** The position of segment {@code id} in the trace's segment list, or -1. */
    int ordinalOf(int id) {
        Integer k = ordinalById.get(id);
        return k == null ? -1 : k;
    }

    private void rebuild() {
        Playback p = playback.get();
        if (p == null) {
            labels = null;
            ordinalById = Map.of();
            shownIndex = -1;
            arrows.clear();
            return;
        }
        List<SegmentLife> segments = p.index().segments();
        labels = new ArrowLabels(p.trace(), segments);
        Map<Integer, Integer> ids = new HashMap<>();
        for (int k = 0; k < segments.size(); k++) {
            ids.put(segments.get(k).id(), k);
        }
        ordinalById = ids;
        relabel();
    }

    private void relabel() {
        Playback p = playback.get();
        if (p == null) {
            return;
        }
        shownIndex = p.eventIndexProperty().get();
        int count = p.index().segmentsSentBy(shownIndex);
        ArrowInfo[] all = new ArrowInfo[count];
        for (int k = 0; k < count; k++) {
            all[k] = info(p.index(), k, shownIndex);
        }
        arrows.setAll(all);
    }

    /** Brings the arrows from {@link #shownIndex} to {@code index}, touching only what changed. */
    private void follow(int index) {
        Playback p = playback.get();
        TraceIndex ix = p.index();
        int from = shownIndex;
        shownIndex = index;
        int count = ix.segmentsSentBy(index);
        if (count < arrows.size()) {
            arrows.remove(count, arrows.size());
        }
        // a loss or a discard played (or unplayed) between the two positions changes an arrow
        int lo = Math.min(from, index) + 1;
        int hi = Math.max(from, index);
        for (int i = lo; i <= hi; i++) {
            TraceEvent e = p.trace().get(i);
            int id = e instanceof TraceEvent.SegmentDropped d ? d.id()
                    : e instanceof TraceEvent.SegmentDiscarded d ? d.id() : -1;
            int k = id < 0 ? -1 : ordinalOf(id);
            if (k >= 0 && k < arrows.size()) {
                ArrowInfo updated = info(ix, k, index);
                if (!updated.equals(arrows.get(k))) {
                    arrows.set(k, updated);
                }
            }
        }
        if (count > arrows.size()) {
            ArrowInfo[] added = new ArrowInfo[count - arrows.size()];
            for (int k = arrows.size(); k < count; k++) {
                added[k - arrows.size()] = info(ix, k, index);
            }
            arrows.addAll(added);
        }
        Integer selected = selectedSegmentId.get();
        if (selected != null && ordinalOf(selected) >= count) {
            selectedSegmentId.set(null);
        }
    }

    private ArrowInfo info(TraceIndex ix, int ordinal, int index) {
        SegmentLife life = ix.segments().get(ordinal);
        boolean dropped = life.dropped() && life.endIndex() <= index;
        boolean discarded = life.discarded() && life.discardIndex() <= index;
        return new ArrowInfo(life.id(), life.sender(), labels.label(ordinal, absoluteNumbers.get()), life.sentAt(),
                life.endsAt(), dropped, life.retransmission(), discarded);
    }
}
