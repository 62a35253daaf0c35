package org.handshakelab.model.tcp;

import static org.handshakelab.model.tcp.TestEndpoint.IRS;
import static org.handshakelab.model.tcp.TestEndpoint.ISS;
import static org.handshakelab.model.tcp.TestEndpoint.assertError;
import static org.handshakelab.model.tcp.TestEndpoint.assertNoTransition;
import static org.handshakelab.model.tcp.TestEndpoint.assertNothingSent;
import static org.handshakelab.model.tcp.TestEndpoint.assertNotified;
import static org.handshakelab.model.tcp.TestEndpoint.assertSentOne;
import static org.handshakelab.model.tcp.TestEndpoint.assertTransition;
import static org.handshakelab.model.tcp.TestEndpoint.delivered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** FIN-WAIT-2: our FIN is acknowledged; waiting for the peer's FIN, still receiving (half-close). */
class FinWait2Test {
    private static TestEndpoint finWait2() {
        return TestEndpoint.finWait2(TcpSettings.DEFAULTS);
    }

    @Test
    void fin_wait_2_fin_is_acked_and_enters_time_wait() {
        TestEndpoint t = finWait2();
        t.now = 5000;
        List<Effect> fx = t.recv(Flags.FIN | Flags.ACK, IRS + 1, ISS + 2);
        assertTransition(fx, State.FIN_WAIT_2, State.TIME_WAIT);
        assertSentOne(fx, Flags.ACK, ISS + 2, IRS + 2, 0);
        assertEquals(5000 + 240_000, TestEndpoint.timerExpiry(fx, TimerKind.TIME_WAIT));
        assertNotified(fx, "connection closing");
    }

    @Test
    void fin_wait_2_data_is_delivered_half_close() {
        TestEndpoint t = finWait2();
        List<Effect> fx = t.recv(Flags.ACK, IRS + 1, ISS + 2, 100);
        assertEquals(100, delivered(fx).length);
        assertSentOne(fx, Flags.ACK, ISS + 2, IRS + 101, 0);
        assertNoTransition(fx);
    }

    @Test
    void fin_wait_2_fin_ahead_of_missing_data_is_held_with_a_duplicate_ack() {
        TestEndpoint t = finWait2();
        List<Effect> early = t.recv(Flags.FIN | Flags.ACK, IRS + 101, ISS + 2);
        assertNoTransition(early);
        assertSentOne(early, Flags.ACK, ISS + 2, IRS + 1, 0);
        List<Effect> late = t.recv(Flags.ACK, IRS + 1, ISS + 2, 100);
        assertTransition(late, State.FIN_WAIT_2, State.TIME_WAIT);
        assertSentOne(late, Flags.ACK, ISS + 2, IRS + 102, 0);
        assertEquals(100, delivered(late).length);
    }

    @Test
    void fin_wait_2_acceptable_rst_closes_with_connection_reset() {
        List<Effect> fx = finWait2().recv(Flags.RST, IRS + 1, 0);
        assertTransition(fx, State.FIN_WAIT_2, State.CLOSED);
        assertNotified(fx, "connection reset");
    }

    @Test
    void fin_wait_2_abort_sends_rst() {
        List<Effect> fx = finWait2().call(new AppCall.Abort());
        assertTransition(fx, State.FIN_WAIT_2, State.CLOSED);
        assertSentOne(fx, Flags.RST, ISS + 2, 0, 0);
    }

    @Test
    void fin_wait_2_no_timer_runs() {
        assertTrue(finWait2().ep.timer() instanceof Timer.Idle);
    }
}
