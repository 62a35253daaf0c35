package org.handshakelab.model.tcp;

import static org.handshakelab.model.tcp.TestEndpoint.IRS;
import static org.handshakelab.model.tcp.TestEndpoint.ISS;
import static org.handshakelab.model.tcp.TestEndpoint.assertDiscarded;
import static org.handshakelab.model.tcp.TestEndpoint.assertNoTransition;
import static org.handshakelab.model.tcp.TestEndpoint.assertNothingSent;
import static org.handshakelab.model.tcp.TestEndpoint.assertNotified;
import static org.handshakelab.model.tcp.TestEndpoint.assertSegment;
import static org.handshakelab.model.tcp.TestEndpoint.assertSentOne;
import static org.handshakelab.model.tcp.TestEndpoint.assertTransition;
import static org.handshakelab.model.tcp.TestEndpoint.delivered;
import static org.handshakelab.model.tcp.TestEndpoint.sent;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ESTABLISHED: the full §3.10.7.4 order (sequence test, RST, SYN, ACK, text, FIN) and sending. */
class EstablishedTest {
    private static TestEndpoint established() {
        return TestEndpoint.established(TcpSettings.DEFAULTS);
    }

    @Test
    void established_close_sends_fin_ack_and_enters_fin_wait_1() {
        TestEndpoint t = established();
        List<Effect> fx = t.call(new AppCall.Close());
        assertTransition(fx, State.ESTABLISHED, State.FIN_WAIT_1);
        assertSentOne(fx, Flags.FIN | Flags.ACK, ISS + 1, IRS + 1, 0);
    }

    @Test
    void established_in_sequence_fin_is_acked_and_enters_close_wait() {
        TestEndpoint t = established();
        List<Effect> fx = t.recv(Flags.FIN | Flags.ACK, IRS + 1, ISS + 1);
        assertTransition(fx, State.ESTABLISHED, State.CLOSE_WAIT);
        assertSentOne(fx, Flags.ACK, ISS + 1, IRS + 2, 0);
        assertNotified(fx, "connection closing");
    }

    @Test
    void established_rst_at_rcv_nxt_closes_with_connection_reset() {
        TestEndpoint t = established();
        List<Effect> fx = t.recv(Flags.RST, IRS + 1, 0);
        assertTransition(fx, State.ESTABLISHED, State.CLOSED);
        assertNothingSent(fx);
        assertNotified(fx, "connection reset");
    }

    @Test
    void established_rst_in_window_but_not_at_rcv_nxt_draws_a_challenge_ack() {
        TestEndpoint t = established();
        List<Effect> fx = t.recv(Flags.RST, IRS + 50, 0);
        assertSentOne(fx, Flags.ACK, ISS + 1, IRS + 1, 0);
        assertNoTransition(fx);
    }

    @Test
    void established_rst_outside_the_window_is_dropped_silently() {
        TestEndpoint t = established();
        List<Effect> fx = t.recv(Flags.RST, IRS - 100, 0);
        assertNothingSent(fx);
        assertNoTransition(fx);
        assertDiscarded(fx, DiscardReason.UNACCEPTABLE_SEQUENCE);
    }

    @Test
    void established_abort_sends_rst_seq_snd_nxt_and_closes() {
        TestEndpoint t = established();
        List<Effect> fx = t.call(new AppCall.Abort());
        assertTransition(fx, State.ESTABLISHED, State.CLOSED);
        assertSentOne(fx, Flags.RST, ISS + 1, 0, 0);
    }

    @Test
    void established_unacceptable_segment_is_answered_with_an_ack_of_the_current_state() {
        TestEndpoint t = established();
        List<Effect> fx = t.recv(Flags.ACK, IRS + 1 + 70_000, ISS + 1, 10);
        assertSentOne(fx, Flags.ACK, ISS + 1, IRS + 1, 0);
        assertDiscarded(fx, DiscardReason.UNACCEPTABLE_SEQUENCE);
        assertEquals(0, delivered(fx).length);
    }

    @Test
    void established_old_duplicate_data_is_acked_and_discarded() {
        TestEndpoint t = established();
        t.recv(Flags.ACK, IRS + 1, ISS + 1, 10);
        List<Effect> fx = t.recv(Flags.ACK, IRS + 1, ISS + 1, 10);
        assertSentOne(fx, Flags.ACK, ISS + 1, IRS + 11, 0);
        assertDiscarded(fx, DiscardReason.DUPLICATE);
        assertEquals(0, delivered(fx).length);
    }

    @Test
    void established_syn_draws_a_challenge_ack() {
        TestEndpoint t = established();
        List<Effect> fx = t.recv(Flags.SYN, IRS + 1, 0);
        assertSentOne(fx, Flags.ACK, ISS + 1, IRS + 1, 0);
        assertNoTransition(fx);
    }

    @Test
    void established_ack_of_something_not_yet_sent_is_answered_with_an_ack_and_dropped() {
        TestEndpoint t = established();
        List<Effect> fx = t.recv(Flags.ACK, IRS + 1, ISS + 100, 5);
        assertSentOne(fx, Flags.ACK, ISS + 1, IRS + 1, 0);
        assertDiscarded(fx, DiscardReason.UNACCEPTABLE_ACK);
        assertEquals(0, delivered(fx).length);
    }

    @Test
    void established_segment_without_ack_bit_is_dropped() {
        TestEndpoint t = established();
        List<Effect> fx = t.recv(0, IRS + 1, 0, 5);
        assertNothingSent(fx);
        assertDiscarded(fx, DiscardReason.IGNORED);
    }

    @Test
    void established_in_order_data_is_delivered_and_acked() {
        TestEndpoint t = established();
        Segment data = TestEndpoint.seg(Flags.ACK, IRS + 1, ISS + 1, 10);
        List<Effect> fx = t.recv(data);
        assertArrayEquals(data.payloadCopy(), delivered(fx));
        assertSentOne(fx, Flags.ACK, ISS + 1, IRS + 11, 0);
        assertEquals(IRS + 11, t.ep.rcvNxt());
    }

    @Test
    void established_out_of_order_data_is_held_and_a_duplicate_ack_sent() {
        TestEndpoint t = established();
        List<Effect> fx = t.recv(Flags.ACK, IRS + 11, ISS + 1, 10);
        assertEquals(0, delivered(fx).length);
        assertSentOne(fx, Flags.ACK, ISS + 1, IRS + 1, 0);
        assertEquals(1, t.ep.outOfOrderSegments());
        // the gap is filled: both pieces are delivered and acknowledged together
        List<Effect> fill = t.recv(Flags.ACK, IRS + 1, ISS + 1, 10);
        assertEquals(20, delivered(fill).length);
        assertSentOne(fill, Flags.ACK, ISS + 1, IRS + 21, 0);
        assertEquals(0, t.ep.outOfOrderSegments());
    }

    @Test
    void established_out_of_order_fin_waits_for_the_missing_data() {
        TestEndpoint t = established();
        List<Effect> early = t.recv(Flags.FIN | Flags.ACK, IRS + 11, ISS + 1);
        assertNoTransition(early);
        assertSentOne(early, Flags.ACK, ISS + 1, IRS + 1, 0);
        List<Effect> fill = t.recv(Flags.ACK, IRS + 1, ISS + 1, 10);
        assertTransition(fill, State.ESTABLISHED, State.CLOSE_WAIT);
        assertSentOne(fill, Flags.ACK, ISS + 1, IRS + 12, 0);
        assertEquals(10, delivered(fill).length);
    }

    @Test
    void established_overlapping_retransmission_delivers_only_the_new_bytes() {
        TestEndpoint t = established();
        t.recv(Flags.ACK, IRS + 1, ISS + 1, 10);
        List<Effect> fx = t.recv(Flags.ACK, IRS + 6, ISS + 1, 10); // bytes 6..15, 11..15 new
        assertEquals(5, delivered(fx).length);
        assertEquals(IRS + 16, t.ep.rcvNxt());
    }

    @Test
    void established_send_cuts_data_into_mss_segments_within_the_peer_window() {
        TestEndpoint t = TestEndpoint.synSent(TcpSettings.DEFAULTS.withMss(100));
        t.recv(new Segment(TestEndpoint.REMOTE, TestEndpoint.LOCAL, IRS, ISS + 1, Flags.SYN | Flags.ACK, 250, null));
        List<Effect> fx = t.call(new AppCall.Send(new byte[400]));
        List<Segment> out = sent(fx);
        assertEquals(3, out.size(), "250-byte window: 100 + 100 + 50");
        assertSegment(out.get(0), Flags.ACK, ISS + 1, IRS + 1, 100);
        assertSegment(out.get(1), Flags.ACK, ISS + 101, IRS + 1, 100);
        assertSegment(out.get(2), Flags.ACK, ISS + 201, IRS + 1, 50);
        assertEquals(150, t.ep.bytesQueued());
        // the ACK opens the window again
        List<Effect> more = t.recv(new Segment(TestEndpoint.REMOTE, TestEndpoint.LOCAL, IRS + 1, ISS + 251, Flags.ACK, 250, null));
        assertEquals(150, sent(more).stream().mapToInt(Segment::dataLength).sum());
        assertEquals(0, t.ep.bytesQueued());
    }

    @Test
    void established_data_timeout_retransmits_the_earliest_unacknowledged_segment() {
        TestEndpoint t = TestEndpoint.established(TcpSettings.DEFAULTS.withMss(100));
        t.call(new AppCall.Send(new byte[300]));
        List<Effect> fx = t.fireMainTimer();
        assertSentOne(fx, Flags.ACK, ISS + 1, IRS + 1, 100);
        t.recv(Flags.ACK, IRS + 1, ISS + 301);
        assertEquals(Timer.IDLE, t.ep.timer(), "all acknowledged: timer stopped");
    }

    @Test
    void established_ack_of_new_data_restarts_the_retransmission_timer() {
        TestEndpoint t = TestEndpoint.established(TcpSettings.DEFAULTS.withMss(100));
        t.call(new AppCall.Send(new byte[200]));
        t.now = 500;
        List<Effect> fx = t.recv(Flags.ACK, IRS + 1, ISS + 101);
        assertEquals(1500, TestEndpoint.timerExpiry(fx, TimerKind.RETRANSMISSION));
        assertEquals(ISS + 101, t.ep.sndUna());
    }

    @Test
    void established_delayed_ack_waits_then_fires() {
        TestEndpoint t = TestEndpoint.established(TcpSettings.DEFAULTS.withDelayedAck(true));
        List<Effect> fx = t.recv(Flags.ACK, IRS + 1, ISS + 1, 10);
        assertNothingSent(fx);
        assertEquals(200, TestEndpoint.timerExpiry(fx, TimerKind.DELAYED_ACK));
        t.now = 200;
        assertSentOne(t.timer(TimerKind.DELAYED_ACK), Flags.ACK, ISS + 1, IRS + 11, 0);
    }

    @Test
    void established_delayed_ack_is_sent_at_once_on_the_second_segment() {
        TestEndpoint t = TestEndpoint.established(TcpSettings.DEFAULTS.withDelayedAck(true));
        t.recv(Flags.ACK, IRS + 1, ISS + 1, 10);
        List<Effect> fx = t.recv(Flags.ACK, IRS + 11, ISS + 1, 10);
        assertSentOne(fx, Flags.ACK, ISS + 1, IRS + 21, 0);
        assertTrue(fx.contains(new Effect.TimerStop(TimerKind.DELAYED_ACK)));
    }

    @Test
    void established_delayed_ack_rides_on_outgoing_data() {
        TestEndpoint t = TestEndpoint.established(TcpSettings.DEFAULTS.withDelayedAck(true));
        t.recv(Flags.ACK, IRS + 1, ISS + 1, 10);
        List<Effect> fx = t.call(AppCall.Send.text("reply"));
        assertSentOne(fx, Flags.ACK, ISS + 1, IRS + 11, 5);
        assertEquals(-1, t.ep.delayedAckDeadline());
    }

    @Test
    void established_send_and_listen_calls_answer_per_rfc() {
        TestEndpoint t = established();
        assertEquals(CallResult.OK, TestEndpoint.result(t.call(AppCall.Send.text("x"))));
        TestEndpoint.assertError(t.call(new AppCall.Listen(null)), "connection already exists");
        TestEndpoint.assertError(t.call(new AppCall.Connect(null)), "connection already exists");
    }

    @Test
    void established_window_update_follows_snd_wl1_wl2() {
        TestEndpoint t = established();
        t.recv(new Segment(TestEndpoint.REMOTE, TestEndpoint.LOCAL, IRS + 1, ISS + 1, Flags.ACK, 1000, null));
        assertEquals(1000, t.ep.sndWnd());
    }
}
