package org.handshakelab.model.capture;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Writes a classic libpcap file (https://www.tcpdump.org/manpages/pcap-savefile.5.html): a 24-byte
 * global header (magic 0xa1b2c3d4 for microseconds or 0xa1b23c4d for nanoseconds, version 2.4,
 * snaplen, link type) and one 16-byte record header per packet. Not thread-safe; does not close
 * the stream.
 */
public final class PcapFileWriter {
    public static final int MAGIC_MICROS = 0xa1b2c3d4;
    public static final int MAGIC_NANOS = 0xa1b23c4d;

    private final OutputStream out;
    private final boolean nanos;
    private final ByteBuffer header;

    /**
     * @param order the byte order of every header field (both are valid; readers detect it from the magic)
     */
    public PcapFileWriter(OutputStream out, int linkType, boolean nanos, ByteOrder order, int snaplen)
            throws IOException {
        this.out = out;
        this.nanos = nanos;
        this.header = ByteBuffer.allocate(24).order(order);
        header.putInt(nanos ? MAGIC_NANOS : MAGIC_MICROS).putShort((short) 2).putShort((short) 4)
                .putInt(0).putInt(0).putInt(snaplen).putInt(linkType);
        out.write(header.array(), 0, 24);
    }

    /** Microsecond, little-endian, snaplen 262144: what tcpdump writes on a PC. */
    public PcapFileWriter(OutputStream out, int linkType) throws IOException {
        this(out, linkType, false, ByteOrder.LITTLE_ENDIAN, 262_144);
    }

    /** Appends one packet captured at {@code epochNanos} (nanoseconds since 1970). */
    public void write(long epochNanos, byte[] frame, int offset, int length) throws IOException {
        long seconds = Math.floorDiv(epochNanos, 1_000_000_000L);
        long fraction = Math.floorMod(epochNanos, 1_000_000_000L);
        header.clear();
        header.putInt((int) seconds).putInt((int) (nanos ? fraction : fraction / 1000)).putInt(length).putInt(length);
        out.write(header.array(), 0, 16);
        out.write(frame, offset, length);
    }

    public void write(long epochNanos, byte[] frame) throws IOException {
        write(epochNanos, frame, 0, frame.length);
    }
}
