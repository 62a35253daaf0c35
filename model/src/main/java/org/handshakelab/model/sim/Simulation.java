package org.handshakelab.model.sim;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.handshakelab.model.net.Direction;
import org.handshakelab.model.net.FaultRule;
import org.handshakelab.model.net.Network;
import org.handshakelab.model.net.Transit;
import org.handshakelab.model.tcp.AppCall;
import org.handshakelab.model.tcp.CallResult;
import org.handshakelab.model.tcp.Effect;
import org.handshakelab.model.tcp.Endpoint;
import org.handshakelab.model.tcp.EndpointSnapshot;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.IsnSource;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Seq;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.tcp.TimerKind;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;

/**
 * A discrete-event simulation of two {@link Endpoint}s and the {@link Network} between them, in
 * virtual milliseconds. Deterministic: ties between events at the same time are broken by the
 * order in which they were scheduled, and every random choice comes from the scenario's seeds.
 *
 * <p>Use {@link #run(Scenario)} for a whole run, or drive it step by step (a sandbox): {@link
 * #call(Side, AppCall)} makes an application call now, {@link #step()} handles the next event,
 * {@link #advanceTo(long)} handles everything up to a time, and {@link #trace()} is a snapshot of
 * what has happened so far. Not thread-safe: confine a simulation to one thread and hand out its
 * immutable traces.
 */
public final class Simulation {
    private final Scenario scenario;
    private final Endpoint[] endpoints = new Endpoint[2];
    private final Network network;
    private final EventQueue queue = new EventQueue();
    private final Triggers triggers;
    private final boolean recording;
    private final EventLog events = new EventLog();
    /** Per side and timer kind: the token of the one live agenda entry (0: none) and its time. */
    private final long[][] timerTokens = new long[2][TimerKind.values().length];
    private final long[][] timerEntryAt = new long[2][TimerKind.values().length];
    /** Per side and timer kind: when the endpoint wants the timer to fire, or -1 when stopped. */
    private final long[][] timerDeadline = new long[2][TimerKind.values().length];
    private final long[] firstIsn = {-1, -1};
    private final int[] actionCallIndex;
    private byte[] deliveryScratch = new byte[0];
    private long eventCount;
    private long nextToken = 1;
    private int nextSegmentId = 1;
    private int segmentsSent;
    private long now;
    private Outcome bound;

    /** A simulation at time 0 that records the full trace; nothing has happened yet. */
    public Simulation(Scenario scenario) {
        this(scenario, true);
    }

    /**
     * @param recordTrace false for a lightweight run (benchmarks) that counts events but keeps
     *                    none; {@link #trace()} is then empty
     */
    public Simulation(Scenario scenario, boolean recordTrace) {
        this.scenario = scenario;
        this.recording = recordTrace;
        this.network = new Network(scenario.network());
        SplittableRandom isnRandom = new SplittableRandom(scenario.seed());
        endpoints[0] = endpoint(scenario.client(), scenario.server().port(), isnRandom);
        endpoints[1] = endpoint(scenario.server(), scenario.client().port(), isnRandom);
        this.triggers = new Triggers(scenario.actions());
        for (long[] d : timerDeadline) {
            Arrays.fill(d, -1);
        }
        this.actionCallIndex = new int[scenario.actions().size()];
        Arrays.fill(actionCallIndex, -1);
        for (int i : triggers.timed()) {
            ScriptedAction a = scenario.actions().get(i);
            queue.add(((Trigger.At) a.trigger()).timeMillis(), new Agenda.Call(a.side(), a.call(), i));
        }
    }

    private static Endpoint endpoint(EndpointSetup setup, int remotePort, SplittableRandom isnRandom) {
        Long isn = setup.isn();
        IsnSource source = isn != null ? IsnSource.fixed(isn) : () -> Integer.toUnsignedLong(isnRandom.nextInt());
        return new Endpoint(setup.side(), setup.port(), remotePort, setup.settings(), source);
    }

    /** Runs a scenario until nothing is left to happen or a bound is reached. */
    public static SimulationResult run(Scenario scenario) {
        return new Simulation(scenario).runToEnd();
    }

    /** Handles events until nothing is scheduled or a bound is reached. */
    public SimulationResult runToEnd() {
        while (step()) {
            // keep going
        }
        return new SimulationResult(trace(), outcome());
    }

    // ---------------------------------------------------------------- incremental API

    /** Handles the next scheduled event. False when nothing is scheduled or a bound was reached. */
    public boolean step() {
        skipStale();
        if (bound != null || queue.isEmpty()) {
            return false;
        }
        if (eventCount >= scenario.bounds().maxEvents()) {
            reachBound(Outcome.BOUND_REACHED_EVENTS, now, "max events");
            return false;
        }
        long time = queue.peekTime();
        if (time > scenario.bounds().maxTimeMillis()) {
            reachBound(Outcome.BOUND_REACHED_TIME, scenario.bounds().maxTimeMillis(), "max time");
            return false;
        }
        Object event = queue.poll();
        now = time;
        dispatch(event);
        return true;
    }

    /** Handles every event up to and including time {@code t}, then sets the clock to {@code t}. */
    public void advanceTo(long t) {
        skipStale();
        while (bound == null && !queue.isEmpty() && queue.peekTime() <= t) {
            if (!step()) {
                break;
            }
            skipStale();
        }
        if (bound == null && t > now) {
            now = t;
        }
    }

    /** An application call made now, outside the script (a sandbox); returns what the call returned. */
    public CallResult call(Side side, AppCall call) {
        List<Effect> effects = endpoints[side.ordinal()].call(now, call);
        apply(side, effects, 0);
        return ((Effect.CallReturned) effects.get(0)).result();
    }

    /** Adds a fault rule after the existing ones (a sandbox). */
    public void addFaultRule(FaultRule rule) {
        network.addRule(rule);
    }

    /** Changes the random loss probability from now on (a sandbox). */
    public void setRandomLoss(double probability) {
        network.setRandomLoss(probability);
    }

    public long now() {
        return now;
    }

    public State state(Side side) {
        return endpoints[side.ordinal()].state();
    }

    /** {@code side}'s connection variables now (SND.UNA, SND.NXT, RCV.NXT, queues, timer). */
    public EndpointSnapshot endpoint(Side side) {
        return endpoints[side.ordinal()].snapshot();
    }

    /** Bytes {@code side}'s application has received so far. */
    public long bytesReceived(Side side) {
        return triggers.bytesReceived(side);
    }

    /** Whether nothing is scheduled (no segment in flight, no timer, no pending action). */
    public boolean isIdle() {
        skipStale();
        return queue.isEmpty();
    }

    /** The time of the next scheduled event, or -1 when nothing is scheduled. */
    public long nextEventTime() {
        skipStale();
        return queue.isEmpty() ? -1 : queue.peekTime();
    }

    /** COMPLETED while nothing has stopped the run (or it ran out of events), else the bound reached. */
    public Outcome outcome() {
        return bound != null ? bound : Outcome.COMPLETED;
    }

    /** Segments put on the wire so far by the endpoints (network copies not counted). */
    public int segmentsSent() {
        return segmentsSent;
    }

    /** Trace events so far (counted even when the trace is not recorded). */
    public long eventCount() {
        return eventCount;
    }

    /**
     * Where the application call of scenario action {@code actionIndex} is in the trace (its
     * {@link TraceEvent.CallMade}), or -1 if it has not happened.
     */
    public int actionCallIndex(int actionIndex) {
        return actionCallIndex[actionIndex];
    }

    /** How many events the trace holds so far: cheap, unlike {@link #trace()}, which copies them. */
    public int traceSize() {
        return events.size();
    }

    /** The time of the newest trace event, or -1 before the first. */
    public long lastEventTime() {
        TraceEvent last = events.last();
        return last == null ? -1 : last.time();
    }

    /** A snapshot of the trace so far (a copy: for a size check use {@link #traceSize()}). */
    public Trace trace() {
        return new Trace(events.toList(), firstIsn[0], firstIsn[1]);
    }

    // ---------------------------------------------------------------- events

    private void dispatch(Object event) {
        if (event instanceof Agenda.Arrival a) {
            if (counted()) {
                events.add(new TraceEvent.SegmentDelivered(now, a.receiver(), a.id(), a.segment()));
            }
            apply(a.receiver(), endpoints[a.receiver().ordinal()].receive(now, a.segment()), a.id());
        } else if (event instanceof Agenda.TimerDue t) {
            int s = t.side().ordinal();
            int k = t.kind().ordinal();
            if (timerTokens[s][k] != t.token()) {
                return; // superseded by an earlier entry
            }
            timerTokens[s][k] = 0;
            long deadline = timerDeadline[s][k];
            if (deadline < 0) {
                return; // stopped since
            }
            if (deadline > now) {
                scheduleTimer(s, k, t.side(), t.kind(), deadline); // restarted later since
                return;
            }
            timerDeadline[s][k] = -1;
            eventCount++;
            if (recording) {
                events.add(new TraceEvent.TimerFired(now, t.side(), t.kind()));
            }
            apply(t.side(), endpoints[s].timerExpired(now, t.kind()), 0);
        } else if (event instanceof Agenda.Loss l) {
            if (counted()) {
                events.add(new TraceEvent.SegmentDropped(now, l.sender(), l.id(), l.cause()));
            }
        } else {
            Agenda.Call c = (Agenda.Call) event;
            if (c.actionIndex() >= 0) {
                actionCallIndex[c.actionIndex()] = recording ? events.size() : (int) eventCount;
            }
            call(c.side(), c.call());
        }
    }

    private void apply(Side side, List<Effect> effects, int segmentId) {
        for (int i = 0, n = effects.size(); i < n; i++) {
            Effect e = effects.get(i);
            if (e instanceof Effect.SendSegment s) {
                transmit(side, s.segment(), s.retransmission());
            } else if (e instanceof Effect.TimerStart t) {
                int s = side.ordinal();
                int k = t.kind().ordinal();
                timerDeadline[s][k] = t.expiresAt();
                // Restarting a timer to a later time keeps the agenda entry it has; the entry
                // re-schedules itself when due. This keeps the agenda small in bulk transfers.
                if (timerTokens[s][k] == 0 || t.expiresAt() < timerEntryAt[s][k]) {
                    scheduleTimer(s, k, side, t.kind(), t.expiresAt());
                }
                if (counted()) {
                    events.add(new TraceEvent.TimerSet(now, side, t.kind(), t.expiresAt()));
                }
            } else if (e instanceof Effect.TimerStop t) {
                timerDeadline[side.ordinal()][t.kind().ordinal()] = -1;
                if (counted()) {
                    events.add(new TraceEvent.TimerCancelled(now, side, t.kind()));
                }
            } else if (e instanceof Effect.DeliverData d) {
                if (counted()) {
                    // DataDelivered copies the bytes in, so a scratch array can carry them there
                    if (deliveryScratch.length != d.length()) {
                        deliveryScratch = new byte[d.length()];
                    }
                    d.copyTo(deliveryScratch);
                    events.add(new TraceEvent.DataDelivered(now, side, deliveryScratch));
                }
                schedule(triggers.bytesDelivered(side, d.length()));
            } else if (e instanceof Effect.StateChange c) {
                if (counted()) {
                    events.add(new TraceEvent.StateChanged(now, side, c.from(), c.to(), c.cause()));
                }
                schedule(triggers.stateEntered(side, c.to()));
            } else if (e instanceof Effect.CallReturned c) {
                if (counted()) {
                    events.add(new TraceEvent.CallMade(now, side, c.call(), c.result()));
                }
            } else if (e instanceof Effect.Notify m) {
                if (counted()) {
                    events.add(new TraceEvent.Notified(now, side, m.message()));
                }
            } else if (e instanceof Effect.Discard d) {
                if (counted()) {
                    events.add(new TraceEvent.SegmentDiscarded(now, side, segmentId, d.reason(), d.detail()));
                }
            }
        }
    }

    private void scheduleTimer(int s, int k, Side side, TimerKind kind, long at) {
        long token = nextToken++;
        timerTokens[s][k] = token;
        timerEntryAt[s][k] = at;
        queue.add(at, new Agenda.TimerDue(side, kind, token));
    }

    private void transmit(Side sender, Segment segment, boolean retransmission) {
        int id = nextSegmentId++;
        segmentsSent++;
        if (firstIsn[sender.ordinal()] < 0 && segment.has(Flags.SYN)) {
            firstIsn[sender.ordinal()] = Seq.unsigned(segment.seq());
        }
        if (counted()) {
            events.add(new TraceEvent.SegmentSent(now, sender, id, segment, retransmission));
        }
        Transit transit = network.route(now, Direction.from(sender), segment);
        if (transit.lost()) {
            queue.add(transit.lostAt(), new Agenda.Loss(sender, id, transit.lostCause()));
            return;
        }
        Side receiver = sender.peer();
        queue.add(transit.arrivesAt(), new Agenda.Arrival(receiver, id, segment));
        if (transit.duplicated()) {
            int copyId = nextSegmentId++;
            if (counted()) {
                events.add(new TraceEvent.SegmentDuplicated(now, sender, id, copyId, segment, transit.copyCause()));
            }
            queue.add(transit.copyArrivesAt(), new Agenda.Arrival(receiver, copyId, segment));
        }
    }

    private void schedule(List<Integer> due) {
        for (int i : due) {
            ScriptedAction a = scenario.actions().get(i);
            queue.add(now + triggers.delay(i), new Agenda.Call(a.side(), a.call(), i));
        }
    }

    private void reachBound(Outcome outcome, long time, String what) {
        bound = outcome;
        if (counted()) {
            events.add(new TraceEvent.BoundReached(time, what));
        }
    }

    /** Counts one trace event; true when it is to be recorded. */
    private boolean counted() {
        eventCount++;
        return recording;
    }

    /** Drops agenda entries of timers that were stopped or superseded, so they neither keep the run going nor hit a bound. */
    private void skipStale() {
        while (!queue.isEmpty() && queue.peekEvent() instanceof Agenda.TimerDue t) {
            int s = t.side().ordinal();
            int k = t.kind().ordinal();
            if (timerTokens[s][k] == t.token() && timerDeadline[s][k] >= 0) {
                return;
            }
            if (timerTokens[s][k] == t.token()) {
                timerTokens[s][k] = 0;
            }
            queue.poll();
        }
    }
}
