package org.handshakelab.model.capture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.wire.PacketCodec;
import org.handshakelab.model.wire.PacketOptions;

/**
 * Builds capture files for tests: frames for every supported link type around real IP packets,
 * written as classic pcap (via {@link PcapFileWriter}) or as pcapng (by the small writer below).
 */
final class TestCaptures {
    private TestCaptures() {
    }

    /** A frame to write: capture time and the bytes of the link-layer frame. */
    record Frame(long epochNanos, byte[] bytes) {
    }

    enum Format { PCAP_LE_MICRO, PCAP_BE_NANO, PCAPNG_LE, PCAPNG_BE }

    static byte[] ip(Segment s, String src, String dst) {
        return PacketCodec.encode(s, src, dst, PacketOptions.DEFAULTS);
    }

    /** Wraps an IP packet in the link-layer header of {@code linkType}; for Ethernet adds {@code vlanTags} tags. */
    static byte[] frame(int linkType, byte[] ip, int vlanTags) {
        boolean v6 = (ip[0] & 0xF0) == 0x60;
        int ethertype = v6 ? 0x86DD : 0x0800;
        ByteBuffer b;
        switch (linkType) {
            case LinkType.ETHERNET -> {
                b = ByteBuffer.allocate(14 + 4 * vlanTags + ip.length);
                b.put(new byte[] {2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1});
                for (int i = 0; i < vlanTags; i++) {
                    b.putShort((short) (i == 0 && vlanTags > 1 ? 0x88A8 : 0x8100)).putShort((short) (100 + i));
                }
                b.putShort((short) ethertype);
            }
            case LinkType.LINUX_SLL -> {
                b = ByteBuffer.allocate(16 + ip.length);
                b.putShort((short) 0).putShort((short) 1).putShort((short) 6)
                        .put(new byte[] {2, 0, 0, 0, 0, 1, 0, 0}).putShort((short) ethertype);
            }
            case LinkType.LINUX_SLL2 -> {
                b = ByteBuffer.allocate(20 + ip.length);
                b.putShort((short) ethertype).putShort((short) 0).putInt(2).putShort((short) 1).put((byte) 0)
                        .put((byte) 6).put(new byte[] {2, 0, 0, 0, 0, 1, 0, 0});
            }
            case LinkType.NULL -> {
                // host byte order of the capturing machine: little-endian here; macOS AF_INET6 = 30
                b = ByteBuffer.allocate(4 + ip.length);
                b.order(ByteOrder.LITTLE_ENDIAN).putInt(v6 ? 30 : 2).order(ByteOrder.BIG_ENDIAN);
            }
            case LinkType.LOOP -> {
                b = ByteBuffer.allocate(4 + ip.length);
                b.putInt(v6 ? 24 : 2);
            }
            default -> b = ByteBuffer.allocate(ip.length);
        }
        return b.put(ip).array();
    }

    static byte[] write(Format format, int linkType, List<Frame> frames) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case PCAP_LE_MICRO, PCAP_BE_NANO -> {
                boolean nano = format == Format.PCAP_BE_NANO;
                PcapFileWriter w = new PcapFileWriter(out, linkType, nano,
                        nano ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN, 65535);
                for (Frame f : frames) {
                    w.write(f.epochNanos(), f.bytes());
                }
            }
            default -> {
                ByteOrder order = format == Format.PCAPNG_BE ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
                Pcapng ng = new Pcapng(out, order);
                ng.section();
                ng.block(0x0BAD, new byte[] {1, 2, 3, 4, 5, 6, 7, 8}); // unknown block: must be skipped
                ng.interfaceBlock(LinkType.ETHERNET == linkType ? LinkType.RAW : LinkType.ETHERNET, 9, 0); // unused iface 0
                ng.interfaceBlock(linkType, 9, 0); // interface 1, nanoseconds
                for (Frame f : frames) {
                    ng.enhanced(1, f.epochNanos(), f.bytes());
                }
            }
        }
        return out.toByteArray();
    }

    /** A minimal pcapng writer: SHB, IDB (with if_tsresol), EPB, SPB and arbitrary blocks. */
    static final class Pcapng {
        private final ByteArrayOutputStream out;
        private final ByteOrder order;

        Pcapng(ByteArrayOutputStream out, ByteOrder order) {
            this.out = out;
            this.order = order;
        }

        void section() {
            ByteBuffer body = ByteBuffer.allocate(16).order(order);
            body.putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0).putLong(-1);
            block(0x0A0D0D0A, body.array());
        }

        /** @param tsresol the if_tsresol byte (6 = microseconds, 9 = nanoseconds, 0x80|n = 2^-n) */
        void interfaceBlock(int linkType, int tsresol, int snaplen) {
            ByteBuffer body = ByteBuffer.allocate(8 + 8 + 4).order(order);
            body.putShort((short) linkType).putShort((short) 0).putInt(snaplen);
            body.putShort((short) 9).putShort((short) 1).put((byte) tsresol).put(new byte[3]);
            body.putShort((short) 0).putShort((short) 0);
            block(1, body.array());
        }

        void enhanced(int iface, long units, byte[] data) {
            ByteBuffer body = ByteBuffer.allocate(20 + pad(data.length)).order(order);
            body.putInt(iface).putInt((int) (units >>> 32)).putInt((int) units).putInt(data.length).putInt(data.length)
                    .put(data);
            block(6, body.array());
        }

        void simple(byte[] data) {
            ByteBuffer body = ByteBuffer.allocate(4 + pad(data.length)).order(order);
            body.putInt(data.length).put(data);
            block(3, body.array());
        }

        void block(int type, byte[] body) {
            int length = 12 + body.length;
            ByteBuffer b = ByteBuffer.allocate(length).order(order);
            b.putInt(type).putInt(length).put(body).putInt(length);
            out.writeBytes(b.array());
        }

        private static int pad(int n) {
            return (n + 3) & ~3;
        }
    }

    /** Handshake, data both ways, client-first close (11 segments), as IP packets. */
    static List<Segment> normalConnection(int cPort, int sPort) {
        int c = 1000;
        int s = 5000;
        List<Segment> l = new ArrayList<>();
        l.add(Segment.control(cPort, sPort, c, 0, Flags.SYN, 65535));
        l.add(Segment.control(sPort, cPort, s, c + 1, Flags.SYN | Flags.ACK, 65535));
        l.add(Segment.control(cPort, sPort, c + 1, s + 1, Flags.ACK, 65535));
        l.add(new Segment(cPort, sPort, c + 1, s + 1, Flags.PSH | Flags.ACK, 65535, "ping".getBytes()));
        l.add(new Segment(sPort, cPort, s + 1, c + 5, Flags.PSH | Flags.ACK, 65535, "pong!".getBytes()));
        l.add(Segment.control(cPort, sPort, c + 5, s + 6, Flags.ACK, 65535));
        l.add(Segment.control(cPort, sPort, c + 5, s + 6, Flags.FIN | Flags.ACK, 65535));
        l.add(Segment.control(sPort, cPort, s + 6, c + 6, Flags.ACK, 65535));
        l.add(Segment.control(sPort, cPort, s + 6, c + 6, Flags.FIN | Flags.ACK, 65535));
        l.add(Segment.control(cPort, sPort, c + 6, s + 7, Flags.ACK, 65535));
        return l;
    }

    /** Frames of the given segments; those with srcPort == clientPort go client to server. */
    static List<Frame> frames(List<Segment> segments, int linkType, String client, String server, int clientPort,
                              long startNanos, long stepNanos) {
        List<Frame> frames = new ArrayList<>();
        long t = startNanos;
        for (Segment s : segments) {
            boolean fromClient = s.srcPort() == clientPort;
            frames.add(new Frame(t, frame(linkType, ip(s, fromClient ? client : server, fromClient ? server : client), 0)));
            t += stepNanos;
        }
        return frames;
    }
}
