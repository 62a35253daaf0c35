package org.handshakelab.model.sim;

import org.handshakelab.model.tcp.AppCall;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.TimerKind;

/** The kinds of things a simulation schedules. */
sealed interface Agenda {

    /** Segment {@code id} reaches {@code receiver}. */
    record Arrival(Side receiver, int id, Segment segment) implements Agenda {
    }

    /** Segment {@code id}, sent by {@code sender}, is lost on the way. */
    record Loss(Side sender, int id, String cause) implements Agenda {
    }

    /** A timer of {@code side} is due; stale when {@code token} is no longer the timer's current one. */
    record TimerDue(Side side, TimerKind kind, long token) implements Agenda {
    }

    /** A scripted application call; {@code actionIndex} is its place in the scenario, or -1. */
    record Call(Side side, AppCall call, int actionIndex) implements Agenda {
    }
}
