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

/** CLOSE-WAIT: the peer's FIN is in; our application may still send, then closes. */
class CloseWaitTest {
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
}
