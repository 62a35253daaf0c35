package org.handshakelab.model.playback;

import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.TimerKind;

/** TEMPORARY placeholder for the contract. */
public record RunningTimer(Side side, TimerKind kind, long setAt, long expiresAt) {
}
