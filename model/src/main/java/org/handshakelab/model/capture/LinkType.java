package org.handshakelab.model.capture;

/**
 * The link-layer header types the capture readers understand (tcpdump.org "Link-layer header
 * types"; the same numbers in pcap and pcapng).
 */
public final class LinkType {
    /** BSD loopback: a 4-byte address family in the capturing host's byte order. */
    public static final int NULL = 0;
    /** Ethernet II (and 802.3 with VLAN tags). */
    public static final int ETHERNET = 1;
    /** Raw IP as some systems numbered DLT_RAW (OpenBSD 12, BSD/OS 14). */
    public static final int RAW_12 = 12;
    public static final int RAW_14 = 14;
    /** Raw IPv4 or IPv6, version from the first nibble. */
    public static final int RAW = 101;
    /** OpenBSD loopback: a 4-byte address family in network byte order. */
    public static final int LOOP = 108;
    /** Linux cooked capture v1: 16-byte header, protocol type at byte 14. */
    public static final int LINUX_SLL = 113;
    /** Raw IPv4 only. */
    public static final int IPV4 = 228;
    /** Raw IPv6 only. */
    public static final int IPV6 = 229;
    /** Linux cooked capture v2: 20-byte header, protocol type at byte 0. */
    public static final int LINUX_SLL2 = 276;

    private LinkType() {
    }

    public static boolean isSupported(int linkType) {
        return switch (linkType) {
            case NULL, ETHERNET, RAW_12, RAW_14, RAW, LOOP, LINUX_SLL, IPV4, IPV6, LINUX_SLL2 -> true;
            default -> false;
        };
    }
}
