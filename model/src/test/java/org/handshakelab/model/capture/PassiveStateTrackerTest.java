package org.handshakelab.model.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;
import org.junit.jupiter.api.Test;

class PassiveStateTrackerTest {
    static final int CP = 40000;
    static final int SP = 80;
    static final int C = 1000;
    static final int S = 5000;

    /** Segments with srcPort CP are from the client (endpoint B: port 40000 > 80 with equal addresses). */
    static LoadedConversation conversation(List<Segment> segments) throws Exception {
        InetAddress host = InetAddress.getByAddress(new byte[] {10, 0, 0, 1});
        Conversation c = new Conversation(0, 4, host, SP, host, CP, segments.size(), 0, 0, 1);
        List<CapturedSegment> captured = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            captured.add(new CapturedSegment(i + 1, 1_000_000_000L + i * 10_000_000L, s.srcPort() == SP, s, s.dataLength()));
        }
        return new LoadedConversation(c, captured, 0, false);
    }

    static List<String> states(Trace trace, Side side) {
        List<String> out = new ArrayList<>();
        for (TraceEvent e : trace.events()) {
            if (e instanceof TraceEvent.StateChanged s && s.side() == side) {
                out.add(s.from() + ">" + s.to());
            }
        }
        return out;
    }

    static List<String> notified(Trace trace, Side side) {
        return trace.events().stream().filter(e -> e instanceof TraceEvent.Notified n && n.side() == side)
                .map(e -> ((TraceEvent.Notified) e).message()).toList();
    }

    static Segment c(int seq, int ack, int flags) {
        return Segment.control(CP, SP, seq, ack, flags, 1000);
    }

    static Segment s(int seq, int ack, int flags) {
        return Segment.control(SP, CP, seq, ack, flags, 1000);
    }

    static List<Segment> handshake() {
        return new ArrayList<>(List.of(c(C, 0, Flags.SYN), s(S, C + 1, Flags.SYN | Flags.ACK), c(C + 1, S + 1, Flags.ACK)));
    }

    @Test
    void normalCloseByTheClient() throws Exception {
        InferredConnection inf = PassiveStateTracker.infer(conversation(TestCaptures.normalConnection(CP, SP)));
        Trace t = inf.trace();
        assertFalse(inf.clientIsA(), "the client is endpoint B here");
        assertEquals(List.of("CLOSED>SYN_SENT", "SYN_SENT>ESTABLISHED", "ESTABLISHED>FIN_WAIT_1", "FIN_WAIT_1>FIN_WAIT_2",
                "FIN_WAIT_2>TIME_WAIT"), states(t, Side.CLIENT));
        assertEquals(List.of("CLOSED>LISTEN", "LISTEN>SYN_RECEIVED", "SYN_RECEIVED>ESTABLISHED", "ESTABLISHED>CLOSE_WAIT",
                "CLOSE_WAIT>LAST_ACK", "LAST_ACK>CLOSED"), states(t, Side.SERVER));
        assertEquals(List.of(PassiveStateTracker.TIME_WAIT_NOTE), notified(t, Side.CLIENT), "TIME-WAIT's end is marked unseen");
        assertEquals(1000, t.clientIsn());
        assertEquals(5000, t.serverIsn());
        assertEquals("10.0.0.1:40000", inf.clientLabel());
    }

    @Test
    void everySegmentIsSentAndDeliveredAtItsCaptureTimeInMillisecondsFromTheFirst() throws Exception {
        Trace t = PassiveStateTracker.infer(conversation(handshake())).trace();
        List<TraceEvent> segs = t.events().stream()
                .filter(e -> e instanceof TraceEvent.SegmentSent || e instanceof TraceEvent.SegmentDelivered).toList();
        assertEquals(6, segs.size());
        for (int i = 0; i < 3; i++) {
            TraceEvent.SegmentSent sent = (TraceEvent.SegmentSent) segs.get(2 * i);
            TraceEvent.SegmentDelivered got = (TraceEvent.SegmentDelivered) segs.get(2 * i + 1);
            assertEquals(i * 10L, sent.time());
            assertEquals(sent.time(), got.time());
            assertEquals(i + 1, sent.id());
            assertEquals(sent.id(), got.id());
            assertEquals(sent.side().peer(), got.side());
        }
        String causes = t.events().stream().filter(e -> e instanceof TraceEvent.StateChanged)
                .map(e -> ((TraceEvent.StateChanged) e).cause()).toList().toString();
        assertTrue(causes.contains("saw SYN from client"), causes);
        assertTrue(causes.contains("saw SYN,ACK from server acknowledging our SYN"), causes);
    }

    @Test
    void refusedConnection() throws Exception {
        InferredConnection inf = PassiveStateTracker.infer(conversation(List.of(c(C, 0, Flags.SYN),
                s(0, C + 1, Flags.RST | Flags.ACK))));
        assertEquals(List.of("CLOSED>SYN_SENT", "SYN_SENT>CLOSED"), states(inf.trace(), Side.CLIENT));
        assertEquals(List.of(), states(inf.trace(), Side.SERVER), "no listener: the server stays CLOSED");
        assertEquals(List.of("connection refused"), notified(inf.trace(), Side.CLIENT));
        assertEquals(List.of(CaptureNote.of(CaptureNote.Kind.SYN_ANSWERED_WITH_RESET)), inf.notes());
    }

    @Test
    void unansweredSyn_notesThatTheServerNeverAnswered() throws Exception {
        InferredConnection inf = PassiveStateTracker.infer(conversation(List.of(c(C, 0, Flags.SYN), c(C, 0, Flags.SYN))));
        assertEquals(List.of(CaptureNote.of(CaptureNote.Kind.SERVER_NEVER_ANSWERED)), inf.notes());
    }

    @Test
    void packetsBeyondTheLimit_areCountedInANote() throws Exception {
        LoadedConversation full = conversation(handshake());
        LoadedConversation cut = new LoadedConversation(full.conversation(), full.segments(), 1234, false);
        assertEquals(List.of(), PassiveStateTracker.infer(full).notes());
        assertEquals(List.of(CaptureNote.omitted(1234)), PassiveStateTracker.infer(cut).notes());
        assertEquals("1234 later packets were not loaded (packet limit)", CaptureNote.omitted(1234).english());
    }

    @Test
    void abortWithRstInEstablished() throws Exception {
        List<Segment> l = handshake();
        l.add(c(C + 1, S + 1, Flags.RST | Flags.ACK));
        Trace t = PassiveStateTracker.infer(conversation(l)).trace();
        assertEquals("ESTABLISHED>CLOSED", states(t, Side.CLIENT).get(2));
        assertEquals("ESTABLISHED>CLOSED", states(t, Side.SERVER).get(3));
        assertEquals(List.of("connection reset"), notified(t, Side.SERVER));
    }

    @Test
    void simultaneousCloseGoesThroughClosingOnBothSides() throws Exception {
        List<Segment> l = handshake();
        l.add(c(C + 1, S + 1, Flags.FIN | Flags.ACK));
        l.add(s(S + 1, C + 1, Flags.FIN | Flags.ACK)); // does not acknowledge the client's FIN: the FINs crossed
        l.add(c(C + 2, S + 2, Flags.ACK));
        l.add(s(S + 2, C + 2, Flags.ACK));
        Trace t = PassiveStateTracker.infer(conversation(l)).trace();
        List<String> after = List.of("ESTABLISHED>FIN_WAIT_1", "FIN_WAIT_1>CLOSING", "CLOSING>TIME_WAIT");
        assertEquals(after, states(t, Side.CLIENT).subList(2, 5));
        assertEquals(after, states(t, Side.SERVER).subList(3, 6));
    }

    @Test
    void threeSegmentCloseGoesFromFinWait1StraightToTimeWait() throws Exception {
        List<Segment> l = handshake();
        l.add(c(C + 1, S + 1, Flags.FIN | Flags.ACK));
        l.add(s(S + 1, C + 2, Flags.FIN | Flags.ACK));
        l.add(c(C + 2, S + 2, Flags.ACK));
        Trace t = PassiveStateTracker.infer(conversation(l)).trace();
        assertEquals(List.of("ESTABLISHED>FIN_WAIT_1", "FIN_WAIT_1>TIME_WAIT"), states(t, Side.CLIENT).subList(2, 4));
        assertEquals(List.of("ESTABLISHED>CLOSE_WAIT", "CLOSE_WAIT>LAST_ACK", "LAST_ACK>CLOSED"),
                states(t, Side.SERVER).subList(3, 6));
    }

    @Test
    void simultaneousOpen() throws Exception {
        List<Segment> l = List.of(c(C, 0, Flags.SYN), s(S, 0, Flags.SYN), s(S, C + 1, Flags.SYN | Flags.ACK),
                c(C, S + 1, Flags.SYN | Flags.ACK));
        Trace t = PassiveStateTracker.infer(conversation(l)).trace();
        assertEquals(List.of("CLOSED>SYN_SENT", "SYN_SENT>SYN_RECEIVED", "SYN_RECEIVED>ESTABLISHED"), states(t, Side.CLIENT));
        assertEquals(List.of("CLOSED>SYN_SENT", "SYN_SENT>SYN_RECEIVED", "SYN_RECEIVED>ESTABLISHED"), states(t, Side.SERVER));
    }

    @Test
    void aCaptureStartingMidConnectionAssumesEstablished() throws Exception {
        List<Segment> l = List.of(new Segment(CP, SP, C + 1, S + 1, Flags.ACK | Flags.PSH, 1000, new byte[] {1, 2}),
                s(S + 1, C + 3, Flags.FIN | Flags.ACK));
        InferredConnection inf = PassiveStateTracker.infer(conversation(l));
        assertEquals(List.of("CLOSED>ESTABLISHED", "ESTABLISHED>CLOSE_WAIT"), states(inf.trace(), Side.CLIENT));
        assertEquals(-1, inf.trace().clientIsn());
        assertEquals(List.of(CaptureNote.of(CaptureNote.Kind.JOINED_AFTER_HANDSHAKE)), inf.notes());
    }

    @Test
    void aResentDataSegmentIsMarkedAsRetransmission() throws Exception {
        List<Segment> l = handshake();
        Segment data = new Segment(CP, SP, C + 1, S + 1, Flags.ACK | Flags.PSH, 1000, new byte[] {1, 2, 3});
        l.add(data);
        l.add(data);
        List<Boolean> flags = PassiveStateTracker.infer(conversation(l)).trace().events().stream()
                .filter(e -> e instanceof TraceEvent.SegmentSent).map(e -> ((TraceEvent.SegmentSent) e).retransmission())
                .toList();
        assertEquals(List.of(false, false, false, false, true), flags);
    }

    @Test
    void publicCaptureServerClosesFirst() throws Exception {
        ConversationIndex index = ConversationIndex.scan(PublicCaptures.file("one_http_stream_fin.pcap"));
        InferredConnection inf = PassiveStateTracker.infer(index.loadConversation(0));
        assertEquals("192.168.1.2:49486", inf.clientLabel());
        assertEquals(List.of("CLOSED>SYN_SENT", "SYN_SENT>ESTABLISHED", "ESTABLISHED>CLOSE_WAIT", "CLOSE_WAIT>LAST_ACK",
                "LAST_ACK>CLOSED"), states(inf.trace(), Side.CLIENT));
        assertEquals(List.of("CLOSED>LISTEN", "LISTEN>SYN_RECEIVED", "SYN_RECEIVED>ESTABLISHED", "ESTABLISHED>FIN_WAIT_1",
                "FIN_WAIT_1>FIN_WAIT_2", "FIN_WAIT_2>TIME_WAIT"), states(inf.trace(), Side.SERVER));
        assertEquals(808, inf.trace().endTime(), "last packet at 0.808847 s");
    }

    @Test
    void publicCaptureRefusedAndClientResetAfterServerFin() throws Exception {
        InferredConnection refused = PassiveStateTracker.infer(
                ConversationIndex.scan(PublicCaptures.file("one_tcp_rst.pcap")).loadConversation(0));
        assertEquals(List.of("CLOSED>SYN_SENT", "SYN_SENT>CLOSED"), states(refused.trace(), Side.CLIENT));
        InferredConnection reset = PassiveStateTracker.infer(
                ConversationIndex.scan(PublicCaptures.file("one_http_stream_rst.pcap")).loadConversation(0));
        List<String> client = states(reset.trace(), Side.CLIENT);
        assertEquals(List.of("ESTABLISHED>CLOSE_WAIT", "CLOSE_WAIT>CLOSED"), client.subList(2, 4));
        List<String> server = states(reset.trace(), Side.SERVER);
        assertEquals("FIN_WAIT_2>CLOSED", server.get(server.size() - 1));
    }

    @Test
    void publicCaptureClientClosesFirstWithFinPshFromTheServer() throws Exception {
        InferredConnection dns = PassiveStateTracker.infer(
                ConversationIndex.scan(PublicCaptures.file("dns_tcp.pcap")).loadConversation(0));
        assertEquals(List.of("ESTABLISHED>FIN_WAIT_1", "FIN_WAIT_1>FIN_WAIT_2", "FIN_WAIT_2>TIME_WAIT"),
                states(dns.trace(), Side.CLIENT).subList(2, 5));
        assertEquals(List.of("ESTABLISHED>CLOSE_WAIT", "CLOSE_WAIT>LAST_ACK", "LAST_ACK>CLOSED"),
                states(dns.trace(), Side.SERVER).subList(3, 6));
    }
}
