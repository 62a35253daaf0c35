package org.handshakelab.model.tcp;

import static org.handshakelab.model.tcp.TestEndpoint.IRS;
import static org.handshakelab.model.tcp.TestEndpoint.ISS;
import static org.handshakelab.model.tcp.TestEndpoint.assertDiscarded;
import static org.handshakelab.model.tcp.TestEndpoint.assertError;
import static org.handshakelab.model.tcp.TestEndpoint.assertNoTransition;
import static org.handshakelab.model.tcp.TestEndpoint.assertNothingSent;
import static org.handshakelab.model.tcp.TestEndpoint.assertNotified;
import static org.handshakelab.model.tcp.TestEndpoint.assertSentOne;
import static org.handshakelab.model.tcp.TestEndpoint.assertTransition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** SYN-SENT (§3.10.7.3, the retransmission timeout of §3.10.8, and the calls). */
class SynSentTest {
    private static TestEndpoint synSent() {
        return TestEndpoint.synSent(TcpSettings.DEFAULTS);
    }

    @Test
    void syn_sent_syn_ack_acknowledging_our_syn_sends_ack_and_establishes() {
        TestEndpoint t = synSent();
        List<Effect> fx = t.recv(Flags.SYN | Flags.ACK, IRS, ISS + 1);
        assertTransition(fx, State.SYN_SENT, State.ESTABLISHED);
        assertSentOne(fx, Flags.ACK, ISS + 1, IRS + 1, 0);
        assertEquals(ISS + 1, t.ep.sndUna());
        assertEquals(IRS + 1, t.ep.rcvNxt());
        assertTrue(fx.contains(new Effect.TimerStop(TimerKind.RETRANSMISSION)), "SYN acknowledged: timer stopped");
    }

    @Test
    void syn_sent_syn_without_ack_is_a_simultaneous_open_sends_syn_ack_and_enters_syn_received() {
        TestEndpoint t = synSent();
        List<Effect> fx = t.recv(Flags.SYN, IRS, 0);
        assertTransition(fx, State.SYN_SENT, State.SYN_RECEIVED);
        assertSentOne(fx, Flags.SYN | Flags.ACK, ISS, IRS + 1, 0);
        assertFalse(t.ep.passiveOpen());
    }

    @Test
    void syn_sent_acceptable_rst_closes_with_connection_refused() {
        TestEndpoint t = synSent();
        List<Effect> fx = t.recv(Flags.RST | Flags.ACK, 0, ISS + 1);
        assertTransition(fx, State.SYN_SENT, State.CLOSED);
        assertNothingSent(fx);
        assertNotified(fx, "connection refused");
    }

    @Test
    void syn_sent_rst_without_ack_is_dropped() {
        TestEndpoint t = synSent();
        List<Effect> fx = t.recv(Flags.RST, IRS, 0);
        assertNoTransition(fx);
        assertNothingSent(fx);
        assertDiscarded(fx, DiscardReason.RST_IGNORED);
    }

    @Test
    void syn_sent_unacceptable_ack_at_or_below_iss_draws_a_reset() {
        List<Effect> fx = synSent().recv(Flags.SYN | Flags.ACK, IRS, ISS);
        assertSentOne(fx, Flags.RST, ISS, 0, 0);
        assertNoTransition(fx);
        assertDiscarded(fx, DiscardReason.UNACCEPTABLE_ACK);
    }

    @Test
    void syn_sent_unacceptable_ack_above_snd_nxt_draws_a_reset() {
        List<Effect> fx = synSent().recv(Flags.ACK, IRS, ISS + 2);
        assertSentOne(fx, Flags.RST, ISS + 2, 0, 0);
        assertNoTransition(fx);
    }

    @Test
    void syn_sent_unacceptable_ack_on_a_rst_is_dropped_without_answer() {
        List<Effect> fx = synSent().recv(Flags.RST | Flags.ACK, IRS, ISS + 5);
        assertNothingSent(fx);
        assertNoTransition(fx);
    }

    @Test
    void syn_sent_acceptable_ack_without_syn_is_dropped() {
        List<Effect> fx = synSent().recv(Flags.ACK, IRS, ISS + 1);
        assertNothingSent(fx);
        assertNoTransition(fx);
        assertDiscarded(fx, DiscardReason.IGNORED);
    }

    @Test
    void syn_sent_close_deletes_the_tcb_without_sending() {
        List<Effect> fx = synSent().call(new AppCall.Close());
        assertTransition(fx, State.SYN_SENT, State.CLOSED);
        assertNothingSent(fx);
        assertTrue(fx.contains(new Effect.TimerStop(TimerKind.RETRANSMISSION)));
    }

    @Test
    void syn_sent_abort_closes_without_rst() {
        List<Effect> fx = synSent().call(new AppCall.Abort());
        assertTransition(fx, State.SYN_SENT, State.CLOSED);
        assertNothingSent(fx);
    }

    @Test
    void syn_sent_connect_again_fails_with_connection_already_exists() {
        assertError(synSent().call(new AppCall.Connect(null)), "connection already exists");
    }

    @Test
    void syn_sent_send_queues_data_until_established() {
        TestEndpoint t = synSent();
        List<Effect> fx = t.call(AppCall.Send.text("abc"));
        assertEquals(CallResult.OK, TestEndpoint.result(fx));
        assertNothingSent(fx);
        assertEquals(3, t.ep.bytesQueued());
    }

    @Test
    void syn_sent_retransmission_timeout_resends_the_syn_and_doubles_the_rto() {
        TestEndpoint t = synSent();
        List<Effect> fx = t.fireMainTimer();
        assertEquals(1000, t.now);
        assertSentOne(fx, Flags.SYN, ISS, 0, 0);
        assertTrue(((Effect.SendSegment) fx.stream().filter(e -> e instanceof Effect.SendSegment).findFirst().get())
                .retransmission());
        assertEquals(3000, TestEndpoint.timerExpiry(fx, TimerKind.RETRANSMISSION), "RTO doubled to 2 s");
        assertEquals(7000, TestEndpoint.timerExpiry(t.fireMainTimer(), TimerKind.RETRANSMISSION), "then 4 s");
    }

    @Test
    void syn_sent_rto_back_off_is_capped_by_max_rto() {
        TestEndpoint t = TestEndpoint.synSent(new TcpSettings(120_000, 1_000, 3_000, 10, 65_535, 536, false, 200, false));
        t.fireMainTimer(); // 1 s, next 2 s
        t.fireMainTimer(); // next 4 s capped to 3 s
        assertEquals(new Timer.Retransmit(3000 + 3000, 3000, 2), t.ep.timer());
    }

    @Test
    void syn_sent_retries_exhausted_closes_with_connection_timed_out() {
        TestEndpoint t = TestEndpoint.synSent(TcpSettings.DEFAULTS.withMaxRetries(2));
        t.fireMainTimer();
        t.fireMainTimer();
        List<Effect> fx = t.fireMainTimer();
        assertEquals(7000, t.now, "1 + 2 + 4 s");
        assertTransition(fx, State.SYN_SENT, State.CLOSED);
        assertNothingSent(fx);
        assertNotified(fx, "connection timed out");
    }

    @Test
    void syn_sent_syn_ack_carrying_data_delivers_it_after_establishing() {
        TestEndpoint t = synSent();
        List<Effect> fx = t.recv(Flags.SYN | Flags.ACK, IRS, ISS + 1, 4);
        assertEquals(4, TestEndpoint.delivered(fx).length);
        assertEquals(IRS + 5, t.ep.rcvNxt());
        List<Segment> out = TestEndpoint.sent(fx);
        TestEndpoint.assertSegment(out.get(out.size() - 1), Flags.ACK, ISS + 1, IRS + 5, 0);
    }
}
