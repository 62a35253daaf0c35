package org.handshakelab.app.lanes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.handshakelab.app.testsupport.HandshakeFixture;
import org.handshakelab.model.playback.Playback;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** The view model needs only javafx-base: no toolkit, no window. */
class LanesViewModelTest {

    private static List<String> labels(LanesViewModel model) {
        return model.visibleArrows().stream().map(ArrowInfo::label).toList();
    }

    @Test
    void showsOnlyTheArrowsSentSoFarWithRelativeNumbers() {
        LanesViewModel model = new LanesViewModel();
        Playback p = new Playback(HandshakeFixture.trace());
        model.playbackProperty().set(p);
        assertTrue(model.visibleArrows().isEmpty());
        p.seekToTime(1200);
        assertEquals(HandshakeFixture.RELATIVE_LABELS.subList(0, 4), labels(model));
        p.seekToTime(1_000_000);
        assertEquals(HandshakeFixture.RELATIVE_LABELS, labels(model));
    }

    @Test
    void theToggleSwitchesToAbsoluteNumbersAndBack() {
        LanesViewModel model = new LanesViewModel();
        Playback p = new Playback(HandshakeFixture.trace());
        model.playbackProperty().set(p);
        p.seekToTime(1_000_000);
        model.absoluteNumbersProperty().set(true);
        assertEquals(HandshakeFixture.ABSOLUTE_LABELS, labels(model));
        model.absoluteNumbersProperty().set(false);
        assertEquals(HandshakeFixture.RELATIVE_LABELS, labels(model));
    }

    @Test
    void lossAndDiscardShowOnlyOnceTheyHaveBeenPlayed() {
        LanesViewModel model = new LanesViewModel();
        Playback p = new Playback(HandshakeFixture.trace());
        model.playbackProperty().set(p);
        p.seekToTime(124);
        assertFalse(model.visibleArrows().get(0).dropped(), "not yet lost at 124");
        p.seekToTime(125);
        ArrowInfo lost = model.visibleArrows().get(0);
        assertTrue(lost.dropped());
        assertEquals(new ArrowInfo(1, Side.CLIENT, "SYN 0", 100, 125, true, false, false), lost);
        p.seekToTime(1399);
        assertTrue(model.visibleArrows().get(1).retransmission());
        assertFalse(model.visibleArrows().get(5).discarded());
        p.seekToTime(1400);
        assertTrue(model.visibleArrows().get(5).discarded());
        p.seekToTime(124);
        assertFalse(model.visibleArrows().get(0).dropped(), "undone when stepping back before the loss");
    }

    @Test
    void incrementalUpdatesEqualAFreshComputationAfterRandomSeeks() {
        Trace trace = HandshakeFixture.trace();
        Random random = new Random(42);
        LanesViewModel model = new LanesViewModel();
        Playback p = new Playback(trace);
        model.playbackProperty().set(p);
        for (int round = 0; round < 500; round++) {
            switch (random.nextInt(4)) {
                case 0 -> p.stepForward();
                case 1 -> p.stepBack();
                case 2 -> p.seekToIndex(random.nextInt(trace.size() + 2) - 1);
                default -> p.seekToTime(random.nextInt(3_000));
            }
            LanesViewModel fresh = new LanesViewModel();
            Playback q = new Playback(trace);
            q.seekToIndex(p.eventIndexProperty().get());
            fresh.playbackProperty().set(q);
            assertEquals(fresh.visibleArrows(), model.visibleArrows(), "round " + round);
        }
    }

    @Test
    void aNewSynResetsItsSidesBaseAndARstBeforeAnyIsnIsAbsolute() {
        // connection refused, then a second connect with a new ISN: RFC 9293 §3.10.7.1
        Segment syn1 = Segment.control(49152, 80, 1000, 0, Flags.SYN, 65535);
        Segment rst = Segment.control(80, 49152, 0, 1001, Flags.RST | Flags.ACK, 0);
        Segment syn2 = Segment.control(49152, 80, 9000, 0, Flags.SYN, 65535);
        Segment synAck = Segment.control(80, 49152, 7000, 9001, Flags.SYN | Flags.ACK, 65535);
        List<TraceEvent> events = List.of(
                new TraceEvent.SegmentSent(0, Side.CLIENT, 1, syn1, false),
                new TraceEvent.SegmentDelivered(50, Side.SERVER, 1, syn1),
                new TraceEvent.SegmentSent(50, Side.SERVER, 2, rst, false),
                new TraceEvent.SegmentDelivered(100, Side.CLIENT, 2, rst),
                new TraceEvent.SegmentSent(200, Side.CLIENT, 3, syn2, false),
                new TraceEvent.SegmentDelivered(250, Side.SERVER, 3, syn2),
                new TraceEvent.SegmentSent(250, Side.SERVER, 4, synAck, false));
        LanesViewModel model = new LanesViewModel();
        Playback p = new Playback(new Trace(events, 1000, -1));
        model.playbackProperty().set(p);
        p.seekToIndex(events.size() - 1);
        assertEquals(List.of("SYN 0", "RST,ACK 0/1", "SYN 0", "SYN,ACK 0/1"), labels(model));
    }

    @Test
    void zoomIsKeptWithinItsRange() {
        LanesViewModel model = new LanesViewModel();
        assertEquals(1.0, model.zoomProperty().get());
        model.zoomProperty().set(100);
        assertEquals(LanesViewModel.MAX_ZOOM, model.zoomProperty().get());
        model.zoomProperty().set(0.01);
        assertEquals(LanesViewModel.MIN_ZOOM, model.zoomProperty().get());
    }

    @Test
    void aSelectionNotYetSentIsClearedWhenSteppingBack() {
        LanesViewModel model = new LanesViewModel();
        Playback p = new Playback(HandshakeFixture.trace());
        model.playbackProperty().set(p);
        p.seekToTime(2000);
        model.selectedSegmentIdProperty().set(7);
        p.seekToTime(1200);
        assertNull(model.selectedSegmentIdProperty().get());
    }
}
