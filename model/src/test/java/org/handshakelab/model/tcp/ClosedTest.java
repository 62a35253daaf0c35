package org.handshakelab.model.tcp;

import static org.handshakelab.model.tcp.TestEndpoint.IRS;
import static org.handshakelab.model.tcp.TestEndpoint.ISS;
import static org.handshakelab.model.tcp.TestEndpoint.assertDiscarded;
import static org.handshakelab.model.tcp.TestEndpoint.assertError;
import static org.handshakelab.model.tcp.TestEndpoint.assertNothingSent;
import static org.handshakelab.model.tcp.TestEndpoint.assertSentOne;
import static org.handshakelab.model.tcp.TestEndpoint.assertTransition;
import static org.handshakelab.model.tcp.TestEndpoint.closed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CLOSED: user calls (§3.10.1-§3.10.5) and SEGMENT ARRIVES with no connection (§3.10.7.1). */
class ClosedTest {

    @Test
    void closed_listen_enters_listen_without_sending() {
        TestEndpoint t = closed();
        List<Effect> fx = t.call(new AppCall.Listen(null));
        assertEquals(CallResult.OK, TestEndpoint.result(fx));
        assertTransition(fx, State.CLOSED, State.LISTEN);
        assertNothingSent(fx);
    }

    @Test
    void closed_connect_sends_syn_and_enters_syn_sent() {
        TestEndpoint t = closed();
        List<Effect> fx = t.call(new AppCall.Connect(null));
        assertTransition(fx, State.CLOSED, State.SYN_SENT);
        assertSentOne(fx, Flags.SYN, ISS, 0, 0);
        assertEquals(ISS, t.ep.iss());
        assertEquals(ISS, t.ep.sndUna());
        assertEquals(ISS + 1, t.ep.sndNxt());
        assertEquals(1000, TestEndpoint.timerExpiry(fx, TimerKind.RETRANSMISSION), "initial RTO 1 s");
    }

    @Test
    void closed_connect_uses_the_isn_of_the_call() {
        TestEndpoint t = closed();
        List<Effect> fx = t.call(new AppCall.Connect(77L));
        assertSentOne(fx, Flags.SYN, 77, 0, 0);
    }

    @Test
    void closed_send_close_abort_fail_with_connection_does_not_exist() {
        assertError(closed().call(AppCall.Send.text("x")), "connection does not exist");
        assertError(closed().call(new AppCall.Close()), "connection does not exist");
        assertError(closed().call(new AppCall.Abort()), "connection does not exist");
    }

    @Test
    void closed_segment_with_ack_is_answered_with_rst_seq_seg_ack() {
        List<Effect> fx = closed().recv(Flags.ACK, IRS, 4242);
        assertSentOne(fx, Flags.RST, 4242, 0, 0);
        assertDiscarded(fx, DiscardReason.NO_CONNECTION);
    }

    @Test
    void closed_syn_without_ack_is_answered_with_rst_ack_seq_zero_ack_seq_plus_len() {
        List<Effect> fx = closed().recv(Flags.SYN, IRS, 0);
        assertSentOne(fx, Flags.RST | Flags.ACK, 0, IRS + 1, 0);
    }

    @Test
    void closed_fin_with_data_without_ack_counts_data_and_fin_in_the_reset_ack() {
        List<Effect> fx = closed().recv(Flags.FIN, IRS, 0, 10);
        assertSentOne(fx, Flags.RST | Flags.ACK, 0, IRS + 11, 0);
    }

    @Test
    void closed_rst_is_dropped_without_answer() {
        List<Effect> fx = closed().recv(Flags.RST, IRS, 0);
        assertNothingSent(fx);
        assertDiscarded(fx, DiscardReason.NO_CONNECTION);
    }

    @Test
    void closed_reset_goes_back_to_the_sender_ports() {
        Segment reply = TestEndpoint.sent(closed().recv(Flags.ACK, IRS, 1)).get(0);
        assertEquals(TestEndpoint.LOCAL, reply.srcPort());
        assertEquals(TestEndpoint.REMOTE, reply.dstPort());
    }

    @Test
    void closed_after_a_connection_a_new_one_uses_a_new_isn() {
        TestEndpoint t = TestEndpoint.established(TcpSettings.DEFAULTS);
        t.call(new AppCall.Abort());
        assertEquals(State.CLOSED, t.ep.state());
        List<Effect> fx = t.call(new AppCall.Connect(55_555L));
        assertSentOne(fx, Flags.SYN, 55_555, 0, 0);
        assertEquals(State.SYN_SENT, t.ep.state());
        assertEquals(0, t.ep.bytesQueued());
        assertTrue(t.ep.timer() instanceof Timer.Retransmit);
    }
}
