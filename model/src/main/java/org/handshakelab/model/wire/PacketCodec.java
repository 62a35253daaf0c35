package org.handshakelab.model.wire;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;

/**
 * Encodes a {@link Segment} with its addresses into the bytes of a real IPv4 (RFC 791) or IPv6
 * (RFC 8200) packet carrying a TCP header (RFC 9293 §3.1), checksums included, and decodes such
 * bytes back. Both address families must match. Byte offsets are counted from the start of the
 * IP header.
 */
public final class PacketCodec {
    public static final int IPV4_HEADER = 20;
    public static final int IPV6_HEADER = 40;
    public static final int TCP_HEADER = 20;
    static final int PROTOCOL_TCP = 6;

    private PacketCodec() {
    }

    /** Encodes with {@link PacketOptions#DEFAULTS}; the addresses are IP literals (never resolved). */
    public static byte[] encode(Segment segment, String source, String destination) {
        return encode(segment, IpLiteral.parse(source), IpLiteral.parse(destination), PacketOptions.DEFAULTS);
    }

    /** Encodes with the given header values; the addresses are IP literals (never resolved). */
    public static byte[] encode(Segment segment, String source, String destination, PacketOptions options) {
        return encode(segment, IpLiteral.parse(source), IpLiteral.parse(destination), options);
    }

    public static byte[] encode(Segment segment, InetAddress source, InetAddress destination) {
        return encode(segment, source, destination, PacketOptions.DEFAULTS);
    }

    /**
     * @throws IllegalArgumentException if the addresses are of different families or the packet
     *                                  would exceed 65535 bytes of IP payload
     */
    public static byte[] encode(Segment segment, InetAddress source, InetAddress destination, PacketOptions options) {
        boolean v4 = source instanceof Inet4Address;
        if (v4 != (destination instanceof Inet4Address)) {
            throw new IllegalArgumentException("source and destination must both be IPv4 or both IPv6");
        }
        int ipHeader = v4 ? IPV4_HEADER + options.ipOptionsLength() : IPV6_HEADER;
        int tcpHeader = TCP_HEADER + options.tcpOptionsLength();
        int tcpLength = tcpHeader + segment.dataLength();
        if ((v4 ? ipHeader + tcpLength : tcpLength) > 0xFFFF) {
            throw new IllegalArgumentException("packet too large: " + (ipHeader + tcpLength) + " bytes");
        }
        byte[] out = new byte[ipHeader + tcpLength];
        byte[] src = source.getAddress();
        byte[] dst = destination.getAddress();
        if (v4) {
            out[0] = (byte) (0x40 | (ipHeader / 4));
            out[1] = (byte) options.trafficClass();
            put16(out, 2, ipHeader + tcpLength);
            put16(out, 4, options.identification());
            out[6] = (byte) (options.dontFragment() ? 0x40 : 0);
            out[8] = (byte) options.ttl();
            out[9] = PROTOCOL_TCP;
            System.arraycopy(src, 0, out, 12, 4);
            System.arraycopy(dst, 0, out, 16, 4);
            System.arraycopy(options.ipOptionsRef(), 0, out, 20, options.ipOptionsLength());
            put16(out, 10, Checksum.of(out, 0, ipHeader));
        } else {
            int tc = options.trafficClass();
            out[0] = (byte) (0x60 | (tc >>> 4));
            out[1] = (byte) (((tc & 0x0F) << 4) | (options.flowLabel() >>> 16));
            put16(out, 2, options.flowLabel() & 0xFFFF);
            put16(out, 4, tcpLength);
            out[6] = PROTOCOL_TCP;
            out[7] = (byte) options.ttl();
            System.arraycopy(src, 0, out, 8, 16);
            System.arraycopy(dst, 0, out, 24, 16);
        }
        int t = ipHeader;
        put16(out, t, segment.srcPort());
        put16(out, t + 2, segment.dstPort());
        put32(out, t + 4, segment.seq());
        put32(out, t + 8, segment.ack());
        int flags = segment.flags() & 0xFFF;
        out[t + 12] = (byte) (((tcpHeader / 4) << 4) | (flags >>> 8));
        out[t + 13] = (byte) flags;
        put16(out, t + 14, segment.window() & 0xFFFF);
        put16(out, t + 18, options.urgentPointer());
        System.arraycopy(options.tcpOptionsRef(), 0, out, t + TCP_HEADER, options.tcpOptionsLength());
        for (int i = 0; i < segment.dataLength(); i++) {
            out[t + tcpHeader + i] = segment.payloadByte(i);
        }
        put16(out, t + 16, tcpChecksum(out, v4, src, dst, t, tcpLength));
        return out;
    }

    /**
     * The TCP checksum over the pseudo-header (RFC 9293 §3.1: source, destination, zero, protocol,
     * TCP length; RFC 8200 §8.1: source, destination, upper-layer length, three zero bytes, next
     * header) and the TCP segment, computed with the checksum field counted as zero.
     */
    static int tcpChecksum(byte[] packet, boolean v4, byte[] src, byte[] dst, int tcpOffset, int tcpLength) {
        long sum = Checksum.add(0, src, 0, src.length);
        sum = Checksum.add(sum, dst, 0, dst.length);
        sum += PROTOCOL_TCP;
        sum += v4 ? tcpLength : (tcpLength & 0xFFFF) + (tcpLength >>> 16);
        sum = Checksum.add(sum, packet, tcpOffset, 16);
        sum = Checksum.add(sum, packet, tcpOffset + 18, tcpLength - 18);
        return Checksum.finish(sum);
    }

    /** Decodes and verifies both checksums. */
    public static DecodedPacket decode(byte[] packet) throws WireFormatException {
        return decode(packet, true);
    }

    /**
     * Decodes an IP packet that carries TCP (no IPv6 extension headers, no fragments). Bytes after
     * the IP total/payload length (link-layer padding) are ignored.
     *
     * @param verifyChecksums false to accept wrong checksums (captures taken on the sending host
     *                        often show unfinished checksums because of checksum offload)
     * @throws WireFormatException naming the offending field and its byte offset
     */
    public static DecodedPacket decode(byte[] p, boolean verifyChecksums) throws WireFormatException {
        if (p.length < 1) {
            throw new WireFormatException(0, "empty packet");
        }
        int version = (p[0] & 0xF0) >>> 4;
        List<WireField> fields = new ArrayList<>(24);
        int ipHeader;
        int tcpLength;
        byte[] src;
        byte[] dst;
        int identification = 0;
        boolean df = false;
        int ttl;
        int tc;
        int flow = 0;
        int ipChecksum = 0;
        byte[] ipOptions = new byte[0];
        if (version == 4) {
            if (p.length < IPV4_HEADER) {
                throw new WireFormatException(p.length, "truncated IPv4 header: " + p.length + " of 20 bytes");
            }
            ipHeader = (p[0] & 0x0F) * 4;
            if (ipHeader < IPV4_HEADER) {
                throw new WireFormatException(0, "IPv4 header length " + ipHeader + " is below 20");
            }
            int total = get16(p, 2);
            if (total < ipHeader + TCP_HEADER || total > p.length) {
                throw new WireFormatException(2, "IPv4 total length " + total + " does not fit header "
                        + ipHeader + " + TCP 20 within " + p.length + " bytes");
            }
            int fragment = get16(p, 6);
            if ((fragment & 0x3FFF) != 0) {
                throw new WireFormatException(6, "fragmented IPv4 packet (MF or fragment offset set)");
            }
            if (p[9] != PROTOCOL_TCP) {
                throw new WireFormatException(9, "IPv4 protocol " + (p[9] & 0xFF) + " is not TCP (6)");
            }
            identification = get16(p, 4);
            df = (fragment & 0x4000) != 0;
            ttl = p[8] & 0xFF;
            tc = p[1] & 0xFF;
            ipChecksum = get16(p, 10);
            if (verifyChecksums) {
                int expected = checksumWithFieldZero(p, 0, ipHeader, 10);
                if (expected != ipChecksum) {
                    throw new WireFormatException(10, String.format("IPv4 header checksum 0x%04x, expected 0x%04x",
                            ipChecksum, expected));
                }
            }
            src = slice(p, 12, 4);
            dst = slice(p, 16, 4);
            ipOptions = slice(p, 20, ipHeader - 20);
            tcpLength = total - ipHeader;
            fields.add(new WireField("IPv4", "Version", 0, 1, "4"));
            fields.add(new WireField("IPv4", "IHL", 0, 1, ipHeader / 4 + " (" + ipHeader + " bytes)"));
            fields.add(new WireField("IPv4", "DSCP/ECN", 1, 1, hex2(tc)));
            fields.add(new WireField("IPv4", "Total Length", 2, 2, String.valueOf(total)));
            fields.add(new WireField("IPv4", "Identification", 4, 2, hexDec(identification, 4)));
            fields.add(new WireField("IPv4", "Flags/Fragment Offset", 6, 2, df ? "DF" : "none"));
            fields.add(new WireField("IPv4", "Time to Live", 8, 1, String.valueOf(ttl)));
            fields.add(new WireField("IPv4", "Protocol", 9, 1, "6 (TCP)"));
            fields.add(new WireField("IPv4", "Header Checksum", 10, 2, hexDec(ipChecksum, 4).split(" ")[0]));
            fields.add(new WireField("IPv4", "Source Address", 12, 4, address(src)));
            fields.add(new WireField("IPv4", "Destination Address", 16, 4, address(dst)));
            if (ipHeader > 20) {
                fields.add(new WireField("IPv4", "Options", 20, ipHeader - 20, (ipHeader - 20) + " bytes"));
            }
        } else if (version == 6) {
            if (p.length < IPV6_HEADER) {
                throw new WireFormatException(p.length, "truncated IPv6 header: " + p.length + " of 40 bytes");
            }
            ipHeader = IPV6_HEADER;
            tcpLength = get16(p, 4);
            if (tcpLength < TCP_HEADER || IPV6_HEADER + tcpLength > p.length) {
                throw new WireFormatException(4, "IPv6 payload length " + tcpLength + " does not fit TCP 20 within "
                        + (p.length - IPV6_HEADER) + " bytes");
            }
            if (p[6] != PROTOCOL_TCP) {
                throw new WireFormatException(6, "IPv6 next header " + (p[6] & 0xFF) + " is not TCP (6)");
            }
            tc = ((p[0] & 0x0F) << 4) | ((p[1] & 0xF0) >>> 4);
            flow = ((p[1] & 0x0F) << 16) | get16(p, 2);
            ttl = p[7] & 0xFF;
            src = slice(p, 8, 16);
            dst = slice(p, 24, 16);
            fields.add(new WireField("IPv6", "Version", 0, 1, "6"));
            fields.add(new WireField("IPv6", "Traffic Class", 0, 2, hex2(tc)));
            fields.add(new WireField("IPv6", "Flow Label", 1, 3, hexDec(flow, 5)));
            fields.add(new WireField("IPv6", "Payload Length", 4, 2, String.valueOf(tcpLength)));
            fields.add(new WireField("IPv6", "Next Header", 6, 1, "6 (TCP)"));
            fields.add(new WireField("IPv6", "Hop Limit", 7, 1, String.valueOf(ttl)));
            fields.add(new WireField("IPv6", "Source Address", 8, 16, address(src)));
            fields.add(new WireField("IPv6", "Destination Address", 24, 16, address(dst)));
        } else {
            throw new WireFormatException(0, "IP version " + version + " is neither 4 nor 6");
        }
        int t = ipHeader;
        int dataOffset = ((p[t + 12] & 0xF0) >>> 4) * 4;
        if (dataOffset < TCP_HEADER || dataOffset > tcpLength) {
            throw new WireFormatException(t + 12, "TCP data offset " + dataOffset + " bytes outside 20.."
                    + Math.min(60, tcpLength));
        }
        int tcpChecksum = get16(p, t + 16);
        if (verifyChecksums) {
            int expected = tcpChecksum(p, version == 4, src, dst, t, tcpLength);
            if (expected != tcpChecksum) {
                throw new WireFormatException(t + 16, String.format("TCP checksum 0x%04x, expected 0x%04x",
                        tcpChecksum, expected));
            }
        }
        int flags = get16(p, t + 12) & 0x0FFF;
        int srcPort = get16(p, t);
        int dstPort = get16(p, t + 2);
        int seq = get32(p, t + 4);
        int ack = get32(p, t + 8);
        int window = get16(p, t + 14);
        int urgent = get16(p, t + 18);
        byte[] payload = slice(p, t + dataOffset, tcpLength - dataOffset);
        fields.add(new WireField("TCP", "Source Port", t, 2, String.valueOf(srcPort)));
        fields.add(new WireField("TCP", "Destination Port", t + 2, 2, String.valueOf(dstPort)));
        fields.add(new WireField("TCP", "Sequence Number", t + 4, 4, Long.toString(Integer.toUnsignedLong(seq))));
        fields.add(new WireField("TCP", "Acknowledgment Number", t + 8, 4, Long.toString(Integer.toUnsignedLong(ack))));
        fields.add(new WireField("TCP", "Data Offset", t + 12, 1, dataOffset / 4 + " (" + dataOffset + " bytes)"));
        fields.add(new WireField("TCP", "Control Bits", t + 12, 2, Flags.label(flags)));
        fields.add(new WireField("TCP", "Window", t + 14, 2, String.valueOf(window)));
        fields.add(new WireField("TCP", "Checksum", t + 16, 2, hexDec(tcpChecksum, 4).split(" ")[0]));
        fields.add(new WireField("TCP", "Urgent Pointer", t + 18, 2, String.valueOf(urgent)));
        if (dataOffset > TCP_HEADER) {
            fields.add(new WireField("TCP", "Options", t + 20, dataOffset - 20, (dataOffset - 20) + " bytes"));
        }
        if (payload.length > 0) {
            fields.add(new WireField("Payload", "Data", t + dataOffset, payload.length, payload.length + " bytes"));
        }
        InetAddress source;
        InetAddress destination;
        try {
            source = InetAddress.getByAddress(src);
            destination = InetAddress.getByAddress(dst);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("address of length 4 or 16 refused", e);
        }
        if (version == 6 && !(source instanceof Inet6Address)) {
            // The JDK turns IPv4-mapped IPv6 addresses into IPv4 ones; keep the packet's family.
            source = v6(src);
            destination = v6(dst);
        } else if (version == 6 && !(destination instanceof Inet6Address)) {
            destination = v6(dst);
        }
        PacketOptions options = new PacketOptions(identification, df, ttl, tc, flow, ipOptions,
                slice(p, t + 20, dataOffset - 20), urgent);
        Segment segment = new Segment(srcPort, dstPort, seq, ack, flags, window, payload);
        return new DecodedPacket(version, source, destination, segment, options, ipChecksum, tcpChecksum, fields);
    }

    private static InetAddress v6(byte[] a) {
        try {
            return Inet6Address.getByAddress(null, a, -1);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int checksumWithFieldZero(byte[] p, int offset, int length, int fieldOffset) {
        long sum = Checksum.add(0, p, offset, fieldOffset - offset);
        sum = Checksum.add(sum, p, fieldOffset + 2, offset + length - fieldOffset - 2);
        return Checksum.finish(sum);
    }

    static String address(byte[] a) {
        try {
            return a.length == 16 ? IpLiteral.format(Inet6Address.getByAddress(null, a, -1))
                    : InetAddress.getByAddress(a).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex2(int v) {
        return String.format("0x%02x", v);
    }

    private static String hexDec(int v, int digits) {
        return String.format("0x%0" + digits + "x (%d)", v, v);
    }

    private static byte[] slice(byte[] p, int offset, int length) {
        byte[] out = new byte[length];
        System.arraycopy(p, offset, out, 0, length);
        return out;
    }

    static void put16(byte[] b, int i, int v) {
        b[i] = (byte) (v >>> 8);
        b[i + 1] = (byte) v;
    }

    static void put32(byte[] b, int i, int v) {
        b[i] = (byte) (v >>> 24);
        b[i + 1] = (byte) (v >>> 16);
        b[i + 2] = (byte) (v >>> 8);
        b[i + 3] = (byte) v;
    }

    static int get16(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }

    static int get32(byte[] b, int i) {
        return ((b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
    }
}
