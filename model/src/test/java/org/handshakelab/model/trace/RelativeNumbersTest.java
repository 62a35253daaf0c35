package org.handshakelab.model.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;
import org.junit.jupiter.api.Test;

class RelativeNumbersTest {

    @Test
    void numbersAreRelativeToEachSidesIsnAcrossTheWrap() {
        RelativeNumbers.Tracker t = new RelativeNumbers.Tracker(-1, -1);
        t.observe(Side.CLIENT, Segment.control(1, 2, 0xFFFFFFF0, 0, Flags.SYN, 10));
        t.observe(Side.SERVER, Segment.control(2, 1, 7, 0xFFFFFFF1, Flags.SYN | Flags.ACK, 10));
        RelativeNumbers.Relative r = t.observe(Side.CLIENT, Segment.control(1, 2, 0x10, 8 + 100, Flags.ACK, 10));
        assertEquals(0x20, r.rseq(), "0x10 is 0x20 past 0xFFFFFFF0 modulo 2^32");
        assertEquals(101, r.rack());
        assertTrue(r.seqRelative() && r.ackRelative());
    }

    @Test
    void aSideWithoutAKnownIsnKeepsAbsoluteNumbers() {
        RelativeNumbers.Tracker t = new RelativeNumbers.Tracker(-1, -1);
        t.observe(Side.CLIENT, Segment.control(1, 2, 500, 0, Flags.SYN, 10));
        RelativeNumbers.Relative rst = t.observe(Side.SERVER, Segment.control(2, 1, 0, 501, Flags.RST | Flags.ACK, 0));
        assertFalse(rst.seqRelative());
        assertEquals(0, rst.rseq());
        assertEquals(1, rst.rack());
        assertTrue(rst.ackRelative());
    }

    @Test
    void theNewestSynStartsANewNumbering() {
        RelativeNumbers rel = RelativeNumbers.of(SampleTraces.handshakeDataReconnect());
        assertEquals(1, rel.get(4).rseq());
        assertEquals(0, rel.get(6).rseq(), "reconnect SYN");
        assertEquals(1, rel.get(8).rack(), "the RST acknowledges the new SYN");
        assertNull(rel.get(99));
    }
}
