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

/** FIN-WAIT-1: the active closer waiting for the ACK of its FIN, or the peer's FIN. */
class FinWait1Test {
    private static TestEndpoint finWait1() {
        return TestEndpoint.finWait1(TcpSettings.DEFAULTS);
    }

    @Test
    void fin_wait_1_ack_of_our_fin_enters_fin_wait_2() {
        TestEndpoint t = finWait1();
        List<Effect> fx = t.recv(Flags.ACK, IRS + 1, ISS + 2);
        assertTransition(fx, State.FIN_WAIT_1, State.FIN_WAIT_2);
        assertNothingSent(fx);
        assertEquals(Timer.IDLE, t.ep.timer());
    }

    @Test
    void fin_wait_1_fin_not_acking_our_fin_is_acked_and_enters_closing() {
        TestEndpoint t = finWait1();
        List<Effect> fx = t.recv(Flags.FIN | Flags.ACK, IRS + 1, ISS + 1);
        assertTransition(fx, State.FIN_WAIT_1, State.CLOSING);
        assertSentOne(fx, Flags.ACK, ISS + 2, IRS + 2, 0);
    }

    @Test
    void fin_wait_1_fin_that_acks_our_fin_goes_straight_to_time_wait() {
        TestEndpoint t = finWait1();
        List<Effect> fx = t.recv(Flags.FIN | Flags.ACK, IRS + 1, ISS + 2);
        assertTransition(fx, State.FIN_WAIT_1, State.TIME_WAIT);
        assertSentOne(fx, Flags.ACK, ISS + 2, IRS + 2, 0);
        assertEquals(240_000, TestEndpoint.timerExpiry(fx, TimerKind.TIME_WAIT));
    }

    @Test
    void fin_wait_1_acceptable_rst_closes_with_connection_reset() {
        List<Effect> fx = finWait1().recv(Flags.RST, IRS + 1, 0);
        assertTransition(fx, State.FIN_WAIT_1, State.CLOSED);
        assertNotified(fx, "connection reset");
    }

    @Test
    void fin_wait_1_abort_sends_rst() {
        List<Effect> fx = finWait1().call(new AppCall.Abort());
        assertTransition(fx, State.FIN_WAIT_1, State.CLOSED);
        assertSentOne(fx, Flags.RST, ISS + 2, 0, 0);
    }

    @Test
    void fin_wait_1_timeout_retransmits_the_fin() {
        TestEndpoint t = finWait1();
        List<Effect> fx = t.fireMainTimer();
        assertSentOne(fx, Flags.FIN | Flags.ACK, ISS + 1, IRS + 1, 0);
    }

    @Test
    void fin_wait_1_timeout_retransmits_unacknowledged_data_with_the_fin() {
        TestEndpoint t = TestEndpoint.established(TcpSettings.DEFAULTS);
        t.call(AppCall.Send.text("last words"));
        t.call(new AppCall.Close());
        List<Effect> fx = t.fireMainTimer();
        assertSentOne(fx, Flags.FIN | Flags.ACK, ISS + 1, IRS + 1, 10);
    }

    @Test
    void fin_wait_1_data_is_still_received() {
        TestEndpoint t = finWait1();
        List<Effect> fx = t.recv(Flags.ACK, IRS + 1, ISS + 1, 7);
        assertEquals(7, delivered(fx).length);
        assertSentOne(fx, Flags.ACK, ISS + 2, IRS + 8, 0);
    }

    @Test
    void fin_wait_1_send_and_close_fail_with_connection_closing() {
        assertError(finWait1().call(AppCall.Send.text("x")), "connection closing");
        assertError(finWait1().call(new AppCall.Close()), "connection closing");
    }
}
