package org.handshakelab.app.testsupport;

import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;

/**
 * Shared test fixture for the app's view tests.
 *
 * <p>The model's hand-built trace (client ISN 1000, server ISN 5000, 50 ms each way), with what
 * the lanes view should show for it.
 * The first SYN is lost (segment 1) and retransmitted after the 1 s RTO (segment 2); the client's
 * 14-byte request (5) is duplicated by the network (6) and the late copy is discarded as a
 * duplicate; then a four-way close with the client's 240 s TIME-WAIT.
 */
public final class HandshakeFixture {
    public static final int CPORT = org.handshakelab.model.playback.HandshakeFixture.CPORT;
    public static final int SPORT = org.handshakelab.model.playback.HandshakeFixture.SPORT;

    private HandshakeFixture() {
    }

    public static Segment c(int seq, int ack, int flags, String data) {
        return org.handshakelab.model.playback.HandshakeFixture.c(seq, ack, flags, data);
    }

    public static Segment s(int seq, int ack, int flags) {
        return org.handshakelab.model.playback.HandshakeFixture.s(seq, ack, flags);
    }

    /** The relative labels of segments 1..12, as a textbook would write them. */
    public static final java.util.List<String> RELATIVE_LABELS = java.util.List.of(
            "SYN 0", "SYN 0", "SYN,ACK 0/1", "ACK 1/1", "PSH,ACK 1/1 len 14", "PSH,ACK 1/1 len 14", "ACK 1/15",
            "ACK 1/15", "FIN,ACK 15/1", "ACK 1/16", "FIN,ACK 1/16", "ACK 16/2");

    /** The same with absolute numbers. */
    public static final java.util.List<String> ABSOLUTE_LABELS = java.util.List.of(
            "SYN 1000", "SYN 1000", "SYN,ACK 5000/1001", "ACK 1001/5001", "PSH,ACK 1001/5001 len 14",
            "PSH,ACK 1001/5001 len 14", "ACK 5001/1015", "ACK 5001/1015", "FIN,ACK 1015/5001", "ACK 5001/1016",
            "FIN,ACK 5001/1016", "ACK 1016/5002");

    public static final org.handshakelab.app.lanes.LaneHeader CLIENT_HEADER =
            new org.handshakelab.app.lanes.LaneHeader("Client", "10.0.0.1", CPORT);
    public static final org.handshakelab.app.lanes.LaneHeader SERVER_HEADER =
            new org.handshakelab.app.lanes.LaneHeader("Server", "10.0.0.2", SPORT);

    /** A lanes view model whose lane headers name the fixture's two endpoints. */
    public static org.handshakelab.app.lanes.LanesViewModel lanesModel() {
        var model = new org.handshakelab.app.lanes.LanesViewModel();
        model.clientHeaderProperty().set(CLIENT_HEADER);
        model.serverHeaderProperty().set(SERVER_HEADER);
        return model;
    }

    /** The model's hand-built trace (see {@link org.handshakelab.model.playback.HandshakeFixture}). */
    public static Trace trace() {
        return org.handshakelab.model.playback.HandshakeFixture.trace();
    }

    /** The index of the first event matching, for tests that name events instead of counting them. */
    public static int indexOf(Trace trace, java.util.function.Predicate<TraceEvent> p) {
        return org.handshakelab.model.playback.HandshakeFixture.indexOf(trace, p);
    }
}
