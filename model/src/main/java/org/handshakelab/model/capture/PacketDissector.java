package org.handshakelab.model.capture;

import java.util.Arrays;

/**
 * Finds the TCP header inside a captured frame: strips the link-layer header (Ethernet with
 * 802.1Q/802.1ad VLAN tags and PPPoE sessions, Linux cooked v1/v2, BSD NULL/LOOP, raw IP), then IPv4 (with options)
 * or IPv6 (skipping hop-by-hop, routing, destination-options, fragment and AH extension headers).
 * Results are left in public fields of this reusable object: nothing is allocated per packet.
 */
final class PacketDissector {

    /** What a frame turned out to be. Everything but TCP is counted and skipped. */
    enum Kind {
        TCP("TCP"),
        UNSUPPORTED_LINK("unsupported link type"),
        NOT_IP("not IP"),
        NOT_TCP("IP but not TCP"),
        FRAGMENT("non-first IP fragment"),
        MALFORMED("malformed or cut short by the snap length");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private static final int ETHERTYPE_IPV4 = 0x0800;
    private static final int ETHERTYPE_IPV6 = 0x86DD;
    private static final int ETHERTYPE_PPPOE_SESSION = 0x8864;
    private static final int MAX_VLAN_TAGS = 8;
    private static final int MAX_EXTENSION_HEADERS = 16;

    int ipVersion;
    /** Addresses as 16 bytes; IPv4 addresses are IPv4-mapped (::ffff:a.b.c.d) so both families compare alike. */
    final byte[] src = new byte[16];
    final byte[] dst = new byte[16];
    int srcPort;
    int dstPort;
    int seq;
    int ack;
    int flags;
    int window;
    /** Payload bytes present in the frame, from {@link #payloadOffset}. */
    int payloadOffset;
    int payloadCaptured;
    /** Payload length according to the IP header (may exceed what was captured). */
    int payloadLength;

    Kind dissect(int linkType, byte[] b, int off, int len) {
        int end = off + len;
        int ip;
        switch (linkType) {
            case LinkType.ETHERNET -> {
                if (len < 14) {
                    return Kind.MALFORMED;
                }
                int type = Bytes.be16(b, off + 12);
                int at = off + 14;
                for (int tags = 0; (type == 0x8100 || type == 0x88A8 || type == 0x9100) && tags < MAX_VLAN_TAGS; tags++) {
                    if (at + 4 > end) {
                        return Kind.MALFORMED;
                    }
                    type = Bytes.be16(b, at + 2);
                    at += 4;
                }
                return byEthertype(type, b, at, end);
            }
            case LinkType.LINUX_SLL -> {
                if (len < 16) {
                    return Kind.MALFORMED;
                }
                return byEthertype(Bytes.be16(b, off + 14), b, off + 16, end);
            }
            case LinkType.LINUX_SLL2 -> {
                if (len < 20) {
                    return Kind.MALFORMED;
                }
                return byEthertype(Bytes.be16(b, off), b, off + 20, end);
            }
            case LinkType.NULL, LinkType.LOOP -> {
                if (len < 4) {
                    return Kind.MALFORMED;
                }
                int family = linkType == LinkType.LOOP ? Bytes.be32(b, off) : hostOrderFamily(b, off);
                ip = off + 4;
                if (family == 2) {
                    return ipv4(b, ip, end);
                }
                // AF_INET6 is 10 (Linux), 24 (NetBSD, OpenBSD), 28 (FreeBSD), 30 (macOS)
                if (family == 10 || family == 24 || family == 28 || family == 30) {
                    return ipv6(b, ip, end);
                }
                return Kind.NOT_IP;
            }
            case LinkType.RAW, LinkType.RAW_12, LinkType.RAW_14, LinkType.IPV4, LinkType.IPV6 -> {
                if (len < 1) {
                    return Kind.MALFORMED;
                }
                int version = (b[off] & 0xF0) >>> 4;
                return version == 4 ? ipv4(b, off, end) : version == 6 ? ipv6(b, off, end) : Kind.NOT_IP;
            }
            default -> {
                return Kind.UNSUPPORTED_LINK;
            }
        }
    }

    /** The NULL header is in the capturing host's byte order: whichever order gives a small number. */
    private static int hostOrderFamily(byte[] b, int off) {
        int big = Bytes.be32(b, off);
        return (big & 0xFFFF0000) != 0 ? Integer.reverseBytes(big) : big;
    }

    private Kind byEthertype(int type, byte[] b, int at, int end) {
        if (type == ETHERTYPE_IPV4) {
            return ipv4(b, at, end);
        } else if (type == ETHERTYPE_IPV6) {
            return ipv6(b, at, end);
        } else if (type == ETHERTYPE_PPPOE_SESSION) {
            // RFC 2516 §4: 6-byte PPPoE header, then the 2-byte PPP protocol (0x0021 IPv4, 0x0057 IPv6)
            if (at + 8 > end) {
                return Kind.MALFORMED;
            }
            int protocol = Bytes.be16(b, at + 6);
            return protocol == 0x0021 ? ipv4(b, at + 8, end) : protocol == 0x0057 ? ipv6(b, at + 8, end) : Kind.NOT_IP;
        }
        return Kind.NOT_IP;
    }

    private Kind ipv4(byte[] b, int at, int end) {
        if (at + 20 > end) {
            return Kind.MALFORMED;
        }
        if ((b[at] & 0xF0) != 0x40) {
            return Kind.MALFORMED;
        }
        int headerLength = (b[at] & 0x0F) * 4;
        int total = Bytes.be16(b, at + 2);
        if (headerLength < 20 || total < headerLength || at + headerLength > end) {
            return Kind.MALFORMED;
        }
        if ((Bytes.be16(b, at + 6) & 0x1FFF) != 0) {
            return Kind.FRAGMENT;
        }
        if (b[at + 9] != 6) {
            return Kind.NOT_TCP;
        }
        ipVersion = 4;
        Arrays.fill(src, 0, 10, (byte) 0);
        src[10] = (byte) 0xFF;
        src[11] = (byte) 0xFF;
        System.arraycopy(b, at + 12, src, 12, 4);
        Arrays.fill(dst, 0, 10, (byte) 0);
        dst[10] = (byte) 0xFF;
        dst[11] = (byte) 0xFF;
        System.arraycopy(b, at + 16, dst, 12, 4);
        return tcp(b, at + headerLength, end, total - headerLength);
    }

    private Kind ipv6(byte[] b, int at, int end) {
        if (at + 40 > end) {
            return Kind.MALFORMED;
        }
        if ((b[at] & 0xF0) != 0x60) {
            return Kind.MALFORMED;
        }
        int remaining = Bytes.be16(b, at + 4);
        int next = b[at + 6] & 0xFF;
        System.arraycopy(b, at + 8, src, 0, 16);
        System.arraycopy(b, at + 24, dst, 0, 16);
        int h = at + 40;
        for (int n = 0; next != 6; n++) {
            if (n == MAX_EXTENSION_HEADERS) {
                return Kind.MALFORMED;
            }
            int size;
            switch (next) {
                case 0, 43, 60 -> { // hop-by-hop, routing, destination options: (len + 1) * 8
                    if (h + 2 > end) {
                        return Kind.MALFORMED;
                    }
                    size = ((b[h + 1] & 0xFF) + 1) * 8;
                }
                case 44 -> { // fragment: 8 bytes; only the first fragment carries the TCP header
                    if (h + 8 > end) {
                        return Kind.MALFORMED;
                    }
                    if ((Bytes.be16(b, h + 2) & 0xFFF8) != 0) {
                        return Kind.FRAGMENT;
                    }
                    size = 8;
                }
                case 51 -> { // authentication header: (len + 2) * 4
                    if (h + 2 > end) {
                        return Kind.MALFORMED;
                    }
                    size = ((b[h + 1] & 0xFF) + 2) * 4;
                }
                default -> {
                    return Kind.NOT_TCP;
                }
            }
            if (size > remaining || h + size > end) {
                return Kind.MALFORMED;
            }
            next = b[h] & 0xFF;
            h += size;
            remaining -= size;
        }
        ipVersion = 6;
        return tcp(b, h, end, remaining);
    }

    private Kind tcp(byte[] b, int at, int end, int tcpLength) {
        if (tcpLength < 20 || at + 20 > end) {
            return Kind.MALFORMED;
        }
        int dataOffset = ((b[at + 12] & 0xF0) >>> 4) * 4;
        if (dataOffset < 20 || dataOffset > tcpLength || at + dataOffset > end) {
            return Kind.MALFORMED;
        }
        srcPort = Bytes.be16(b, at);
        dstPort = Bytes.be16(b, at + 2);
        seq = Bytes.be32(b, at + 4);
        ack = Bytes.be32(b, at + 8);
        flags = Bytes.be16(b, at + 12) & 0x0FFF;
        window = Bytes.be16(b, at + 14);
        payloadOffset = at + dataOffset;
        payloadLength = tcpLength - dataOffset;
        payloadCaptured = Math.max(0, Math.min(payloadLength, end - payloadOffset));
        return Kind.TCP;
    }
}
