package org.handshakelab.app.sandbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.handshakelab.lessons.LocalizedText;
import org.handshakelab.lessons.writer.LessonMeta;
import org.handshakelab.lessons.writer.LessonWriter;
import org.handshakelab.model.net.Direction;
import org.handshakelab.model.net.FaultAction;
import org.handshakelab.model.net.FaultRule;
import org.handshakelab.model.net.NetworkConfig;
import org.handshakelab.model.playback.Playback;
import org.handshakelab.model.sim.EndpointSetup;
import org.handshakelab.model.sim.Outcome;
import org.handshakelab.model.sim.Scenario;
import org.handshakelab.model.sim.ScriptedAction;
import org.handshakelab.model.sim.Simulation;
import org.handshakelab.model.sim.SimulationBounds;
import org.handshakelab.model.sim.Trigger;
import org.handshakelab.model.tcp.AppCall;
import org.handshakelab.model.tcp.CallResult;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;

/**
 * The sandbox: no script, the user makes the calls and plays the network, and an incremental
 * {@link Simulation} computes what follows. View-model only (properties, no graphics); use it from
 * one thread (the JavaFX thread in the application).
 *
 * <p><b>Recording for exact replay.</b> Every action is kept as a scripted action at its virtual
 * time, so {@link #replayScenario()} (and the lesson saved from it) computes the same trace. A
 * lesson's timed call at time T runs before every other event at T; so when the simulation has
 * already handled an event at the current time, an action is made 1 ms later (after the events of
 * that millisecond) rather than at a time the replay could not reproduce.
 *
 * <p><b>Network controls</b> ("drop / delay / duplicate the next segment from this side") are fault
 * rules added at run time. Each control claims one particular segment: the next one from that side
 * not already claimed by an earlier control, counted over every segment that side has put on the
 * wire (so two clicks of "drop next" drop the next two). At run time the rule counts from when it
 * is added ({@code nth} = how many segments after the ones already sent); the saved lesson uses the
 * absolute count from the start ({@code nth} = segments already sent + that), which is the same
 * segment. Random loss uses the network's seeded loss; the segments it actually lost are saved as
 * explicit drop faults ({@code random-loss-client-N}), because format 1 has one loss rate for the
 * whole run.
 *
 * <p><b>Step back.</b> {@link #stepBack()} moves the shown playback back over what has happened;
 * while stepped back the session is not {@link #liveProperty() live}: actions are refused (the view
 * disables them) and the clock does not run, until {@link #goLive()} or stepping forward to the end.
 */
public final class SandboxSession {
    /** An idle wait longer than this (virtual ms) is jumped over by the clock. */
    public static final long IDLE_JUMP_MS = 2_000;

    private final Scenario base;
    private final Simulation simulation;
    private final List<SandboxAction> actions = new ArrayList<>();
    private final List<ScriptedAction> script = new ArrayList<>();
    private final List<FaultRule> absoluteRules = new ArrayList<>();
    /** Per sending side: the highest segment number (1-based, per side) already claimed by a control. */
    private final int[] claimed = new int[2];
    private final ReadOnlyObjectWrapper<Playback> playback = new ReadOnlyObjectWrapper<>(this, "playback");
    private final ReadOnlyLongWrapper now = new ReadOnlyLongWrapper(this, "now", 0);
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(this, "live", true);
    private final ReadOnlyObjectWrapper<State> clientState = new ReadOnlyObjectWrapper<>(this, "clientState", State.CLOSED);
    private final ReadOnlyObjectWrapper<State> serverState = new ReadOnlyObjectWrapper<>(this, "serverState", State.CLOSED);
    private double randomLossPercent;
    private long lastSteppedEventTime = -1;
    private int publishedSize = -1;

    /** The default sandbox: client 10.0.0.1:49152 ISN 1000, server 10.0.0.2:80 ISN 5000, 50 ms each way. */
    public SandboxSession() {
        this(defaultScenario());
    }

    /** A sandbox over {@code base}'s endpoints and network; its own actions and fault rules are ignored. */
    public SandboxSession(Scenario base) {
        this.base = new Scenario(base.client(), base.server(),
                new NetworkConfig(base.network().clientToServerMillis(), base.network().serverToClientMillis(),
                        List.of(), 0.0, base.seed()),
                List.of(), base.bounds(), base.seed());
        this.simulation = new Simulation(this.base);
        publish();
    }

    public static Scenario defaultScenario() {
        return new Scenario(EndpointSetup.defaultClient(), EndpointSetup.defaultServer(), NetworkConfig.DEFAULT,
                List.of(), new SimulationBounds(100_000, 3_600_000), 1L);
    }

    // ---------------------------------------------------------------- application calls

    public CallResult listen(Side side) {
        return call(side, new AppCall.Listen(null), SandboxAction.Kind.LISTEN, "");
    }

    public CallResult connect(Side side) {
        return call(side, new AppCall.Connect(null), SandboxAction.Kind.CONNECT, "");
    }

    /** SEND of {@code text} as UTF-8; empty text is refused (format 1 cannot save it, and it sends nothing). */
    public CallResult send(Side side, String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("nothing to send");
        }
        return call(side, AppCall.Send.text(text), SandboxAction.Kind.SEND, text);
    }

    /** CLOSE: a half-close, "I have no more to send" (RFC 9293 §3.10.4). */
    public CallResult close(Side side) {
        return call(side, new AppCall.Close(), SandboxAction.Kind.CLOSE, "");
    }

    public CallResult abort(Side side) {
        return call(side, new AppCall.Abort(), SandboxAction.Kind.ABORT, "");
    }

    private CallResult call(Side side, AppCall call, SandboxAction.Kind kind, String detail) {
        long at = prepareAction();
        CallResult result = simulation.call(side, call);
        script.add(new ScriptedAction(kind.name().toLowerCase() + "-" + (script.size() + 1), side, call,
                new Trigger.At(at)));
        actions.add(new SandboxAction(at, side, kind, detail));
        publish();
        return result;
    }

    // ---------------------------------------------------------------- network controls

    /** Drops the next segment {@code sender} puts on the wire (not yet claimed by another control). */
    public String dropNext(Side sender) {
        return fault(sender, "drop", new FaultAction.Drop(), SandboxAction.Kind.DROP_NEXT);
    }

    /** Delays the next segment from {@code sender} by {@code ms} beyond the latency. */
    public String delayNext(Side sender, long ms) {
        return fault(sender, "delay", new FaultAction.Delay(ms), SandboxAction.Kind.DELAY_NEXT);
    }

    /** Duplicates the next segment from {@code sender}; the copy arrives {@code ms} after the original. */
    public String duplicateNext(Side sender, long ms) {
        return fault(sender, "duplicate", new FaultAction.Duplicate(ms), SandboxAction.Kind.DUPLICATE_NEXT);
    }

    /** Loses each segment not caught by a control with this probability (0..100 %), from now on. */
    public void setRandomLossPercent(double percent) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("loss must be 0..100 %");
        }
        long at = prepareAction();
        simulation.setRandomLoss(percent / 100.0);
        randomLossPercent = percent;
        actions.add(new SandboxAction(at, null, SandboxAction.Kind.RANDOM_LOSS, Double.toString(percent)));
        publish();
    }

    public double randomLossPercent() {
        return randomLossPercent;
    }

    private String fault(Side sender, String verb, FaultAction action, SandboxAction.Kind kind) {
        long at = prepareAction();
        int sent = segmentsSentBy(sender);
        int target = Math.max(sent, claimed[sender.ordinal()]) + 1;
        claimed[sender.ordinal()] = target;
        String id = verb + "-" + side(sender) + "-" + target;
        Direction direction = Direction.from(sender);
        // A rule added now counts matches from now on (Network.addRule): the target is the
        // (target - sent)-th segment from here. The replay's rule counts from the start.
        simulation.addFaultRule(new FaultRule(id, direction, 0, null, null, target - sent, action));
        absoluteRules.add(new FaultRule(id, direction, 0, null, null, target, action));
        actions.add(new SandboxAction(at, sender, kind, id));
        publish();
        return id;
    }

    private int segmentsSentBy(Side sender) {
        int n = 0;
        for (TraceEvent e : simulation.trace().events()) {
            if (e instanceof TraceEvent.SegmentSent s && s.side() == sender) {
                n++;
            }
        }
        return n;
    }

    /**
     * Makes sure an action now can be replayed exactly: if an event at the current time was already
     * handled, move 1 ms on (handling whatever falls exactly there first). Returns the action's time.
     */
    private long prepareAction() {
        if (!live.get()) {
            throw new IllegalStateException("stepped back: go live before acting");
        }
        long at = simulation.now();
        if (at == lastSteppedEventTime) {
            at++;
            while (simulation.nextEventTime() == at) {
                advanceSimulation(at);
                at++;
            }
            advanceSimulation(at);
        }
        return at;
    }

    // ---------------------------------------------------------------- time

    /** Runs the simulation up to virtual time {@code t} (no-op when {@code t} is not later than now). */
    public void advanceTo(long t) {
        if (!live.get() || t <= simulation.now()) {
            return;
        }
        advanceSimulation(t);
        publish();
    }

    public void advanceBy(long ms) {
        advanceTo(simulation.now() + ms);
    }

    // Runs every clock frame: sizes only, so an idle frame copies no trace.
    private void advanceSimulation(long t) {
        int before = simulation.traceSize();
        simulation.advanceTo(t);
        if (simulation.traceSize() > before) {
            lastSteppedEventTime = simulation.lastEventTime();
        }
    }

    /** Virtual time of the next scheduled event, or -1 when nothing is scheduled. */
    public long nextEventTime() {
        return simulation.nextEventTime();
    }

    /** True when nothing is scheduled: no segment in flight, no timer running. */
    public boolean isIdle() {
        return simulation.isIdle() || simulation.outcome() != Outcome.COMPLETED;
    }

    public long now() {
        return simulation.now();
    }

    public ReadOnlyLongProperty nowProperty() {
        return now.getReadOnlyProperty();
    }

    /** A bound of the simulation was reached (the sandbox can go no further). */
    public boolean boundReached() {
        return simulation.outcome() != Outcome.COMPLETED;
    }

    // ---------------------------------------------------------------- what is shown

    /** The trace so far as a playback; replaced whenever the trace grows. */
    public ReadOnlyObjectProperty<Playback> playbackProperty() {
        return playback.getReadOnlyProperty();
    }

    /** False while stepped back: actions are refused and the clock waits. */
    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    public boolean isLive() {
        return live.get();
    }

    /** The endpoint's current state in the simulation (not the stepped-back one). */
    public ReadOnlyObjectProperty<State> stateProperty(Side side) {
        return side == Side.CLIENT ? clientState.getReadOnlyProperty() : serverState.getReadOnlyProperty();
    }

    public State state(Side side) {
        return simulation.state(side);
    }

    public Trace trace() {
        return simulation.trace();
    }

    public List<SandboxAction> actions() {
        return List.copyOf(actions);
    }

    public Scenario baseScenario() {
        return base;
    }

    /** Shows the playback one event earlier. */
    public void stepBack() {
        Playback p = playback.get();
        if (p.getEventIndex() >= 0) {
            p.stepBack();
            live.set(false);
        }
    }

    /** Shows the next event; reaching the end makes the session live again. */
    public void stepForward() {
        Playback p = playback.get();
        if (!live.get()) {
            p.stepForward();
            if (p.atEnd()) {
                goLive();
            }
        }
    }

    /** Back to the present: the whole trace, at the simulation's time. */
    public void goLive() {
        live.set(true);
        playback.get().seekToTime(simulation.now());
    }

    private void publish() {
        if (simulation.traceSize() != publishedSize) {
            Trace trace = simulation.trace(); // copied only when it grew
            publishedSize = trace.size();
            Playback p = new Playback(trace);
            p.seekToTime(simulation.now());
            playback.set(p);
        } else {
            playback.get().seekToTime(simulation.now());
        }
        now.set(simulation.now());
        clientState.set(simulation.state(Side.CLIENT));
        serverState.set(simulation.state(Side.SERVER));
    }

    // ---------------------------------------------------------------- saving

    /**
     * The session as a scenario with a timed script and fault rules counted from the start: running
     * it gives this session's trace (random losses become explicit drops named {@code
     * random-loss-SIDE-N}, so those drops' causes read differently).
     */
    public Scenario replayScenario() {
        List<FaultRule> rules = new ArrayList<>(absoluteRules);
        int[] sentBy = new int[2];
        for (TraceEvent e : simulation.trace().events()) {
            if (e instanceof TraceEvent.SegmentSent s) {
                sentBy[s.side().ordinal()]++;
            } else if (e instanceof TraceEvent.SegmentDropped d && "random loss".equals(d.cause())) {
                int nth = sendNumber(d.id(), d.side());
                rules.add(new FaultRule(randomLossId(d.side(), nth), Direction.from(d.side()), 0, null, null, nth,
                        new FaultAction.Drop()));
            }
        }
        NetworkConfig net = base.network();
        return new Scenario(base.client(), base.server(),
                new NetworkConfig(net.clientToServerMillis(), net.serverToClientMillis(), rules, 0.0, net.seed()),
                script, base.bounds(), base.seed());
    }

    static String randomLossId(Side side, int nth) {
        return "random-loss-" + side(side) + "-" + nth;
    }

    /** Which of {@code sender}'s segments (1-based) segment {@code id} was. */
    private int sendNumber(int id, Side sender) {
        int n = 0;
        for (TraceEvent e : simulation.trace().events()) {
            if (e instanceof TraceEvent.SegmentSent s && s.side() == sender) {
                n++;
                if (s.id() == id) {
                    return n;
                }
            }
        }
        throw new IllegalStateException("segment " + id + " was never sent");
    }

    /** The session as a format-1 lesson ("Sandbox session DATE") that replays it exactly. */
    public String toLessonJson(LocalDate date) {
        String summaryEn = "Recorded in the sandbox: " + actions.size() + " actions over "
                + simulation.now() + " ms of virtual time.";
        String summaryKo = "샌드박스에서 기록함: 가상 시간 " + simulation.now() + " ms 동안 동작 " + actions.size() + "개.";
        LessonMeta meta = new LessonMeta("sandbox-" + date, LocalizedText.of("Sandbox session " + date,
                "샌드박스 세션 " + date), LocalizedText.of(summaryEn, summaryKo),
                LocalizedText.of(base.client().label(), "클라이언트"), LocalizedText.of(base.server().label(), "서버"));
        return LessonWriter.toJson(meta, replayScenario());
    }

    private static String side(Side side) {
        return side == Side.CLIENT ? "client" : "server";
    }
}
