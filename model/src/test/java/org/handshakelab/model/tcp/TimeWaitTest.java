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
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** TIME-WAIT (§3.10.7.4, §3.10.8, RFC 1337). */
class TimeWaitTest {
    private static final TcpSettings D = TcpSettings.DEFAULTS;

    @Test
    void time_wait_timer_expiry_after_2_msl_closes() {
        TestEndpoint t = TestEndpoint.timeWait(D);
        assertEquals(new Timer.TimeWait(240_000), t.ep.timer());
        List<Effect> fx = t.fireMainTimer();
        assertTransition(fx, State.TIME_WAIT, State.CLOSED);
        assertNothingSent(fx);
    }

    @Test
    void time_wait_retransmitted_fin_is_acked_and_restarts_the_timer() {
        TestEndpoint t = TestEndpoint.timeWait(D);
        t.now = 3000;
        List<Effect> fx = t.recv(Flags.FIN | Flags.ACK, IRS + 1, ISS + 2);
        assertSentOne(fx, Flags.ACK, ISS + 2, IRS + 2, 0);
        assertNoTransition(fx);
        assertEquals(3000 + 240_000, TestEndpoint.timerExpiry(fx, TimerKind.TIME_WAIT));
        assertEquals(new Timer.TimeWait(243_000), t.ep.timer());
    }

    @Test
    void time_wait_old_duplicate_data_is_acked_and_does_not_restart_the_timer() {
        TestEndpoint t = TestEndpoint.timeWait(D);
        t.now = 3000;
        List<Effect> fx = t.recv(Flags.ACK, IRS - 99, ISS + 2, 100);
        assertSentOne(fx, Flags.ACK, ISS + 2, IRS + 2, 0);
        assertDiscarded(fx, DiscardReason.DUPLICATE);
        assertFalse(TestEndpoint.timerStarted(fx, TimerKind.TIME_WAIT));
        assertEquals(new Timer.TimeWait(240_000), t.ep.timer());
    }

    @Test
    void time_wait_acceptable_rst_closes_without_rfc1337() {
        List<Effect> fx = TestEndpoint.timeWait(D).recv(Flags.RST, IRS + 2, 0);
        assertTransition(fx, State.TIME_WAIT, State.CLOSED);
        assertNothingSent(fx);
    }

    @Test
    void time_wait_rst_is_ignored_with_rfc1337() {
        TestEndpoint t = TestEndpoint.timeWait(D.withRfc1337(true));
        List<Effect> fx = t.recv(Flags.RST, IRS + 2, 0);
        assertNoTransition(fx);
        assertNothingSent(fx);
        assertDiscarded(fx, DiscardReason.RST_IGNORED);
        assertEquals(State.TIME_WAIT, t.ep.state());
    }

    @Test
    void time_wait_new_syn_gets_an_ack_per_rfc_9293_no_reopen() {
        TestEndpoint t = TestEndpoint.timeWait(D);
        List<Effect> fx = t.recv(Flags.SYN, IRS + 100_000, 0);
        assertSentOne(fx, Flags.ACK, ISS + 2, IRS + 2, 0);
        assertNoTransition(fx);
    }

    @Test
    void time_wait_abort_closes_without_sending() {
        List<Effect> fx = TestEndpoint.timeWait(D).call(new AppCall.Abort());
        assertTransition(fx, State.TIME_WAIT, State.CLOSED);
        assertNothingSent(fx);
    }

    @Test
    void time_wait_calls_fail_with_connection_closing_or_already_exists() {
        assertError(TestEndpoint.timeWait(D).call(new AppCall.Close()), "connection closing");
        assertError(TestEndpoint.timeWait(D).call(AppCall.Send.text("x")), "connection closing");
        assertError(TestEndpoint.timeWait(D).call(new AppCall.Connect(null)), "connection already exists");
    }

    @Test
    void time_wait_with_msl_zero_expires_at_once() {
        TestEndpoint t = TestEndpoint.finWait2(D.withMslMillis(0));
        t.now = 700;
        List<Effect> fx = t.recv(Flags.FIN | Flags.ACK, IRS + 1, ISS + 2);
        assertEquals(700, TestEndpoint.timerExpiry(fx, TimerKind.TIME_WAIT));
        assertTransition(t.fireMainTimer(), State.TIME_WAIT, State.CLOSED);
        assertEquals(700, t.now);
    }

    @Test
    void time_wait_stale_timer_kinds_are_ignored() {
        TestEndpoint t = TestEndpoint.timeWait(D);
        assertEquals(List.of(), t.timer(TimerKind.RETRANSMISSION));
        assertEquals(List.of(), t.timer(TimerKind.DELAYED_ACK));
    }
}
