package org.handshakelab.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.wire.PacketCodec;
import org.junit.jupiter.api.Test;

/** The inspector's own checksum computation agrees with the wire codec's, and notices damage. */
class ChecksumCheckTest {

    @Test
    void agreesWithTheCodecForIpv4AndIpv6AndOddPayloads() {
        Random random = new Random(7);
        for (int n = 0; n < 200; n++) {
            byte[] payload = new byte[random.nextInt(40)];
            random.nextBytes(payload);
            Segment s = new Segment(1 + random.nextInt(65_535), 1 + random.nextInt(65_535), random.nextInt(),
                    random.nextInt(), Flags.ACK | (random.nextBoolean() ? Flags.PSH : 0), random.nextInt(65_536), payload);
            boolean v6 = n % 2 == 1;
            byte[] packet = v6 ? PacketCodec.encode(s, "2001:db8::1", "2001:db8::ff")
                    : PacketCodec.encode(s, "192.0.2.1", "198.51.100.7");
            ChecksumCheck tcp = ChecksumCheck.tcp(packet);
            assertTrue(tcp.correct(), "packet " + n + ": " + tcp);
            if (v6) {
                assertNull(ChecksumCheck.ipv4Header(packet));
            } else {
                assertTrue(ChecksumCheck.ipv4Header(packet).correct());
            }
        }
    }

    @Test
    void aFlippedPayloadBitMakesTheTcpChecksumWrong() {
        Segment s = new Segment(49_152, 80, 1001, 5001, Flags.ACK | Flags.PSH, 65_535, "GET /".getBytes());
        byte[] packet = PacketCodec.encode(s, "10.0.0.1", "10.0.0.2");
        int stored = ChecksumCheck.tcp(packet).stored();
        packet[packet.length - 1] ^= 0x01;
        ChecksumCheck after = ChecksumCheck.tcp(packet);
        assertFalse(after.correct());
        assertEquals(stored, after.stored());
        assertTrue(ChecksumCheck.ipv4Header(packet).correct(), "the IP header is untouched");
    }
}
