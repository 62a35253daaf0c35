package org.handshakelab.model.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

/**
 * Drives one {@link Endpoint} in tests, smoltcp style: fixed numbers (our ISS 10000, the peer's
 * ISS 20000), helpers that put the endpoint in each state by real events, and assertions on the
 * exact segments that come out.
 */
final class TestEndpoint {
    static final int LOCAL = 80;
    static final int REMOTE = 49_152;
    static final int ISS = 10_000;
    static final int IRS = 20_000;
    static final int WINDOW = 65_535;

    final Endpoint ep;
    long now;

    TestEndpoint(TcpSettings settings) {
        ep = new Endpoint(Side.SERVER, LOCAL, REMOTE, settings, IsnSource.fixed(ISS));
    }

    TestEndpoint() {
        this(TcpSettings.DEFAULTS);
    }

    // ------------------------------------------------------------ reaching states by real events

    static TestEndpoint closed() {
        return new TestEndpoint();
    }

    static TestEndpoint listen(TcpSettings s) {
        TestEndpoint t = new TestEndpoint(s);
        t.call(new AppCall.Listen(null));
        return t;
    }

    static TestEndpoint synSent(TcpSettings s) {
        TestEndpoint t = new TestEndpoint(s);
        t.call(new AppCall.Connect(null));
        return t;
    }

    /** SYN-RECEIVED from a passive OPEN. */
    static TestEndpoint synReceived(TcpSettings s) {
        TestEndpoint t = listen(s);
        t.recv(Flags.SYN, IRS, 0);
        return t;
    }

    /** SYN-RECEIVED from an active OPEN (simultaneous open). */
    static TestEndpoint synReceivedActive(TcpSettings s) {
        TestEndpoint t = synSent(s);
        t.recv(Flags.SYN, IRS, 0);
        return t;
    }

    static TestEndpoint established(TcpSettings s) {
        TestEndpoint t = synSent(s);
        t.recv(Flags.SYN | Flags.ACK, IRS, ISS + 1);
        return t;
    }

    static TestEndpoint finWait1(TcpSettings s) {
        TestEndpoint t = established(s);
        t.call(new AppCall.Close());
        return t;
    }

    static TestEndpoint finWait2(TcpSettings s) {
        TestEndpoint t = finWait1(s);
        t.recv(Flags.ACK, IRS + 1, ISS + 2);
        return t;
    }

    static TestEndpoint closeWait(TcpSettings s) {
        TestEndpoint t = established(s);
        t.recv(Flags.FIN | Flags.ACK, IRS + 1, ISS + 1);
        return t;
    }

    static TestEndpoint lastAck(TcpSettings s) {
        TestEndpoint t = closeWait(s);
        t.call(new AppCall.Close());
        return t;
    }

    static TestEndpoint closing(TcpSettings s) {
        TestEndpoint t = finWait1(s);
        t.recv(Flags.FIN | Flags.ACK, IRS + 1, ISS + 1);
        return t;
    }

    static TestEndpoint timeWait(TcpSettings s) {
        TestEndpoint t = finWait2(s);
        t.recv(Flags.FIN | Flags.ACK, IRS + 1, ISS + 2);
        return t;
    }

    // ------------------------------------------------------------ events

    List<Effect> call(AppCall call) {
        return ep.call(now, call);
    }

    List<Effect> recv(Segment segment) {
        return ep.receive(now, segment);
    }

    List<Effect> recv(int flags, int seq, int ack) {
        return recv(seg(flags, seq, ack, 0));
    }

    List<Effect> recv(int flags, int seq, int ack, int dataLength) {
        return recv(seg(flags, seq, ack, dataLength));
    }

    List<Effect> timer(TimerKind kind) {
        return ep.timerExpired(now, kind);
    }

    /** Advances to the running timer's expiry and fires it. */
    List<Effect> fireMainTimer() {
        Timer t = ep.timer();
        if (t instanceof Timer.Retransmit r) {
            now = r.expiresAt();
            return timer(TimerKind.RETRANSMISSION);
        } else if (t instanceof Timer.TimeWait w) {
            now = w.expiresAt();
            return timer(TimerKind.TIME_WAIT);
        }
        throw new AssertionError("no timer running");
    }

    static Segment seg(int flags, int seq, int ack, int dataLength) {
        byte[] data = new byte[dataLength];
        for (int i = 0; i < dataLength; i++) {
            data[i] = (byte) ('A' + i % 26);
        }
        return new Segment(REMOTE, LOCAL, seq, ack, flags, WINDOW, data);
    }

    // ------------------------------------------------------------ assertions

    static List<Segment> sent(List<Effect> effects) {
        List<Segment> out = new ArrayList<>();
        for (Effect e : effects) {
            if (e instanceof Effect.SendSegment s) {
                out.add(s.segment());
            }
        }
        return out;
    }

    /** Exactly one segment went out, with these flags, seq, ack (ignored without ACK) and data length. */
    static Segment assertSentOne(List<Effect> effects, int flags, int seq, int ack, int len) {
        List<Segment> segs = sent(effects);
        assertEquals(1, segs.size(), () -> "segments sent: " + segs);
        assertSegment(segs.get(0), flags, seq, ack, len);
        return segs.get(0);
    }

    static void assertSegment(Segment s, int flags, int seq, int ack, int len) {
        assertEquals(Flags.label(flags), Flags.label(s.flags()), () -> "flags of " + s);
        assertEquals(Seq.unsigned(seq), Seq.unsigned(s.seq()), () -> "seq of " + s);
        if ((flags & Flags.ACK) != 0) {
            assertEquals(Seq.unsigned(ack), Seq.unsigned(s.ack()), () -> "ack of " + s);
        }
        assertEquals(len, s.dataLength(), () -> "length of " + s);
    }

    static void assertNothingSent(List<Effect> effects) {
        assertEquals(List.of(), sent(effects), "no segment expected");
    }

    static void assertTransition(List<Effect> effects, State from, State to) {
        List<Effect.StateChange> changes = new ArrayList<>();
        for (Effect e : effects) {
            if (e instanceof Effect.StateChange c) {
                changes.add(c);
            }
        }
        assertEquals(1, changes.size(), () -> "state changes: " + changes);
        assertEquals(from, changes.get(0).from());
        assertEquals(to, changes.get(0).to());
    }

    static void assertNoTransition(List<Effect> effects) {
        for (Effect e : effects) {
            if (e instanceof Effect.StateChange c) {
                fail("unexpected state change " + c);
            }
        }
    }

    static void assertDiscarded(List<Effect> effects, DiscardReason reason) {
        assertTrue(effects.stream().anyMatch(e -> e instanceof Effect.Discard d && d.reason() == reason),
                () -> "expected a discard " + reason + " in " + effects);
    }

    static void assertNotified(List<Effect> effects, String message) {
        assertTrue(effects.stream().anyMatch(e -> e instanceof Effect.Notify n && n.message().equals(message)),
                () -> "expected notification '" + message + "' in " + effects);
    }

    static CallResult result(List<Effect> effects) {
        return ((Effect.CallReturned) effects.get(0)).result();
    }

    static void assertError(List<Effect> effects, String error) {
        assertEquals(CallResult.error(error), result(effects));
        assertNothingSent(effects);
        assertNoTransition(effects);
    }

    static byte[] delivered(List<Effect> effects) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Effect e : effects) {
            if (e instanceof Effect.DeliverData d) {
                out.writeBytes(d.data());
            }
        }
        return out.toByteArray();
    }

    static boolean timerStarted(List<Effect> effects, TimerKind kind) {
        return effects.stream().anyMatch(e -> e instanceof Effect.TimerStart t && t.kind() == kind);
    }

    static long timerExpiry(List<Effect> effects, TimerKind kind) {
        for (Effect e : effects) {
            if (e instanceof Effect.TimerStart t && t.kind() == kind) {
                return t.expiresAt();
            }
        }
        throw new AssertionError("no " + kind + " timer started in " + effects);
    }
}
