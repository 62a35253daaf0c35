package org.handshakelab.model.capture;

import java.io.IOException;

/**
 * Classic libpcap files (pcap-savefile(5)): magic 0xa1b2c3d4 (microseconds) or 0xa1b23c4d
 * (nanoseconds) in either byte order, then 16-byte record headers. The link type is the low 16
 * bits of the header's LinkType field (the upper bits carry FCS information).
 */
final class PcapReader implements PacketReader {
    private final CaptureInput in;
    private final CaptureLimits limits;
    private final boolean big;
    private final boolean nanos;
    private final int linkType;
    private long count;

    PcapReader(CaptureInput in, CaptureLimits limits) throws IOException, CaptureFormatException {
        this.in = in;
        this.limits = limits;
        if (in.ensure(24) < 24) {
            throw new CaptureFormatException(0, in.position(), "truncated pcap file header: " + in.ensure(24) + " of 24 bytes");
        }
        byte[] b = in.buffer();
        int o = in.offset();
        int magicBig = Bytes.be32(b, o);
        int magicLittle = Bytes.i32(b, o, false);
        if (magicBig == PcapFileWriter.MAGIC_MICROS || magicBig == PcapFileWriter.MAGIC_NANOS) {
            big = true;
        } else if (magicLittle == PcapFileWriter.MAGIC_MICROS || magicLittle == PcapFileWriter.MAGIC_NANOS) {
            big = false;
        } else {
            throw new CaptureFormatException(0, 0, String.format("not a pcap file: magic 0x%08x", magicBig));
        }
        nanos = Bytes.i32(b, o, big) == PcapFileWriter.MAGIC_NANOS;
        int major = Bytes.u16(b, o + 4, big);
        if (major != 2) {
            throw new CaptureFormatException(0, 4, "unsupported pcap version " + major + " (expected 2)");
        }
        linkType = Bytes.i32(b, o + 20, big) & 0xFFFF;
        in.advance(24);
    }

    int linkType() {
        return linkType;
    }

    @Override
    public boolean next(RawPacket p) throws IOException, CaptureFormatException {
        long recordOffset = in.position();
        int got = in.ensure(16);
        if (got == 0) {
            return false;
        }
        long number = count + 1;
        if (got < 16) {
            throw new CaptureFormatException(number, recordOffset, "truncated record header: " + got + " of 16 bytes");
        }
        byte[] b = in.buffer();
        int o = in.offset();
        long seconds = Bytes.u32(b, o, big);
        long fraction = Bytes.u32(b, o + 4, big);
        long captured = Bytes.u32(b, o + 8, big);
        long original = Bytes.u32(b, o + 12, big);
        if (captured > limits.maxPacketBytes()) {
            throw new CaptureFormatException(number, recordOffset + 8, "captured length " + captured
                    + " exceeds the limit of " + limits.maxPacketBytes() + " bytes");
        }
        in.advance(16);
        int length = (int) captured;
        int have = in.ensure(length);
        if (have < length) {
            throw new CaptureFormatException(number, in.position() + have, "truncated packet data: "
                    + have + " of " + length + " bytes");
        }
        count = number;
        p.number = number;
        p.fileOffset = recordOffset;
        p.epochNanos = seconds * 1_000_000_000L + (nanos ? fraction : fraction * 1000);
        p.linkType = linkType;
        p.data = in.buffer();
        p.offset = in.offset();
        p.capturedLength = length;
        p.originalLength = (int) Math.min(original, Integer.MAX_VALUE);
        in.advance(length);
        return true;
    }

    @Override
    public long position() {
        return in.position();
    }
}
