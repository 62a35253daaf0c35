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

/** LAST-ACK: the passive closer waiting for the ACK of its FIN. */
class LastAckTest {
    private static final TcpSettings D = TcpSettings.DEFAULTS;

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
