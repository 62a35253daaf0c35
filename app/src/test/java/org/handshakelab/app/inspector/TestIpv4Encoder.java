package org.handshakelab.app.inspector;

import java.util.ArrayList;
import java.util.List;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;

/**
 * A minimal IPv4 + TCP encoder for the inspector's tests, written from RFC 791 §3.1 and RFC 9293
 * §3.1, with checksums from RFC 1071 computed byte by byte (a different route from
 * {@link ChecksumCheck}'s word sums). {@code corruptTcpChecksum} flips the TCP checksum so tests
 * can see "wrong".
 */
final class TestIpv4Encoder implements PacketEncoder {
    private final boolean corruptTcpChecksum;

    TestIpv4Encoder(boolean corruptTcpChecksum) {
        this.corruptTcpChecksum = corruptTcpChecksum;
    }

    @Override
    public EncodedPacket encode(Segment s, String source, String destination) {
        byte[] src = ipv4(source);
        byte[] dst = ipv4(destination);
        int total = 20 + 20 + s.dataLength();
        byte[] p = new byte[total];
        p[0] = 0x45;
        put16(p, 2, total);
        p[6] = 0x40; // don't fragment
        p[8] = 64;
        p[9] = 6;
        System.arraycopy(src, 0, p, 12, 4);
        System.arraycopy(dst, 0, p, 16, 4);
        put16(p, 10, checksum(p, 0, 20, 0));
        put16(p, 20, s.srcPort());
        put16(p, 22, s.dstPort());
        put32(p, 24, s.seq());
        put32(p, 28, s.ack());
        p[32] = 0x50;
        p[33] = (byte) s.flags();
        put16(p, 34, s.window());
        System.arraycopy(s.payloadCopy(), 0, p, 40, s.dataLength());
        long pseudo = sum16(src) + sum16(dst) + 6 + (20 + s.dataLength());
        int tcp = checksum(p, 20, total - 20, pseudo);
        put16(p, 36, corruptTcpChecksum ? tcp ^ 0x0101 : tcp);
        List<PacketField> f = new ArrayList<>();
        f.add(new PacketField("IPv4", "Version / IHL", 0, 1, "4 / 20 bytes"));
        f.add(new PacketField("IPv4", "Total Length", 2, 2, String.valueOf(total)));
        f.add(new PacketField("IPv4", "Header Checksum", 10, 2, String.format("0x%04x", u16(p, 10))));
        f.add(new PacketField("IPv4", "Source Address", 12, 4, source));
        f.add(new PacketField("IPv4", "Destination Address", 16, 4, destination));
        f.add(new PacketField("TCP", "Source Port", 20, 2, String.valueOf(s.srcPort())));
        f.add(new PacketField("TCP", "Destination Port", 22, 2, String.valueOf(s.dstPort())));
        f.add(new PacketField("TCP", "Sequence Number", 24, 4, Long.toUnsignedString(s.seq() & 0xFFFFFFFFL)));
        f.add(new PacketField("TCP", "Acknowledgment Number", 28, 4, Long.toUnsignedString(s.ack() & 0xFFFFFFFFL)));
        f.add(new PacketField("TCP", "Flags", 33, 1, Flags.label(s.flags())));
        f.add(new PacketField("TCP", "Window", 34, 2, String.valueOf(s.window())));
        f.add(new PacketField("TCP", "Checksum", 36, 2, String.format("0x%04x", u16(p, 36))));
        if (s.dataLength() > 0) {
            f.add(new PacketField("Payload", "Data", 40, s.dataLength(), s.dataLength() + " bytes"));
        }
        return new EncodedPacket(p, f);
    }

    private static byte[] ipv4(String text) {
        String[] parts = text.split("\\.");
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            b[i] = (byte) Integer.parseInt(parts[i]);
        }
        return b;
    }

    private static long sum16(byte[] b) {
        long sum = 0;
        for (int i = 0; i < b.length; i += 2) {
            sum += ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
        }
        return sum;
    }

    /** RFC 1071: add bytes alternately as high and low halves, fold, complement. */
    private static int checksum(byte[] p, int from, int length, long initial) {
        long sum = initial;
        for (int i = 0; i < length; i++) {
            sum += (i % 2 == 0) ? (p[from + i] & 0xFF) << 8 : p[from + i] & 0xFF;
        }
        while (sum > 0xFFFF) {
            sum = (sum & 0xFFFF) + (sum >> 16);
        }
        return (int) (~sum & 0xFFFF);
    }

    private static int u16(byte[] p, int at) {
        return ((p[at] & 0xFF) << 8) | (p[at + 1] & 0xFF);
    }

    private static void put16(byte[] p, int at, int v) {
        p[at] = (byte) (v >>> 8);
        p[at + 1] = (byte) v;
    }

    private static void put32(byte[] p, int at, int v) {
        put16(p, at, v >>> 16);
        put16(p, at + 2, v);
    }
}
