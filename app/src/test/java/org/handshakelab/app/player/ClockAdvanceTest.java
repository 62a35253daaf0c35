package org.handshakelab.app.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClockAdvanceTest {

    @Test
    void atSpeedOneAMillisecondOfRealTimeIsAMillisecondOfVirtualTime() {
        ClockAdvance clock = new ClockAdvance(new long[] {0, 100, 150, 200, 250});
        assertEquals(116, clock.advance(100, 16, 1.0), 1e-9);
        assertEquals(60, clock.advance(0, 16, 3.75), 1e-9);
        assertEquals(4, clock.advance(0, 16, 0.25), 1e-9);
    }

    @Test
    void neverRunsPastTheLastEvent() {
        ClockAdvance clock = new ClockAdvance(new long[] {0, 100});
        assertEquals(100, clock.advance(90, 50, 1.0), 1e-9);
        assertEquals(100, clock.advance(100, 50, 1.0), 1e-9);
    }

    @Test
    void aTimeWaitOf240SecondsIsCrossedInAboutOneSecondOfRealTime() {
        long end = 250 + 240_000;
        ClockAdvance clock = new ClockAdvance(new long[] {0, 200, 250, end});
        double t = 250;
        int frames = 0;
        while (t < end && frames < 10_000) {
            t = clock.advance(t, 16, 1.0);
            frames++;
        }
        double realMs = frames * 16.0;
        assertTrue(realMs >= 900 && realMs <= 1100, "crossing took " + realMs + " ms of real time");
    }

    @Test
    void shortGapsAreNotCompressed() {
        ClockAdvance clock = new ClockAdvance(new long[] {0, 1_000, 2_000});
        assertEquals(1_016, clock.advance(1_000, 16, 1.0), 1e-9);
    }

    @Test
    void aFrameThatCrossesIntoAnIdleGapSpendsOnlyItsRemainderThere() {
        // 10 ms reach the event at 100 at the normal rate; the other 6 ms are spent in the 100 s gap
        ClockAdvance clock = new ClockAdvance(new long[] {0, 100, 100_100});
        double rate = 100_000 / ClockAdvance.COMPRESSED_SPAN_MS;
        assertEquals(100 + 6 * rate, clock.advance(90, 16, 1.0), 1e-6);
    }

    @Test
    void equalEventTimesAreCrossedTogether() {
        ClockAdvance clock = new ClockAdvance(new long[] {0, 50, 50, 50, 100});
        assertEquals(60, clock.advance(50, 10, 1.0), 1e-9);
    }
}
