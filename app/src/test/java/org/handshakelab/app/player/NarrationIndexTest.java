package org.handshakelab.app.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handshakelab.lessons.LocalizedText;
import org.handshakelab.lessons.NarrationPoint;
import org.junit.jupiter.api.Test;

class NarrationIndexTest {
    private static NarrationPoint point(String id, int index, boolean pause) {
        return new NarrationPoint(id, index, pause, LocalizedText.of(id, null));
    }

    private final NarrationIndex index = new NarrationIndex(List.of(
            point("syn", 2, true), point("start", -1, false), point("est", 7, false), point("close", 11, true)));

    @Test
    void showsTheLastPointAnchoredAtOrBeforeTheEvent() {
        assertEquals("start", index.current(-1).orElseThrow().id());
        assertEquals("start", index.current(1).orElseThrow().id());
        assertEquals("syn", index.current(2).orElseThrow().id());
        assertEquals("est", index.current(10).orElseThrow().id());
        assertEquals("close", index.current(50).orElseThrow().id());
        assertTrue(new NarrationIndex(List.of(point("late", 3, false))).current(2).isEmpty());
    }

    @Test
    void positionCountsFromOne() {
        assertEquals(0, index.position(-1));
        assertEquals(2, index.position(9));
    }

    @Test
    void nextAndPreviousWorkLikeTracks() {
        assertEquals(2, index.next(-1).orElseThrow().eventIndex());
        assertEquals(7, index.next(2).orElseThrow().eventIndex());
        assertTrue(index.next(11).isEmpty());
        assertEquals(2, index.previous(5).orElseThrow().eventIndex(), "from inside a narration: its start");
        assertEquals(-1, index.previous(2).orElseThrow().eventIndex(), "from its start: the one before");
        assertTrue(index.previous(-1).isEmpty());
    }

    @Test
    void findsTheFirstPausingPointInARange() {
        assertEquals("syn", index.firstPauseIn(-1, 20).orElseThrow().id());
        assertEquals("close", index.firstPauseIn(2, 20).orElseThrow().id());
        assertTrue(index.firstPauseIn(2, 10).isEmpty());
    }
}
