package org.handshakelab.model.tcp;

import java.util.Arrays;

/**
 * One TCP segment as it crosses the network. Immutable: the payload array is copied in and never
 * handed out (use {@link #payloadCopy()} or {@link #payloadByte(int)}), so a segment can be shared
 * between the simulation thread and the JavaFX thread.
 *
 * @param seq    sequence number, modulo 2^32 (see {@link Seq})
 * @param ack    acknowledgment number; meaningful only when {@link Flags#ACK} is set
 * @param flags  control bits as a {@link Flags} mask
 * @param window the receive window advertised by the sender
 */
public record Segment(int srcPort, int dstPort, int seq, int ack, int flags, int window, byte[] payload) {

    private static final byte[] EMPTY = new byte[0];

    public Segment {
        payload = payload == null || payload.length == 0 ? EMPTY : payload.clone();
    }

    /** A segment without payload. */
    public static Segment control(int srcPort, int dstPort, int seq, int ack, int flags, int window) {
        return new Segment(srcPort, dstPort, seq, ack, flags, window, EMPTY);
    }

    public boolean has(int flag) {
        return Flags.has(flags, flag);
    }

    /** Bytes of data carried. */
    public int dataLength() {
        return payload.length;
    }

    /** SEG.LEN of RFC 9293 §3.4: data octets plus one each for SYN and FIN. */
    public int len() {
        return payload.length + (has(Flags.SYN) ? 1 : 0) + (has(Flags.FIN) ? 1 : 0);
    }

    public byte payloadByte(int index) {
        return payload[index];
    }

    public byte[] payloadCopy() {
        return payload.clone();
    }

    /** Copies {@code length} payload bytes from {@code from} into {@code dest} at {@code destPos}. */
    public void copyPayload(int from, byte[] dest, int destPos, int length) {
        System.arraycopy(payload, from, dest, destPos, length);
    }

    /** A copy of payload bytes {@code from} (inclusive) to {@code to} (exclusive). */
    public byte[] payloadCopy(int from, int to) {
        return Arrays.copyOfRange(payload, from, to);
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Segment s && srcPort == s.srcPort && dstPort == s.dstPort && seq == s.seq
                && ack == s.ack && flags == s.flags && window == s.window && Arrays.equals(payload, s.payload);
    }

    @Override
    public int hashCode() {
        return ((((srcPort * 31 + dstPort) * 31 + seq) * 31 + ack) * 31 + flags) * 31 + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return Flags.label(flags) + " " + srcPort + "->" + dstPort + " seq=" + Seq.unsigned(seq)
                + (has(Flags.ACK) ? " ack=" + Seq.unsigned(ack) : "") + " win=" + window + " len=" + payload.length;
    }
}
