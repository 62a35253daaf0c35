package org.handshakelab.model.playback;

import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.TimerKind;

/**
 * One run of a timer: from a {@code TimerSet} to the event that ended it.
 *
 * @param endIndex index of the {@code TimerFired}, {@code TimerCancelled} or restarting
 *                 {@code TimerSet} event, or the trace's size if the trace ends first
 * @param endedAt  the time of that event, or {@code expiresAt} if the trace ends first
 */
public record TimerSpan(Side side, TimerKind kind, int setIndex, long setAt, long expiresAt, int endIndex,
                        long endedAt, Ending ending) {

    /** How the run ended. */
    public enum Ending { FIRED, CANCELLED, RESTARTED, UNFINISHED }
}
