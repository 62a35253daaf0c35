package org.handshakelab.model.tcp;

/**
 * Where an endpoint gets an initial sequence number when the user call does not give one. Real
 * stacks use a clock plus a keyed hash (RFC 9293 §3.4.1, RFC 6528); the model takes fixed or seeded
 * numbers so that runs are repeatable.
 */
@FunctionalInterface
public interface IsnSource {

    /** The next ISN, 0 .. 2^32-1. */
    long nextIsn();

    /** Always the same number. */
    static IsnSource fixed(long isn) {
        return () -> isn;
    }
}
