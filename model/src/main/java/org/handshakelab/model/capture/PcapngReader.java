package org.handshakelab.model.capture;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * pcapng files (draft-ietf-opsawg-pcapng): Section Header Blocks in either byte order, Interface
 * Description Blocks (link type, snaplen, if_tsresol, if_tsoffset), Enhanced and Simple Packet
 * Blocks; every other block type is skipped by its length without being read into memory.
 * A Simple Packet Block has no timestamp: it is given the time of the packet before it.
 */
final class PcapngReader implements PacketReader {
    static final int SHB = 0x0A0D0D0A;
    static final int IDB = 1;
    static final int SPB = 3;
    static final int EPB = 6;
    static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;

    private record Interface(int linkType, long snaplen, long unitsPerSecond, boolean binary, int exponent,
                             long offsetSeconds) {
    }

    private final CaptureInput in;
    private final CaptureLimits limits;
    private final List<Interface> interfaces = new ArrayList<>();
    private boolean big;
    private boolean inSection;
    private long count;
    private long lastNanos;

    PcapngReader(CaptureInput in, CaptureLimits limits) {
        this.in = in;
        this.limits = limits;
    }

    @Override
    public long position() {
        return in.position();
    }

    @Override
    public boolean next(RawPacket p) throws IOException, CaptureFormatException {
        while (true) {
            long blockOffset = in.position();
            int got = in.ensure(12);
            if (got == 0) {
                return false;
            }
            long number = count + 1;
            if (got < 8) {
                throw new CaptureFormatException(number, blockOffset, "truncated block header: " + got + " of 8 bytes");
            }
            byte[] b = in.buffer();
            int o = in.offset();
            int type = Bytes.i32(b, o, big);
            if (Bytes.be32(b, o) == SHB) {
                if (got < 12) {
                    throw new CaptureFormatException(number, blockOffset, "truncated section header block");
                }
                int bom = Bytes.be32(b, o + 8);
                if (bom == BYTE_ORDER_MAGIC) {
                    big = true;
                } else if (Integer.reverseBytes(bom) == BYTE_ORDER_MAGIC) {
                    big = false;
                } else {
                    throw new CaptureFormatException(number, blockOffset + 8,
                            String.format("bad byte-order magic 0x%08x in section header", bom));
                }
                type = SHB;
            } else if (!inSection) {
                throw new CaptureFormatException(0, blockOffset, "not a pcapng file: no section header block first");
            }
            long length = Bytes.u32(b, o + 4, big);
            if (length < 12 || length % 4 != 0) {
                throw new CaptureFormatException(number, blockOffset + 4, "block total length " + length
                        + " is not a multiple of 4 of at least 12");
            }
            boolean wanted = type == SHB || type == IDB || type == EPB || type == SPB;
            if (!wanted) {
                long skipped = in.skip(length);
                if (skipped < length) {
                    throw new CaptureFormatException(number, blockOffset + 4, "block of " + length
                            + " bytes runs past the end of the file (" + skipped + " bytes left)");
                }
                continue;
            }
            if (length > limits.maxBlockBytes()) {
                throw new CaptureFormatException(number, blockOffset + 4, "block total length " + length
                        + " exceeds the limit of " + limits.maxBlockBytes() + " bytes");
            }
            int len = (int) length;
            int have = in.ensure(len);
            if (have < len) {
                throw new CaptureFormatException(number, blockOffset + have, "truncated block: " + have + " of " + len
                        + " bytes");
            }
            b = in.buffer();
            o = in.offset();
            if (Bytes.u32(b, o + len - 4, big) != length) {
                throw new CaptureFormatException(number, blockOffset + len - 4, "trailing block length "
                        + Bytes.u32(b, o + len - 4, big) + " differs from the leading " + length);
            }
            boolean packet = switch (type) {
                case SHB -> {
                    section(b, o, len, blockOffset, number);
                    yield false;
                }
                case IDB -> {
                    interfaceBlock(b, o, len, blockOffset, number);
                    yield false;
                }
                case EPB -> enhanced(p, b, o, len, blockOffset, number);
                default -> simple(p, b, o, len, blockOffset, number);
            };
            in.advance(len);
            if (packet) {
                count = number;
                return true;
            }
        }
    }

    private void section(byte[] b, int o, int len, long at, long number) throws CaptureFormatException {
        if (len < 28) {
            throw new CaptureFormatException(number, at + 4, "section header block of " + len + " bytes is below 28");
        }
        int major = Bytes.u16(b, o + 12, big);
        if (major != 1) {
            throw new CaptureFormatException(number, at + 12, "unsupported pcapng major version " + major);
        }
        inSection = true;
        interfaces.clear();
    }

    private void interfaceBlock(byte[] b, int o, int len, long at, long number) throws CaptureFormatException {
        if (len < 20) {
            throw new CaptureFormatException(number, at + 4, "interface description block of " + len + " bytes is below 20");
        }
        int linkType = Bytes.u16(b, o + 8, big);
        long snaplen = Bytes.u32(b, o + 12, big);
        boolean binary = false;
        int exponent = 6;
        long offsetSeconds = 0;
        int i = o + 16;
        int end = o + len - 4;
        while (i + 4 <= end) {
            int code = Bytes.u16(b, i, big);
            int optLen = Bytes.u16(b, i + 2, big);
            if (code == 0) {
                break;
            }
            if (i + 4 + optLen > end) {
                throw new CaptureFormatException(number, at + (i - o) + 2, "option length " + optLen
                        + " runs past the end of its block");
            }
            if (code == 9 && optLen >= 1) {
                int v = b[i + 4] & 0xFF;
                binary = (v & 0x80) != 0;
                exponent = v & 0x7F;
                if ((binary && exponent > 62) || (!binary && exponent > 18)) {
                    throw new CaptureFormatException(number, at + (i - o) + 4, "if_tsresol " + v + " out of range");
                }
            } else if (code == 14 && optLen >= 8) {
                // a signed 64-bit number of seconds, in the section's byte order
                long first = Bytes.u32(b, i + 4, big);
                long second = Bytes.u32(b, i + 8, big);
                offsetSeconds = big ? (first << 32) | second : (second << 32) | first;
            }
            i += 4 + ((optLen + 3) & ~3);
        }
        long units = binary ? 1L << exponent : pow10(exponent);
        interfaces.add(new Interface(linkType, snaplen, units, binary, exponent, offsetSeconds));
    }

    private Interface interfaceOf(long id, long at, long number) throws CaptureFormatException {
        if (id >= interfaces.size()) {
            throw new CaptureFormatException(number, at, "packet refers to interface " + id + " but only "
                    + interfaces.size() + " are described");
        }
        return interfaces.get((int) id);
    }

    private boolean enhanced(RawPacket p, byte[] b, int o, int len, long at, long number) throws CaptureFormatException {
        if (len < 32) {
            throw new CaptureFormatException(number, at + 4, "enhanced packet block of " + len + " bytes is below 32");
        }
        Interface itf = interfaceOf(Bytes.u32(b, o + 8, big), at + 8, number);
        long units = (Bytes.u32(b, o + 12, big) << 32) | Bytes.u32(b, o + 16, big);
        long captured = Bytes.u32(b, o + 20, big);
        if (captured > limits.maxPacketBytes() || captured > len - 32) {
            throw new CaptureFormatException(number, at + 20, "captured length " + captured + " exceeds "
                    + (captured > limits.maxPacketBytes() ? "the limit of " + limits.maxPacketBytes() : "its block")
                    + " bytes");
        }
        fill(p, number, at, toNanos(units, itf), itf.linkType, b, o + 28, (int) captured, Bytes.u32(b, o + 24, big));
        return true;
    }

    private boolean simple(RawPacket p, byte[] b, int o, int len, long at, long number) throws CaptureFormatException {
        if (len < 16) {
            throw new CaptureFormatException(number, at + 4, "simple packet block of " + len + " bytes is below 16");
        }
        Interface itf = interfaceOf(0, at, number);
        long original = Bytes.u32(b, o + 8, big);
        long captured = Math.min(original, len - 16L);
        if (itf.snaplen > 0) {
            captured = Math.min(captured, itf.snaplen);
        }
        if (captured > limits.maxPacketBytes()) {
            throw new CaptureFormatException(number, at + 8, "packet length " + captured + " exceeds the limit of "
                    + limits.maxPacketBytes() + " bytes");
        }
        fill(p, number, at, lastNanos, itf.linkType, b, o + 12, (int) captured, original);
        return true;
    }

    private void fill(RawPacket p, long number, long at, long nanos, int linkType, byte[] b, int offset, int captured,
                      long original) {
        lastNanos = nanos;
        p.number = number;
        p.fileOffset = at;
        p.epochNanos = nanos;
        p.linkType = linkType;
        p.data = b;
        p.offset = offset;
        p.capturedLength = captured;
        p.originalLength = (int) Math.min(original, Integer.MAX_VALUE);
    }

    /** Timestamp units to nanoseconds since 1970, saturating instead of overflowing. */
    private static long toNanos(long units, Interface itf) {
        long whole;
        long fraction;
        if (itf.binary) {
            whole = units >>> itf.exponent;
            long rest = units & ((1L << itf.exponent) - 1);
            // rest / 2^e seconds in nanoseconds; pre-shift so rest * 1e9 cannot overflow (2^33 * 1e9 < 2^63)
            int e = itf.exponent;
            long r = e > 33 ? rest >>> (e - 33) : rest;
            fraction = (r * 1_000_000_000L) >>> Math.min(e, 33);
        } else {
            whole = Long.divideUnsigned(units, itf.unitsPerSecond);
            long rest = Long.remainderUnsigned(units, itf.unitsPerSecond);
            fraction = itf.exponent <= 9 ? rest * pow10(9 - itf.exponent) : rest / pow10(itf.exponent - 9);
        }
        whole += itf.offsetSeconds;
        if (whole < 0 || whole > Long.MAX_VALUE / 1_000_000_000L - 1) {
            return Long.MAX_VALUE;
        }
        return whole * 1_000_000_000L + fraction;
    }

    private static long pow10(int n) {
        long v = 1;
        for (int i = 0; i < n; i++) {
            v *= 10;
        }
        return v;
    }
}
