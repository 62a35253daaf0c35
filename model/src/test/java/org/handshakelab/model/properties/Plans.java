package org.handshakelab.model.properties;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.handshakelab.model.net.Direction;
import org.handshakelab.model.net.FaultAction;
import org.handshakelab.model.net.FaultRule;
import org.handshakelab.model.tcp.AppCall;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.TcpSettings;

/** Generators for {@link Plan}s. Small sizes keep each try fast. */
final class Plans {
    private Plans() {
    }

    private static final int[][] MATCHES = {
        {Flags.SYN, Flags.SYN},             // exactly SYN
        {Flags.SYN | Flags.ACK, -1},        // SYN,ACK
        {Flags.ACK, Flags.ACK},             // pure ACK (or data, see payload)
        {Flags.FIN, -1},                    // any FIN
        {0, -1},                            // anything
    };

    /**
     * Fault rules.
     *
     * @param finite whether every rule acts on one match only (so the faults end)
     */
    static Arbitrary<FaultRule> faults(boolean finite) {
        Arbitrary<Direction> dir = Arbitraries.of(Direction.class).injectNull(0.3);
        Arbitrary<Integer> match = Arbitraries.integers().between(0, MATCHES.length - 1);
        Arbitrary<Boolean> payload = Arbitraries.of(true, false).injectNull(0.6);
        Arbitrary<Integer> nth = finite ? Arbitraries.integers().between(1, 4) : Arbitraries.integers().between(0, 4);
        Arbitrary<FaultAction> action = Arbitraries.oneOf(
                Arbitraries.just(new FaultAction.Drop()),
                Arbitraries.longs().between(0, 3000).map(FaultAction.Delay::new),
                Arbitraries.longs().between(0, 5000).map(FaultAction.Duplicate::new));
        return Combinators.combine(dir, match, payload, nth, action).as((d, m, p, n, a) -> {
            int[] mm = MATCHES[m];
            return new FaultRule("rule", d, mm[0], mm[1] < 0 ? null : mm[1], p, n, a);
        });
    }

    /** @param longMsl MSL of 30-120 s, long enough to outlast the peer's retransmissions; else 0-3 s */
    static Arbitrary<TcpSettings> settings(boolean longMsl) {
        Arbitrary<Long> mslMillis = longMsl ? Arbitraries.longs().between(30_000, 120_000) : Arbitraries.longs().between(0, 3000);
        return Combinators.combine(mslMillis, Arbitraries.integers().between(50, 1000),
                        Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((msl, mss, delayed, rfc1337) -> TcpSettings.DEFAULTS.withMslMillis(msl).withMss(mss)
                        .withDelayedAck(delayed).withRfc1337(rfc1337));
    }

    private static Arbitrary<List<Integer>> sends() {
        return Arbitraries.integers().between(1, 2500).list().ofMaxSize(3);
    }

    static Arbitrary<AppCall> anyCall() {
        return Arbitraries.oneOf(Arbitraries.just(new AppCall.Listen(null)), Arbitraries.just(new AppCall.Connect(null)),
                Arbitraries.integers().between(1, 1500).map(n -> new AppCall.Send(new byte[n])),
                Arbitraries.just(new AppCall.Close()), Arbitraries.just(new AppCall.Abort()));
    }

    private static Arbitrary<List<Plan.TimedCall>> extraCalls() {
        return Combinators.combine(Arbitraries.longs().between(0, 5000), Arbitraries.of(Side.class), anyCall())
                .as(Plan.TimedCall::new).list().ofMaxSize(4);
    }

    /**
     * @param finiteFaults only rules that act once, and no random loss (the faults stop)
     * @param anyCalls     also arbitrary calls at arbitrary times
     */
    static Arbitrary<Plan> plans(boolean finiteFaults, boolean anyCalls) {
        return plans(finiteFaults, anyCalls, false);
    }

    /**
     * @param finiteFaults only rules that act once, and no random loss (the faults stop)
     * @param anyCalls     also arbitrary calls at arbitrary times
     * @param longMsl      TIME-WAIT long enough to outlast the peer's retransmissions
     */
    static Arbitrary<Plan> plans(boolean finiteFaults, boolean anyCalls, boolean longMsl) {
        Arbitrary<long[]> closes = Combinators.combine(Arbitraries.longs().between(-1, 3000),
                Arbitraries.longs().between(-1, 3000)).as((c, s) -> new long[] {c, s});
        if (finiteFaults) {
            closes = Combinators.combine(Arbitraries.longs().between(0, 3000), Arbitraries.longs().between(0, 3000))
                    .as((c, s) -> new long[] {c, s});
        }
        Arbitrary<Double> loss = finiteFaults ? Arbitraries.just(0.0) : Arbitraries.doubles().between(0, 0.3);
        Arbitrary<List<Plan.TimedCall>> extra = anyCalls ? extraCalls() : Arbitraries.just(List.of());
        Arbitrary<Object[]> head = Combinators.combine(Arbitraries.longs().between(0, 200), sends(), sends(), closes,
                faults(finiteFaults).list().ofMaxSize(4), loss, Arbitraries.longs(), Arbitraries.longs())
                .as((connectAt, cs, ss, cl, f, l, netSeed, seed) -> new Object[] {connectAt, cs, ss, cl, f, l, netSeed, seed});
        return Combinators.combine(head, settings(longMsl), settings(longMsl), Arbitraries.longs().between(1, 100), extra)
                .as(Plans::plan);
    }

    @SuppressWarnings("unchecked")
    private static Plan plan(Object[] h, TcpSettings c, TcpSettings s, long latency, List<Plan.TimedCall> extra) {
        return new Plan((Long) h[0], (List<Integer>) h[1], (List<Integer>) h[2], (long[]) h[3], (List<FaultRule>) h[4],
                (Double) h[5], (Long) h[6], (Long) h[7], c, s, latency, extra);
    }
}
