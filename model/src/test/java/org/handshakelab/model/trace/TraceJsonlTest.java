package org.handshakelab.model.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceJsonlTest {

    private final Trace trace = SampleTraces.handshakeDataReconnect();
    private final List<String> lines = List.of(TraceJsonl.toString(trace).split("\n", -1));

    @Test
    void writesOneLinePerEventEndingWithANewline() {
        assertEquals(trace.size() + 1, lines.size());
        assertEquals("", lines.get(lines.size() - 1));
    }

    @Test
    void segmentLinesCarryAbsoluteAndRelativeNumbers() {
        assertEquals("{\"t\":50,\"kind\":\"segment-sent\",\"endpoint\":\"server\",\"id\":2,\"flags\":[\"SYN\",\"ACK\"],"
                + "\"srcPort\":80,\"dstPort\":40000,\"seq\":5000,\"ack\":1001,\"len\":0,\"seglen\":1,\"win\":65535,"
                + "\"rseq\":0,\"rack\":1,\"retransmission\":false}", lines.get(8));
        assertEquals("{\"t\":0,\"kind\":\"segment-sent\",\"endpoint\":\"client\",\"id\":1,\"flags\":[\"SYN\"],"
                + "\"srcPort\":40000,\"dstPort\":80,\"seq\":1000,\"ack\":0,\"len\":0,\"seglen\":1,\"win\":65535,"
                + "\"rseq\":0,\"retransmission\":false}", lines.get(4), "no rack without the ACK bit");
    }

    @Test
    void dataSegmentPayloadIsEscapedText() {
        assertTrue(lines.get(14).contains("\"len\":10,\"seglen\":10,\"win\":65535,\"rseq\":1,\"rack\":1,"
                + "\"encoding\":\"text\",\"data\":\"hi \\\"there\\\"\""), lines.get(14));
    }

    @Test
    void stateLinesUseEnumNamesAndCause() {
        assertEquals("{\"t\":100,\"kind\":\"state\",\"endpoint\":\"client\",\"from\":\"SYN_SENT\",\"to\":\"ESTABLISHED\","
                + "\"cause\":\"received SYN,ACK\"}", lines.get(10));
    }

    @Test
    void everyOtherKindHasItsDocumentedFields() {
        assertEquals("{\"t\":0,\"kind\":\"call\",\"endpoint\":\"server\",\"call\":\"listen\",\"ok\":true,\"isn\":5000}",
                lines.get(0));
        assertEquals("{\"t\":0,\"kind\":\"timer-set\",\"endpoint\":\"client\",\"timer\":\"RETRANSMISSION\","
                + "\"expiresAt\":1000}", lines.get(5));
        assertEquals("{\"t\":50,\"kind\":\"segment-delivered\",\"endpoint\":\"server\",\"id\":1,\"flags\":[\"SYN\"],"
                + "\"srcPort\":40000,\"dstPort\":80,\"seq\":1000,\"ack\":0,\"len\":0,\"seglen\":1,\"win\":65535,"
                + "\"rseq\":0}", lines.get(6));
        assertEquals("{\"t\":100,\"kind\":\"timer-cancelled\",\"endpoint\":\"client\",\"timer\":\"RETRANSMISSION\"}",
                lines.get(11));
        assertEquals("{\"t\":145,\"kind\":\"segment-dropped\",\"endpoint\":\"client\",\"id\":4,\"cause\":\"random loss\"}",
                lines.get(15));
        assertTrue(lines.get(16).startsWith("{\"t\":125,\"kind\":\"segment-duplicated\",\"endpoint\":\"client\",\"id\":5,"
                + "\"original\":3,\"cause\":\"dup rule\",\"flags\":[\"ACK\"]"), lines.get(16));
        assertTrue(lines.get(16).contains("\"rseq\":1,\"rack\":1"), "a copy has its original's relative numbers");
        assertEquals("{\"t\":175,\"kind\":\"segment-discarded\",\"endpoint\":\"server\",\"id\":5,\"reason\":\"DUPLICATE\","
                + "\"detail\":\"old \\\\ duplicate\"}", lines.get(20));
        assertEquals("{\"t\":200,\"kind\":\"data\",\"endpoint\":\"server\",\"len\":9,\"encoding\":\"text\",\"data\":\"한국어\"}",
                lines.get(21));
        assertEquals("{\"t\":210,\"kind\":\"data\",\"endpoint\":\"server\",\"len\":3,\"encoding\":\"hex\",\"data\":\"0001ff\"}",
                lines.get(22));
        assertEquals("{\"t\":300,\"kind\":\"call\",\"endpoint\":\"client\",\"call\":\"close\",\"ok\":false,"
                + "\"error\":\"connection closing\"}", lines.get(23));
        assertEquals("{\"t\":310,\"kind\":\"notified\",\"endpoint\":\"client\",\"message\":\"connection reset\"}",
                lines.get(24));
        assertEquals("{\"t\":500,\"kind\":\"timer-fired\",\"endpoint\":\"client\",\"timer\":\"TIME_WAIT\"}", lines.get(28));
        assertEquals("{\"t\":600,\"kind\":\"bound\",\"bound\":\"max time\"}", lines.get(29));
    }

    @Test
    void aReconnectIsNumberedFromItsNewIsnAndRetransmissionsAreFlagged() {
        assertTrue(lines.get(25).contains("\"seq\":90000,\"ack\":0,\"len\":0,\"seglen\":1,\"win\":65535,\"rseq\":0,"), lines.get(25));
        assertTrue(lines.get(26).endsWith("\"rseq\":0,\"retransmission\":true}"), lines.get(26));
        assertTrue(lines.get(27).contains("\"seq\":0,\"ack\":90001,") && lines.get(27).contains("\"rseq\":"
                + (0x1_0000_0000L - 5000) + ",\"rack\":1,"), lines.get(27));
    }

    @Test
    void writerOutputEqualsToStringAndIsDeterministic() throws Exception {
        StringWriter w = new StringWriter();
        TraceJsonl.write(trace, w);
        assertEquals(TraceJsonl.toString(trace), w.toString());
        assertEquals(TraceJsonl.toString(SampleTraces.handshakeDataReconnect()), w.toString());
    }
}
