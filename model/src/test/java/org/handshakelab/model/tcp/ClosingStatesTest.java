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

/** CLOSE-WAIT, CLOSING and LAST-ACK: the states after the peer's FIN has been received. */
class ClosingStatesTest {
    private static final TcpSettings D = TcpSettings.DEFAULTS;

    @Test
    void close_wait_close_sends_fin_and_enters_last_ack() {
        TestEndpoint t = TestEndpoint.closeWait(D);
        List<Effect> fx = t.call(new AppCall.Close());
        assertTransition(fx, State.CLOSE_WAIT, State.LAST_ACK);
        assertSentOne(fx, Flags.FIN | Flags.ACK, ISS + 1, IRS + 2, 0);
    }

    @Test
    void close_wait_send_still_sends_data() {
        TestEndpoint t = TestEndpoint.closeWait(D);
        List<Effect> fx = t.call(AppCall.Send.text("still here"));
        assertSentOne(fx, Flags.ACK, ISS + 1, IRS + 2, 10);
        assertNoTransition(fx);
    }

    @Test
    void close_wait_retransmitted_fin_is_acked() {
        TestEndpoint t = TestEndpoint.closeWait(D);
        List<Effect> fx = t.recv(Flags.FIN | Flags.ACK, IRS + 1, ISS + 1);
        assertSentOne(fx, Flags.ACK, ISS + 1, IRS + 2, 0);
        assertNoTransition(fx);
        assertDiscarded(fx, DiscardReason.DUPLICATE);
    }

    @Test
    void close_wait_acceptable_rst_closes_with_connection_reset() {
        List<Effect> fx = TestEndpoint.closeWait(D).recv(Flags.RST, IRS + 2, 0);
        assertTransition(fx, State.CLOSE_WAIT, State.CLOSED);
        assertNotified(fx, "connection reset");
    }

    @Test
    void close_wait_abort_sends_rst() {
        List<Effect> fx = TestEndpoint.closeWait(D).call(new AppCall.Abort());
        assertTransition(fx, State.CLOSE_WAIT, State.CLOSED);
        assertSentOne(fx, Flags.RST, ISS + 1, 0, 0);
    }

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

    @Test
    void last_ack_ack_of_our_fin_closes() {
        TestEndpoint t = TestEndpoint.lastAck(D);
        List<Effect> fx = t.recv(Flags.ACK, IRS + 2, ISS + 2);
        assertTransition(fx, State.LAST_ACK, State.CLOSED);
        assertNothingSent(fx);
        assertEquals(Timer.IDLE, t.ep.timer());
    }

    @Test
    void last_ack_ack_not_covering_our_fin_keeps_waiting() {
        TestEndpoint t = TestEndpoint.lastAck(D);
        List<Effect> fx = t.recv(Flags.ACK, IRS + 2, ISS + 1);
        assertNoTransition(fx);
        assertNothingSent(fx);
    }

    @Test
    void last_ack_acceptable_rst_closes() {
        List<Effect> fx = TestEndpoint.lastAck(D).recv(Flags.RST, IRS + 2, 0);
        assertTransition(fx, State.LAST_ACK, State.CLOSED);
    }

    @Test
    void last_ack_timeout_retransmits_the_fin_then_gives_up() {
        TestEndpoint t = TestEndpoint.lastAck(D.withMaxRetries(1));
        assertSentOne(t.fireMainTimer(), Flags.FIN | Flags.ACK, ISS + 1, IRS + 2, 0);
        List<Effect> fx = t.fireMainTimer();
        assertTransition(fx, State.LAST_ACK, State.CLOSED);
        assertNotified(fx, "connection timed out");
    }

    @Test
    void last_ack_retransmitted_peer_fin_is_acked() {
        TestEndpoint t = TestEndpoint.lastAck(D);
        List<Effect> fx = t.recv(Flags.FIN | Flags.ACK, IRS + 1, ISS + 1);
        assertSentOne(fx, Flags.ACK, ISS + 2, IRS + 2, 0);
        assertNoTransition(fx);
    }

    @Test
    void last_ack_abort_closes_without_sending() {
        List<Effect> fx = TestEndpoint.lastAck(D).call(new AppCall.Abort());
        assertTransition(fx, State.LAST_ACK, State.CLOSED);
        assertNothingSent(fx);
    }
}
