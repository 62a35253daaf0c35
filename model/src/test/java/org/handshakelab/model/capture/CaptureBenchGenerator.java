package org.handshakelab.model.capture;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.wire.IpLiteral;
import org.handshakelab.model.wire.PacketCodec;
import org.handshakelab.model.wire.PacketOptions;

/**
 * Writes a large synthetic capture for scripts/bench-capture.sh (not a test): classic pcap,
 * Ethernet, IPv4, {@code packets} packets in conversations of 100 packets each (handshake, 45
 * data segments each way with 100-byte payloads and their ACKs, four-segment close, interleaved
 * ten conversations at a time so the index has to look conversations up), 100 us apart. Every
 * packet is a real IPv4+TCP packet with valid checksums, so tshark dissects it fully.
 *
 * <p>Usage: {@code java -cp model/target/classes:model/target/test-classes
 * org.handshakelab.model.capture.CaptureBenchGenerator FILE [PACKETS]}
 */
public final class CaptureBenchGenerator {
    private static final int PER_CONVERSATION = 100;
    private static final int INTERLEAVE = 10;

    private CaptureBenchGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long packets = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            PcapFileWriter w = new PcapFileWriter(out, LinkType.ETHERNET);
            byte[] frame = new byte[14 + 20 + 20 + 100];
            frame[12] = 0x08;
            long written = 0;
            long t = 1_700_000_000_000_000_000L;
            byte[] payload = new byte[100];
            for (int i = 0; i < payload.length; i++) {
                payload[i] = (byte) ('a' + i % 26);
            }
            for (int group = 0; written < packets; group++) {
                for (int step = 0; step < PER_CONVERSATION && written < packets; step++) {
                    for (int k = 0; k < INTERLEAVE && written < packets; k++) {
                        int conversation = group * INTERLEAVE + k;
                        Segment s = segment(step, 10_000 + conversation % 50_000, payload);
                        boolean fromClient = s.srcPort() != 80;
                        String client = "10." + (conversation >> 16 & 0xFF) + "." + (conversation >> 8 & 0xFF) + "."
                                + (conversation & 0xFF);
                        String server = "192.0.2.80";
                        byte[] ip = PacketCodec.encode(s, IpLiteral.parse(fromClient ? client : server),
                                IpLiteral.parse(fromClient ? server : client),
                                PacketOptions.DEFAULTS.withIdentification((int) (written & 0xFFFF)));
                        System.arraycopy(ip, 0, frame, 14, ip.length);
                        w.write(t, frame, 0, 14 + ip.length);
                        t += 100_000;
                        written++;
                    }
                }
            }
        }
        System.out.println("wrote " + packets + " packets, " + Files.size(file) + " bytes to " + file);
    }

    /** Step {@code step} of a 100-segment connection between port {@code port} and port 80. */
    static Segment segment(int step, int port, byte[] payload) {
        int c = 1_000;
        int s = 900_000;
        int win = 64_240;
        if (step == 0) {
            return Segment.control(port, 80, c, 0, Flags.SYN, win);
        } else if (step == 1) {
            return Segment.control(80, port, s, c + 1, Flags.SYN | Flags.ACK, win);
        } else if (step == 2) {
            return Segment.control(port, 80, c + 1, s + 1, Flags.ACK, win);
        } else if (step < 96) {
            int k = step - 3; // 0..92: request/ack pairs alternating direction
            int round = k / 4;
            int sent = round * 100;
            return switch (k % 4) {
                case 0 -> new Segment(port, 80, c + 1 + sent, s + 1 + sent, Flags.PSH | Flags.ACK, win, payload);
                case 1 -> Segment.control(80, port, s + 1 + sent, c + 1 + sent + 100, Flags.ACK, win);
                case 2 -> new Segment(80, port, s + 1 + sent, c + 1 + sent + 100, Flags.PSH | Flags.ACK, win, payload);
                default -> Segment.control(port, 80, c + 1 + sent + 100, s + 1 + sent + 100, Flags.ACK, win);
            };
        }
        int end = 24 * 100;
        return switch (step) {
            case 96 -> Segment.control(port, 80, c + 1 + end, s + 1 + end, Flags.FIN | Flags.ACK, win);
            case 97 -> Segment.control(80, port, s + 1 + end, c + 2 + end, Flags.ACK, win);
            case 98 -> Segment.control(80, port, s + 1 + end, c + 2 + end, Flags.FIN | Flags.ACK, win);
            default -> Segment.control(port, 80, c + 2 + end, s + 2 + end, Flags.ACK, win);
        };
    }
}
