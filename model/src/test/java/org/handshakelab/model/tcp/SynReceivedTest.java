package org.handshakelab.model.tcp;

import static org.handshakelab.model.tcp.TestEndpoint.IRS;
import static org.handshakelab.model.tcp.TestEndpoint.ISS;
import static org.handshakelab.model.tcp.TestEndpoint.assertDiscarded;
import static org.handshakelab.model.tcp.TestEndpoint.assertNoTransition;
import static org.handshakelab.model.tcp.TestEndpoint.assertNothingSent;
import static org.handshakelab.model.tcp.TestEndpoint.assertNotified;
import static org.handshakelab.model.tcp.TestEndpoint.assertSentOne;
import static org.handshakelab.model.tcp.TestEndpoint.assertTransition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** SYN-RECEIVED (§3.10.7.4 with its passive/active-origin rules, §3.10.4 CLOSE, §3.10.8). */
class SynReceivedTest {
    private static TestEndpoint passive() {
        return TestEndpoint.synReceived(TcpSettings.DEFAULTS);
    }

    private static TestEndpoint active() {
        return TestEndpoint.synReceivedActive(TcpSettings.DEFAULTS);
    }

    @Test
    void syn_received_ack_of_our_syn_establishes_without_sending() {
        TestEndpoint t = passive();
        List<Effect> fx = t.recv(Flags.ACK, IRS + 1, ISS + 1);
        assertTransition(fx, State.SYN_RECEIVED, State.ESTABLISHED);
        assertNothingSent(fx);
        assertEquals(ISS + 1, t.ep.sndUna());
        assertTrue(fx.contains(new Effect.TimerStop(TimerKind.RETRANSMISSION)));
    }

    @Test
    void syn_received_ack_with_data_establishes_and_delivers() {
        TestEndpoint t = passive();
        List<Effect> fx = t.recv(Flags.ACK, IRS + 1, ISS + 1, 10);
        assertTransition(fx, State.SYN_RECEIVED, State.ESTABLISHED);
        assertEquals(10, TestEndpoint.delivered(fx).length);
        assertSentOne(fx, Flags.ACK, ISS + 1, IRS + 11, 0);
    }

    @Test
    void syn_received_unacceptable_ack_draws_a_reset() {
        TestEndpoint t = passive();
        List<Effect> fx = t.recv(Flags.ACK, IRS + 1, ISS + 7);
        assertSentOne(fx, Flags.RST, ISS + 7, 0, 0);
        assertNoTransition(fx);
        assertDiscarded(fx, DiscardReason.UNACCEPTABLE_ACK);
    }

    @Test
    void syn_received_rst_from_passive_open_returns_to_listen() {
        TestEndpoint t = passive();
        List<Effect> fx = t.recv(Flags.RST, IRS + 1, 0);
        assertTransition(fx, State.SYN_RECEIVED, State.LISTEN);
        assertNothingSent(fx);
        assertTrue(fx.stream().noneMatch(e -> e instanceof Effect.Notify), "the user is not told");
        // and it accepts the next SYN
        assertSentOne(t.recv(Flags.SYN, IRS + 500, 0), Flags.SYN | Flags.ACK, ISS, IRS + 501, 0);
    }

    @Test
    void syn_received_rst_from_active_open_closes_with_connection_refused() {
        TestEndpoint t = active();
        List<Effect> fx = t.recv(Flags.RST, IRS + 1, 0);
        assertTransition(fx, State.SYN_RECEIVED, State.CLOSED);
        assertNotified(fx, "connection refused");
    }

    @Test
    void syn_received_rst_in_window_but_not_at_rcv_nxt_draws_a_challenge_ack() {
        TestEndpoint t = passive();
        List<Effect> fx = t.recv(Flags.RST, IRS + 100, 0);
        assertSentOne(fx, Flags.ACK, ISS + 1, IRS + 1, 0);
        assertNoTransition(fx);
    }

    @Test
    void syn_received_close_sends_fin_and_enters_fin_wait_1() {
        TestEndpoint t = passive();
        List<Effect> fx = t.call(new AppCall.Close());
        assertTransition(fx, State.SYN_RECEIVED, State.FIN_WAIT_1);
        assertSentOne(fx, Flags.FIN | Flags.ACK, ISS + 1, IRS + 1, 0);
    }

    @Test
    void syn_received_close_with_queued_data_waits_for_established_then_sends_data_and_fin() {
        TestEndpoint t = passive();
        t.call(AppCall.Send.text("bye"));
        List<Effect> fx = t.call(new AppCall.Close());
        assertNothingSent(fx);
        assertNoTransition(fx);
        List<Effect> est = t.recv(Flags.ACK, IRS + 1, ISS + 1);
        assertEquals(State.FIN_WAIT_1, t.ep.state());
        assertSentOne(est, Flags.FIN | Flags.ACK, ISS + 1, IRS + 1, 3);
    }

    @Test
    void syn_received_retransmitted_syn_fails_the_sequence_test_and_gets_an_ack() {
        TestEndpoint t = passive();
        List<Effect> fx = t.recv(Flags.SYN, IRS, 0);
        assertSentOne(fx, Flags.ACK, ISS + 1, IRS + 1, 0);
        assertNoTransition(fx);
        assertDiscarded(fx, DiscardReason.DUPLICATE);
    }

    @Test
    void syn_received_in_window_syn_from_passive_open_returns_to_listen() {
        TestEndpoint t = passive();
        List<Effect> fx = t.recv(Flags.SYN, IRS + 10, 0);
        assertTransition(fx, State.SYN_RECEIVED, State.LISTEN);
        assertNothingSent(fx);
    }

    @Test
    void syn_received_simultaneous_open_syn_ack_acknowledging_our_syn_establishes_silently() {
        TestEndpoint t = active();
        List<Effect> fx = t.recv(Flags.SYN | Flags.ACK, IRS, ISS + 1);
        assertTransition(fx, State.SYN_RECEIVED, State.ESTABLISHED);
        assertNothingSent(fx);
    }

    @Test
    void syn_received_timeout_resends_syn_ack() {
        TestEndpoint t = passive();
        List<Effect> fx = t.fireMainTimer();
        assertSentOne(fx, Flags.SYN | Flags.ACK, ISS, IRS + 1, 0);
        assertNoTransition(fx);
    }

    @Test
    void syn_received_segment_without_ack_is_dropped() {
        TestEndpoint t = passive();
        List<Effect> fx = t.recv(0, IRS + 1, 0, 5);
        assertNothingSent(fx);
        assertDiscarded(fx, DiscardReason.IGNORED);
    }

    @Test
    void syn_received_fin_after_the_ack_enters_close_wait() {
        TestEndpoint t = passive();
        List<Effect> fx = t.recv(Flags.FIN | Flags.ACK, IRS + 1, ISS + 1);
        assertEquals(State.CLOSE_WAIT, t.ep.state());
        assertSentOne(fx, Flags.ACK, ISS + 1, IRS + 2, 0);
        assertNotified(fx, "connection closing");
    }

    @Test
    void syn_received_abort_sends_rst_and_closes() {
        List<Effect> fx = passive().call(new AppCall.Abort());
        assertTransition(fx, State.SYN_RECEIVED, State.CLOSED);
        assertSentOne(fx, Flags.RST, ISS + 1, 0, 0);
    }
}
