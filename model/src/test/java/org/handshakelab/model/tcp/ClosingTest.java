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

import java.util.List;
import org.junit.jupiter.api.Test;

/** CLOSING: both FINs sent (simultaneous close), ours not yet acknowledged. */
class ClosingTest {
    private static final TcpSettings D = TcpSettings.DEFAULTS;

    @Test
    void closing_ack_of_our_fin_enters_time_wait() {
        TestEndpoint t = TestEndpoint.closing(D);
        List<Effect> fx = t.recv(Flags.ACK, IRS + 2, ISS + 2);
        assertTransition(fx, State.CLOSING, State.TIME_WAIT);
        assertNothingSent(fx);
        assertEquals(240_000, TestEndpoint.timerExpiry(fx, TimerKind.TIME_WAIT));
    }

    @Test
    void closing_acceptable_rst_closes() {
        List<Effect> fx = TestEndpoint.closing(D).recv(Flags.RST, IRS + 2, 0);
        assertTransition(fx, State.CLOSING, State.CLOSED);
    }

    @Test
    void closing_abort_closes_without_sending() {
        List<Effect> fx = TestEndpoint.closing(D).call(new AppCall.Abort());
        assertTransition(fx, State.CLOSING, State.CLOSED);
        assertNothingSent(fx);
    }

    @Test
    void closing_timeout_retransmits_the_fin() {
        List<Effect> fx = TestEndpoint.closing(D).fireMainTimer();
        assertSentOne(fx, Flags.FIN | Flags.ACK, ISS + 1, IRS + 2, 0);
    }

    @Test
    void closing_send_and_close_fail_with_connection_closing() {
        assertError(TestEndpoint.closing(D).call(AppCall.Send.text("x")), "connection closing");
        assertError(TestEndpoint.closing(D).call(new AppCall.Close()), "connection closing");
    }
}
