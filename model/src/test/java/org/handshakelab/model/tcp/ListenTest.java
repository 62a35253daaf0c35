package org.handshakelab.model.tcp;

import static org.handshakelab.model.tcp.TestEndpoint.IRS;
import static org.handshakelab.model.tcp.TestEndpoint.ISS;
import static org.handshakelab.model.tcp.TestEndpoint.assertDiscarded;
import static org.handshakelab.model.tcp.TestEndpoint.assertError;
import static org.handshakelab.model.tcp.TestEndpoint.assertNoTransition;
import static org.handshakelab.model.tcp.TestEndpoint.assertNothingSent;
import static org.handshakelab.model.tcp.TestEndpoint.assertSentOne;
import static org.handshakelab.model.tcp.TestEndpoint.assertTransition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** LISTEN (§3.10.7.2 and the calls of §3.10.1-§3.10.5). */
class ListenTest {
    private static TestEndpoint listen() {
        return TestEndpoint.listen(TcpSettings.DEFAULTS);
    }

    @Test
    void listen_syn_sends_syn_ack_and_enters_syn_received() {
        TestEndpoint t = listen();
        List<Effect> fx = t.recv(Flags.SYN, IRS, 0);
        assertTransition(fx, State.LISTEN, State.SYN_RECEIVED);
        assertSentOne(fx, Flags.SYN | Flags.ACK, ISS, IRS + 1, 0);
        assertEquals(IRS, t.ep.irs());
        assertEquals(IRS + 1, t.ep.rcvNxt());
        assertEquals(ISS, t.ep.sndUna());
        assertEquals(ISS + 1, t.ep.sndNxt());
        assertTrue(t.ep.passiveOpen());
        assertTrue(TestEndpoint.timerStarted(fx, TimerKind.RETRANSMISSION));
    }

    @Test
    void listen_syn_uses_the_isn_given_to_listen() {
        TestEndpoint t = TestEndpoint.closed();
        t.call(new AppCall.Listen(300L));
        assertSentOne(t.recv(Flags.SYN, IRS, 0), Flags.SYN | Flags.ACK, 300, IRS + 1, 0);
    }

    @Test
    void listen_rst_is_ignored() {
        TestEndpoint t = listen();
        List<Effect> fx = t.recv(Flags.RST, IRS, 0);
        assertNothingSent(fx);
        assertNoTransition(fx);
        assertDiscarded(fx, DiscardReason.RST_IGNORED);
    }

    @Test
    void listen_ack_is_answered_with_rst_seq_seg_ack() {
        TestEndpoint t = listen();
        List<Effect> fx = t.recv(Flags.ACK, IRS, 999);
        assertSentOne(fx, Flags.RST, 999, 0, 0);
        assertNoTransition(fx);
        assertDiscarded(fx, DiscardReason.UNACCEPTABLE_ACK);
    }

    @Test
    void listen_segment_without_syn_ack_or_rst_is_dropped() {
        TestEndpoint t = listen();
        List<Effect> fx = t.recv(Flags.FIN, IRS, 0, 5);
        assertNothingSent(fx);
        assertNoTransition(fx);
        assertDiscarded(fx, DiscardReason.IGNORED);
    }

    @Test
    void listen_send_sends_syn_and_enters_syn_sent_data_waits() {
        TestEndpoint t = listen();
        List<Effect> fx = t.call(AppCall.Send.text("hello"));
        assertEquals(CallResult.OK, TestEndpoint.result(fx));
        assertTransition(fx, State.LISTEN, State.SYN_SENT);
        assertSentOne(fx, Flags.SYN, ISS, 0, 0);
        assertEquals(5, t.ep.bytesQueued());
        // the data follows the handshake's ACK once the peer answers
        List<Effect> est = t.recv(Flags.SYN | Flags.ACK, IRS, ISS + 1);
        List<Segment> out = TestEndpoint.sent(est);
        assertEquals(2, out.size());
        TestEndpoint.assertSegment(out.get(0), Flags.ACK, ISS + 1, IRS + 1, 0);
        TestEndpoint.assertSegment(out.get(1), Flags.ACK, ISS + 1, IRS + 1, 5);
    }

    @Test
    void listen_connect_turns_the_passive_open_active() {
        TestEndpoint t = listen();
        List<Effect> fx = t.call(new AppCall.Connect(null));
        assertTransition(fx, State.LISTEN, State.SYN_SENT);
        assertSentOne(fx, Flags.SYN, ISS, 0, 0);
    }

    @Test
    void listen_close_enters_closed() {
        List<Effect> fx = listen().call(new AppCall.Close());
        assertTransition(fx, State.LISTEN, State.CLOSED);
        assertNothingSent(fx);
    }

    @Test
    void listen_abort_enters_closed_without_sending() {
        List<Effect> fx = listen().call(new AppCall.Abort());
        assertTransition(fx, State.LISTEN, State.CLOSED);
        assertNothingSent(fx);
    }

    @Test
    void listen_listen_again_fails_with_connection_already_exists() {
        assertError(listen().call(new AppCall.Listen(null)), "connection already exists");
    }
}
