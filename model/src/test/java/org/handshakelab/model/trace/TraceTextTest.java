package org.handshakelab.model.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TraceTextTest {

    private final List<String> lines = List.of(TraceText.toString(SampleTraces.handshakeDataReconnect()).split("\n"));

    @Test
    void segmentsShowDirectionIdFlagsAndRelativeNumbers() {
        assertEquals("     0 ms  client -> server  #1 SYN seq=0 (rel) len=0", lines.get(4));
        assertEquals("    50 ms  server -> client  #2 SYN,ACK seq=0 ack=1 (rel) len=0", lines.get(8));
        assertEquals("   120 ms  client -> server  #4 PSH,ACK seq=1 ack=1 (rel) len=10", lines.get(14));
        assertEquals("   401 ms  client -> server  #7 SYN seq=0 (rel) len=0 [retransmission]", lines.get(26));
    }

    @Test
    void stateChangesShowFromToAndCause() {
        assertEquals("   100 ms  client  SYN_SENT -> ESTABLISHED (received SYN,ACK)", lines.get(10));
    }

    @Test
    void otherEventsReadAsSentences() {
        assertEquals("    50 ms  server <- client  #1 SYN arrives", lines.get(6));
        assertEquals("   145 ms  client -> server  #4 lost (random loss)", lines.get(15));
        assertEquals("   125 ms  client -> server  #5 duplicate of #3 (dup rule)", lines.get(16));
        assertEquals("   175 ms  server  discards #5: DUPLICATE (old \\ duplicate)", lines.get(20));
        assertEquals("   200 ms  server  data 9 bytes: \"한국어\"", lines.get(21));
        assertEquals("   210 ms  server  data 3 bytes: 0x0001ff", lines.get(22));
        assertEquals("   300 ms  client  close() -> error: connection closing", lines.get(23));
        assertEquals("     0 ms  client  timer RETRANSMISSION set, expires at 1000 ms", lines.get(5));
        assertEquals("   600 ms  stopped: max time reached", lines.get(29));
    }
}
