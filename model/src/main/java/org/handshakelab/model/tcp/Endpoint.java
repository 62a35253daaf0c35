package org.handshakelab.model.tcp;

import java.util.ArrayList;
import java.util.List;

/**
 * One host port's TCP connection (its TCB, RFC 9293 §3.3.1) for a client or a server, driven by
 * the three kinds of events of RFC 9293 §3.10: user calls, arriving segments and timeouts.
 *
 * <p>Pure and deterministic: every method takes the virtual time {@code now} (ms) and returns what
 * the endpoint wants done, as a list of {@link Effect}s; there are no threads and no clocks. The
 * rules themselves live in {@link UserCalls}, {@link NoConnectionArrival}, {@link SynSentArrival},
 * {@link SynchronizedArrival}, {@link Output} and {@link Retransmission}.
 *
 * <p>Left out on purpose: urgent data, TCP options (MSS is a setting, no window scaling,
 * timestamps or SACK), congestion control, RTT measurement (the RTO only backs off), zero-window
 * probes, keep-alive and the user timeout.
 */
public final class Endpoint {
    private final Side side;
    final int localPort;
    final int remotePort;
    final TcpSettings settings;
    private final IsnSource isnSource;

    State state = State.CLOSED;
    final SendSequence snd = new SendSequence();
    final ReceiveSequence rcv = new ReceiveSequence();
    final ReassemblyQueue reassembly = new ReassemblyQueue();
    Timer timer = Timer.IDLE;
    /** When a delayed ACK is due, or -1 when none waits (RFC 9293 §3.8.6.3). */
    long delayedAckAt = -1;
    /** The connection came from a passive OPEN (RFC 9293 §3.10.7.4 second step, MUST-11). */
    boolean passiveOpen;
    /** The ISN given to the LISTEN call, for the connection it will accept. */
    Long listenIsn;
    /** CLOSE was called in SYN-RECEIVED with data still queued: FIN once ESTABLISHED (§3.10.4). */
    boolean closePending;
    /** An acknowledgment is owed to the peer. */
    boolean ackPending;
    /** ...and it must go at once (out-of-order arrival, gap filled, second segment). */
    boolean ackNow;

    long now;
    private List<Effect> fx;

    public Endpoint(Side side, int localPort, int remotePort, TcpSettings settings, IsnSource isnSource) {
        this.side = side;
        this.localPort = localPort;
        this.remotePort = remotePort;
        this.settings = settings;
        this.isnSource = isnSource;
        rcv.reset(settings.receiveWindow());
    }

    // ---------------------------------------------------------------- the three events (§3.10)

    /** A user call (RFC 9293 §3.10.1-§3.10.5). The first effect is always its {@link Effect.CallReturned}. */
    public List<Effect> call(long now, AppCall call) {
        begin(now);
        CallResult result = UserCalls.handle(this, call);
        fx.add(0, new Effect.CallReturned(call, result));
        Output.flush(this);
        return end();
    }

    /** SEGMENT ARRIVES (RFC 9293 §3.10.7). */
    public List<Effect> receive(long now, Segment segment) {
        begin(now);
        switch (state) {
            case CLOSED -> NoConnectionArrival.closed(this, segment);
            case LISTEN -> NoConnectionArrival.listen(this, segment);
            case SYN_SENT -> SynSentArrival.arrive(this, segment);
            default -> SynchronizedArrival.arrive(this, segment);
        }
        Output.flush(this);
        return end();
    }

    /** A timeout (RFC 9293 §3.10.8). A timer that is not running is ignored (no effects). */
    public List<Effect> timerExpired(long now, TimerKind kind) {
        begin(now);
        switch (kind) {
            case RETRANSMISSION -> {
                if (timer instanceof Timer.Retransmit r) {
                    Retransmission.expired(this, r);
                }
            }
            case TIME_WAIT -> {
                if (timer instanceof Timer.TimeWait) {
                    timer = Timer.IDLE;
                    toClosed("2 x MSL elapsed in TIME-WAIT");
                }
            }
            case DELAYED_ACK -> {
                if (delayedAckAt >= 0) {
                    delayedAckAt = -1;
                    ackPending = true;
                    ackNow = true;
                }
            }
        }
        Output.flush(this);
        return end();
    }

    private void begin(long now) {
        this.now = now;
        this.fx = new ArrayList<>(8);
    }

    private List<Effect> end() {
        List<Effect> out = fx;
        fx = null;
        return out;
    }

    // ---------------------------------------------------------------- read-only view

    public Side side() {
        return side;
    }

    public State state() {
        return state;
    }

    public TcpSettings settings() {
        return settings;
    }

    /** ISS. */
    public int iss() {
        return snd.iss;
    }

    /** SND.UNA. */
    public int sndUna() {
        return snd.una;
    }

    /** SND.NXT. */
    public int sndNxt() {
        return snd.nxt;
    }

    /** SND.WND, the peer's advertised window. */
    public int sndWnd() {
        return snd.wnd;
    }

    /** IRS (meaningful once the peer's SYN arrived). */
    public int irs() {
        return rcv.irs;
    }

    /** RCV.NXT. */
    public int rcvNxt() {
        return rcv.nxt;
    }

    /** RCV.WND. */
    public int rcvWnd() {
        return rcv.wnd;
    }

    /** Bytes the application handed over that have not been sent yet. */
    public int bytesQueued() {
        return snd.unsent();
    }

    /** Bytes sent and not yet acknowledged. */
    public int bytesInFlight() {
        return snd.buffered() - snd.unsent();
    }

    /** Whether the application's FIN has been queued (CLOSE called). */
    public boolean finQueued() {
        return snd.finQueued;
    }

    /** Out-of-order pieces held for reassembly. */
    public int outOfOrderSegments() {
        return reassembly.size();
    }

    public Timer timer() {
        return timer;
    }

    /** When the delayed ACK is due, or -1. */
    public long delayedAckDeadline() {
        return delayedAckAt;
    }

    /** Whether the current connection (or the one being waited for) came from a passive OPEN. */
    public boolean passiveOpen() {
        return passiveOpen;
    }

    /** An immutable copy of the variables now. */
    public EndpointSnapshot snapshot() {
        return new EndpointSnapshot(side, state, Seq.unsigned(snd.iss), Seq.unsigned(snd.una), Seq.unsigned(snd.nxt),
                snd.wnd, rcv.synReceived, Seq.unsigned(rcv.irs), Seq.unsigned(rcv.nxt), rcv.wnd, bytesQueued(),
                bytesInFlight(), reassembly.size(), timer, delayedAckAt);
    }

    // ---------------------------------------------------------------- helpers for the rules

    void emit(Effect e) {
        fx.add(e);
    }

    void setState(State to, String cause) {
        if (state != to) {
            fx.add(new Effect.StateChange(state, to, cause));
            state = to;
        }
    }

    void notifyApp(String message) {
        fx.add(new Effect.Notify(message));
    }

    void discard(DiscardReason reason, String detail) {
        fx.add(new Effect.Discard(reason, detail));
    }

    void deliver(Segment segment, int offset, int length) {
        fx.add(new Effect.DeliverData(segment, offset, length));
    }

    void send(Segment segment, boolean retransmission) {
        fx.add(new Effect.SendSegment(segment, retransmission));
    }

    /** A segment of this connection; every segment but a RST advertises the receive window. */
    Segment segment(int seq, int ack, int flags, byte[] payload) {
        int window = (flags & Flags.RST) != 0 ? 0 : rcv.wnd;
        return new Segment(localPort, remotePort, seq, ack, flags, window, payload);
    }

    /** {@code <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>}, sent at once; it settles any owed ACK. */
    void sendAck() {
        send(segment(snd.nxt, rcv.nxt, Flags.ACK, null), false);
        ackPending = false;
        ackNow = false;
        cancelDelayedAck();
    }

    /** {@code <SEQ=seq><CTL=RST>}, the reset for an unacceptable ACK (RFC 9293 §3.5.2). */
    void sendReset(Segment to, int seq) {
        send(new Segment(to.dstPort(), to.srcPort(), seq, 0, Flags.RST, 0, null), false);
    }

    int chooseIsn(Long given) {
        return (int) (given != null ? given.longValue() : isnSource.nextIsn());
    }

    void startRetransmitTimerIfIdle() {
        if (!(timer instanceof Timer.Retransmit)) {
            restartRetransmitTimer();
        }
    }

    /** RFC 6298 §5.3: restart with the (un-backed-off) RTO when new data is acknowledged. */
    void restartRetransmitTimer() {
        long rto = settings.initialRtoMillis();
        timer = new Timer.Retransmit(now + rto, rto, 0);
        fx.add(new Effect.TimerStart(TimerKind.RETRANSMISSION, now + rto));
    }

    void stopRetransmitTimer() {
        if (timer instanceof Timer.Retransmit) {
            timer = Timer.IDLE;
            fx.add(new Effect.TimerStop(TimerKind.RETRANSMISSION));
        }
    }

    void startDelayedAck() {
        delayedAckAt = now + settings.delayedAckMillis();
        fx.add(new Effect.TimerStart(TimerKind.DELAYED_ACK, delayedAckAt));
    }

    void cancelDelayedAck() {
        if (delayedAckAt >= 0) {
            delayedAckAt = -1;
            fx.add(new Effect.TimerStop(TimerKind.DELAYED_ACK));
        }
    }

    private void stopTimers() {
        stopRetransmitTimer();
        if (timer instanceof Timer.TimeWait) {
            timer = Timer.IDLE;
            fx.add(new Effect.TimerStop(TimerKind.TIME_WAIT));
        }
        cancelDelayedAck();
    }

    /** TIME-WAIT: turn off the other timers, start 2 x MSL (RFC 9293 §3.10.7.4, eighth step). */
    void enterTimeWait(String cause) {
        setState(State.TIME_WAIT, cause);
        stopRetransmitTimer();
        startTimeWaitTimer();
    }

    void startTimeWaitTimer() {
        long expiresAt = now + settings.timeWaitMillis();
        timer = new Timer.TimeWait(expiresAt);
        fx.add(new Effect.TimerStart(TimerKind.TIME_WAIT, expiresAt));
    }

    /** Deletes the TCB: CLOSED, no timers, no queues. */
    void toClosed(String cause) {
        stopTimers();
        clearConnection();
        setState(State.CLOSED, cause);
    }

    /** Back to LISTEN, as a passive-open SYN-RECEIVED does on RST (RFC 9293 §3.10.7.4). */
    void toListen(String cause) {
        stopTimers();
        clearConnection();
        passiveOpen = true;
        setState(State.LISTEN, cause);
    }

    /** Fresh connection variables; keeps {@link #listenIsn}. */
    void clearConnection() {
        snd.clearData();
        snd.reset(0);
        rcv.reset(settings.receiveWindow());
        reassembly.clear();
        closePending = false;
        ackPending = false;
        ackNow = false;
    }

    /** Active OPEN (RFC 9293 §3.10.1): {@code <SEQ=ISS><CTL=SYN>}, SND.UNA=ISS, SND.NXT=ISS+1, SYN-SENT. */
    void openActive(Long isn, String cause) {
        int iss = chooseIsn(isn);
        snd.reset(iss);
        passiveOpen = false;
        setState(State.SYN_SENT, cause);
        send(segment(iss, 0, Flags.SYN, null), false);
        snd.nxt = iss + 1;
        snd.max = snd.nxt;
        startRetransmitTimerIfIdle();
    }

    @Override
    public String toString() {
        return side + " " + state.rfcName() + " SND.UNA=" + Seq.unsigned(snd.una) + " SND.NXT="
                + Seq.unsigned(snd.nxt) + " RCV.NXT=" + Seq.unsigned(rcv.nxt);
    }
}
