package org.handshakelab.model.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.tcp.TimerKind;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;

/**
 * Playback against a naive replay on long random traces (thousands of events, so that the
 * interval indexes' checkpoints are crossed): segments with random latencies, losses, RTO timers
 * set, restarted, cancelled and fired, and state changes.
 */
class PlaybackOracleProperties {
    private static final Trace TRACE = randomTrace(new Random(2024), 3_000);

    static Trace randomTrace(Random random, int segments) {
        record Timed(TraceEvent e, long order) {
        }
        List<Timed> events = new ArrayList<>();
        long[] order = {0};
        java.util.function.Consumer<TraceEvent> add = e -> events.add(new Timed(e, order[0]++));
        State[] states = State.values();
        long t = 0;
        for (int id = 1; id <= segments; id++) {
            t += random.nextInt(40);
            Side sender = random.nextBoolean() ? Side.CLIENT : Side.SERVER;
            Segment s = Segment.control(1, 2, id, id, Flags.ACK, 100);
            add.accept(new TraceEvent.SegmentSent(t, sender, id, s, random.nextInt(10) == 0));
            long latency = 1 + random.nextInt(random.nextInt(20) == 0 ? 5_000 : 120);
            if (random.nextInt(8) == 0) {
                add.accept(new TraceEvent.SegmentDropped(t + latency / 2, sender, id, "loss"));
            } else if (random.nextInt(50) != 0) { // a few stay on the wire to the end
                add.accept(new TraceEvent.SegmentDelivered(t + latency, sender.peer(), id, s));
            }
            if (random.nextInt(3) == 0) {
                Side side = random.nextBoolean() ? Side.CLIENT : Side.SERVER;
                TimerKind kind = random.nextBoolean() ? TimerKind.RETRANSMISSION : TimerKind.DELAYED_ACK;
                long at = t + random.nextInt(30);
                switch (random.nextInt(3)) {
                    case 0 -> add.accept(new TraceEvent.TimerSet(at, side, kind, at + 1000));
                    case 1 -> add.accept(new TraceEvent.TimerCancelled(at, side, kind));
                    default -> add.accept(new TraceEvent.TimerFired(at, side, kind));
                }
            }
            if (random.nextInt(10) == 0) {
                Side side = random.nextBoolean() ? Side.CLIENT : Side.SERVER;
                add.accept(new TraceEvent.StateChanged(t, side, State.CLOSED, states[random.nextInt(states.length)], "x"));
            }
        }
        events.sort(Comparator.comparingLong((Timed x) -> x.e().time()).thenComparingLong(Timed::order));
        return new Trace(events.stream().map(Timed::e).toList(), -1, -1);
    }

    /** What a naive replay of events 0..i says: in-flight segment ids, running timers, states. */
    record Replay(List<Integer> inFlight, List<RunningTimer> timers, State client, State server) {
        static Replay of(Trace trace, int index) {
            Map<Integer, Boolean> flying = new LinkedHashMap<>();
            Map<String, RunningTimer> running = new LinkedHashMap<>();
            State client = State.CLOSED;
            State server = State.CLOSED;
            for (int i = 0; i <= index; i++) {
                TraceEvent e = trace.get(i);
                if (e instanceof TraceEvent.SegmentSent s) {
                    flying.put(s.id(), true);
                } else if (e instanceof TraceEvent.SegmentDelivered d) {
                    flying.remove(d.id());
                } else if (e instanceof TraceEvent.SegmentDropped d) {
                    flying.remove(d.id());
                } else if (e instanceof TraceEvent.TimerSet s) {
                    running.remove(s.side() + "" + s.kind());
                    running.put(s.side() + "" + s.kind(), new RunningTimer(s.side(), s.kind(), s.time(), s.expiresAt()));
                } else if (e instanceof TraceEvent.TimerCancelled c) {
                    running.remove(c.side() + "" + c.kind());
                } else if (e instanceof TraceEvent.TimerFired f) {
                    running.remove(f.side() + "" + f.kind());
                } else if (e instanceof TraceEvent.StateChanged sc) {
                    if (sc.side() == Side.CLIENT) {
                        client = sc.to();
                    } else {
                        server = sc.to();
                    }
                }
            }
            List<RunningTimer> timers = new ArrayList<>(running.values());
            timers.sort(Comparator.comparingLong(RunningTimer::setAt));
            return new Replay(new ArrayList<>(flying.keySet()), timers, client, server);
        }

        static Replay of(Playback p) {
            List<RunningTimer> timers = new ArrayList<>(p.timers());
            timers.sort(Comparator.comparingLong(RunningTimer::setAt));
            return new Replay(p.inFlight().stream().map(InFlightSegment::id).toList(), timers,
                    p.stateProperty(Side.CLIENT).get(), p.stateProperty(Side.SERVER).get());
        }
    }

    @Property(tries = 300)
    void anyPositionEqualsANaiveReplay(@ForAll @IntRange(min = -1, max = 20_000) int target) {
        Playback p = new Playback(TRACE);
        int index = Math.min(target, TRACE.size() - 1);
        p.seekToIndex(index);
        assertEquals(Replay.of(TRACE, index), Replay.of(p));
    }

    @Property(tries = 100)
    void progressLiesBetweenZeroAndOneAndGrowsWithTime(@ForAll @IntRange(min = 0, max = 60_000) int time) {
        Playback p = new Playback(TRACE);
        p.seekToTime(time);
        for (InFlightSegment s : p.inFlight()) {
            double expected = s.arrivesAt() == s.sentAt() ? 1.0
                    : Math.min(1.0, (double) (time - s.sentAt()) / (s.arrivesAt() - s.sentAt()));
            assertEquals(expected, s.progress(), 1e-12, "segment " + s.id());
        }
    }
}
