package org.handshakelab.model.playback;

import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.TimerKind;

/** A timer that has been set and has not yet fired, been cancelled or been restarted. */
public record RunningTimer(Side side, TimerKind kind, long setAt, long expiresAt) {
}
