package org.handshakelab.app.inspector;

import static org.handshakelab.app.export.FxTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import org.handshakelab.app.diagram.HandBuiltTrace;
import org.handshakelab.app.export.FxTesting;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.trace.Trace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class PacketInspectorViewTest {
    private final Trace trace = HandBuiltTrace.handshakeDataAndClose();

    @BeforeAll
    static void startFx() {
        FxTesting.startToolkit();
    }

    @AfterEach
    void cleanStage() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private PacketInspectorView inspect(Integer segmentId, PacketEncoder encoder) {
        return onFx(() -> {
            PacketInspectorModel model = new PacketInspectorModel(encoder);
            model.traceProperty().set(trace);
            model.selectedSegmentIdProperty().set(segmentId);
            PacketInspectorView v = new PacketInspectorView(model);
            FxTesting.sceneOf(v, 1100, 760);
            return v;
        });
    }

    private static String text(Node root, String id) {
        return onFx(() -> ((Label) root.lookup("#" + id)).getText());
    }

    private static boolean isSet(Node root, String flag) {
        return onFx(() -> root.lookup("#flag-" + flag).getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("set")));
    }

    @Test
    void showsTheSynAckWithAbsoluteAndRelativeNumbersFlagsAndACorrectChecksum() {
        PacketInspectorView v = inspect(2, new WireCodecEncoder());
        assertTrue(text(v, "inspector-src-port").startsWith("80 "), text(v, "inspector-src-port"));
        assertTrue(text(v, "inspector-dst-port").startsWith("49152 "), text(v, "inspector-dst-port"));
        assertTrue(text(v, "inspector-dst-port").contains("10.0.0.1"));
        assertEquals("5000   (relative 0)", text(v, "inspector-seq"));
        assertEquals("1001   (relative 1)", text(v, "inspector-ack"));
        assertTrue(isSet(v, "SYN"));
        assertTrue(isSet(v, "ACK"));
        assertFalse(isSet(v, "FIN"));
        assertFalse(isSet(v, "RST"));
        assertFalse(isSet(v, "PSH"));
        assertTrue(text(v, "inspector-tcp-checksum").contains("correct"), text(v, "inspector-tcp-checksum"));
        assertTrue(text(v, "inspector-ip-checksum").contains("correct"));
        assertEquals("0 data bytes, SEG.LEN 1", text(v, "inspector-length"));
        FxTesting.saveSnapshot(v, Color.WHITE, FxTesting.picture("teaching-inspector.png"));
    }

    @Test
    void showsThePayloadAsTextAndHex() {
        PacketInspectorView v = inspect(4, new WireCodecEncoder());
        assertEquals("GET /", text(v, "inspector-payload-text"));
        assertEquals("47 45 54 20 2f", text(v, "inspector-payload-hex"));
        assertEquals("1001   (relative 1)", text(v, "inspector-seq"));
        assertTrue(isSet(v, "PSH"));
    }

    @Test
    void anIpv6PacketHasAVerifiedTcpChecksumAndNoIpChecksum() {
        PacketInspectorView v = onFx(() -> {
            PacketInspectorModel model = new PacketInspectorModel(new WireCodecEncoder());
            model.clientAddressProperty().set("2001:db8::1");
            model.serverAddressProperty().set("2001:db8::2");
            model.traceProperty().set(trace);
            model.selectedSegmentIdProperty().set(4);
            PacketInspectorView view = new PacketInspectorView(model);
            FxTesting.sceneOf(view, 1100, 760);
            return view;
        });
        assertTrue(text(v, "inspector-tcp-checksum").contains("correct"), text(v, "inspector-tcp-checksum"));
        assertNull(onFx(() -> v.lookup("#inspector-ip-checksum")));
        assertEquals(40 + 20 + 5, onFx(() -> v.getModel().detailsProperty().get().packet().length()));
    }

    @Test
    void followsThePlaybackItIsGiven() {
        var current = new javafx.beans.property.SimpleObjectProperty<org.handshakelab.model.playback.Playback>();
        PacketInspectorModel model = onFx(() -> {
            PacketInspectorModel m = new PacketInspectorModel(new WireCodecEncoder());
            m.followPlayback(current);
            m.selectedSegmentIdProperty().set(1);
            return m;
        });
        assertNull(onFx(() -> model.detailsProperty().get()));
        onFx(() -> {
            current.set(new org.handshakelab.model.playback.Playback(trace));
            return null;
        });
        assertEquals(Flags.SYN, onFx(() -> model.detailsProperty().get().segment().flags()));
        assertEquals(0L, onFx(() -> model.detailsProperty().get().seqRelative()));
    }

    @Test
    void nothingSelectedShowsAPlaceholder() {
        PacketInspectorView v = inspect(null, new WireCodecEncoder());
        assertNull(onFx(() -> v.lookup("#inspector-seq")));
        assertNull(onFx(() -> v.getModel().detailsProperty().get()));
    }

    @Test
    void aCorruptedChecksumIsCalledWrongWithTheRecomputedValue() {
        PacketInspectorView v = inspect(1, new TestIpv4Encoder(false));
        String good = text(v, "inspector-tcp-checksum");
        PacketInspectorView bad = inspect(1, new TestIpv4Encoder(true));
        String wrong = text(bad, "inspector-tcp-checksum");
        assertTrue(wrong.contains("WRONG"), wrong);
        // the recomputed value is the same whatever the packet claims
        assertEquals(good.substring(good.indexOf("recomputed")), wrong.substring(wrong.indexOf("recomputed")));
    }

    @Test
    void anUnknownIsnGivesNoRelativeNumberAndAnUnsetAckSaysSo() {
        PacketInspectorView v = onFx(() -> {
            PacketInspectorModel model = new PacketInspectorModel(new WireCodecEncoder());
            // the RST,ACK a closed port answers a SYN with: seq 0, the server never chose an ISN
            model.show(2, Side.SERVER, Segment.control(80, 49_152, 0, 1001, Flags.RST | Flags.ACK, 0), 1000, -1);
            PacketInspectorView view = new PacketInspectorView(model);
            FxTesting.sceneOf(view, 1000, 700);
            return view;
        });
        assertEquals("0   (no ISN known)", text(v, "inspector-seq"));
        assertEquals("1001   (relative 1)", text(v, "inspector-ack"));
        PacketInspectorView syn = inspect(1, new WireCodecEncoder());
        assertTrue(text(syn, "inspector-ack").contains("ACK flag off"), text(syn, "inspector-ack"));
    }

    @Test
    void hoveringAFieldRowHighlightsItsBytesAndHoveringAByteHighlightsItsRow() throws TimeoutException {
        PacketInspectorView v = onFx(() -> {
            PacketInspectorModel model = new PacketInspectorModel(new WireCodecEncoder());
            model.traceProperty().set(trace);
            model.selectedSegmentIdProperty().set(3);
            return new PacketInspectorView(model);
        });
        FxToolkit.setupSceneRoot(() -> v);
        FxToolkit.setupStage(stage -> {
            stage.getScene().getStylesheets().add(FxTesting.stylesheet("teaching.css"));
            stage.setWidth(1100);
            stage.setHeight(800);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        FxRobot robot = new FxRobot();
        PacketField seqField = onFx(() -> v.getModel().detailsProperty().get().packet().fields().stream()
                .filter(f -> f.name().equals("Sequence Number")).findFirst().orElseThrow());
        int seqRow = onFx(() -> v.getModel().detailsProperty().get().packet().fields().indexOf(seqField));
        robot.moveTo(onFx(() -> v.fieldRow(seqRow)));
        onFx(() -> {
            for (int i = 0; i < v.getModel().detailsProperty().get().packet().length(); i++) {
                assertEquals(i >= 24 && i < 28, v.isByteHighlighted(i), "byte " + i);
            }
            return null;
        });
        robot.moveTo(onFx(() -> v.byteLabel(35)));   // the low byte of the window
        onFx(() -> {
            PacketField window = v.getModel().highlightedFieldProperty().get();
            assertNotNull(window);
            assertEquals("Window", window.name());
            assertTrue(v.isFieldRowHighlighted(window));
            assertFalse(v.isFieldRowHighlighted(seqField));
            assertTrue(v.isByteHighlighted(34));
            assertFalse(v.isByteHighlighted(24));
            return null;
        });
        FxTesting.saveSnapshot(v, Color.WHITE, FxTesting.picture("teaching-inspector-hover.png"));
    }
}
