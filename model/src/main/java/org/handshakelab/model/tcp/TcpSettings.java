package org.handshakelab.model.tcp;

/**
 * One endpoint's TCP settings, with defaults from the sources cited on each component.
 *
 * @param mslMillis         Maximum Segment Lifetime. RFC 9293 §3.4.2 keeps RFC 793's 2 minutes, so
 *                          TIME-WAIT (2 x MSL) lasts 240 s by default; Linux's fixed TIME-WAIT is
 *                          60 s (TCP_TIMEWAIT_LEN), i.e. MSL 30 s. May be 0 to show the hazard.
 * @param initialRtoMillis  initial retransmission timeout: 1 s (RFC 6298 §2.1; Linux starts at 1 s too)
 * @param maxRtoMillis      upper bound on the backed-off RTO: 60 s (RFC 6298 §2.5 allows a maximum of at least 60 s)
 * @param maxRetries        retransmissions of one segment before giving up with "connection timed out":
 *                          6, Linux's net.ipv4.tcp_syn_retries default (RFC 9293 §3.8.3, R2)
 * @param receiveWindow     the receive window advertised, in bytes: 65535 (largest without window scaling, RFC 7323)
 * @param mss               the largest payload put in one segment: 536, the default send MSS (RFC 9293 §3.7.1)
 * @param delayedAck        delay ACKs (RFC 9293 §3.8.6.3, RFC 1122 §4.2.3.2); off by default so every
 *                          ACK is visible; on, it lets a FIN ride with an ACK (the three-segment close)
 * @param delayedAckMillis  how long an ACK may be delayed: 200 ms (RFC 1122 §4.2.3.2 requires under 500 ms)
 * @param rfc1337           ignore RST in TIME-WAIT (RFC 1337); off by default, like Linux's net.ipv4.tcp_rfc1337 = 0
 */
public record TcpSettings(
        long mslMillis,
        long initialRtoMillis,
        long maxRtoMillis,
        int maxRetries,
        int receiveWindow,
        int mss,
        boolean delayedAck,
        long delayedAckMillis,
        boolean rfc1337) {

    public static final TcpSettings DEFAULTS =
            new TcpSettings(120_000, 1_000, 60_000, 6, 65_535, 536, false, 200, false);

    public TcpSettings {
        if (mslMillis < 0 || initialRtoMillis <= 0 || maxRtoMillis < initialRtoMillis || maxRetries < 0
                || receiveWindow < 0 || receiveWindow > 65_535 || mss <= 0 || delayedAckMillis < 0) {
            throw new IllegalArgumentException("invalid TCP settings: " + this);
        }
    }

    /** The TIME-WAIT length, 2 x MSL (RFC 9293 §3.10.8). */
    public long timeWaitMillis() {
        return 2 * mslMillis;
    }

    public TcpSettings withMslMillis(long v) {
        return new TcpSettings(v, initialRtoMillis, maxRtoMillis, maxRetries, receiveWindow, mss, delayedAck, delayedAckMillis, rfc1337);
    }

    public TcpSettings withInitialRtoMillis(long v) {
        return new TcpSettings(mslMillis, v, Math.max(v, maxRtoMillis), maxRetries, receiveWindow, mss, delayedAck, delayedAckMillis, rfc1337);
    }

    public TcpSettings withMaxRetries(int v) {
        return new TcpSettings(mslMillis, initialRtoMillis, maxRtoMillis, v, receiveWindow, mss, delayedAck, delayedAckMillis, rfc1337);
    }

    public TcpSettings withReceiveWindow(int v) {
        return new TcpSettings(mslMillis, initialRtoMillis, maxRtoMillis, maxRetries, v, mss, delayedAck, delayedAckMillis, rfc1337);
    }

    public TcpSettings withMss(int v) {
        return new TcpSettings(mslMillis, initialRtoMillis, maxRtoMillis, maxRetries, receiveWindow, v, delayedAck, delayedAckMillis, rfc1337);
    }

    public TcpSettings withDelayedAck(boolean v) {
        return new TcpSettings(mslMillis, initialRtoMillis, maxRtoMillis, maxRetries, receiveWindow, mss, v, delayedAckMillis, rfc1337);
    }

    public TcpSettings withRfc1337(boolean v) {
        return new TcpSettings(mslMillis, initialRtoMillis, maxRtoMillis, maxRetries, receiveWindow, mss, delayedAck, delayedAckMillis, v);
    }
}
