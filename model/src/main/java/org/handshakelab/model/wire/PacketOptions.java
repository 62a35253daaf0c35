package org.handshakelab.model.wire;

/**
 * The header values a {@link org.handshakelab.model.tcp.Segment} does not carry. The defaults are
 * what the encoder writes for a simulated segment; a decoded packet returns the values it had, so
 * that re-encoding reproduces its bytes exactly.
 *
 * @param identification IPv4 Identification (RFC 791 §3.1), 0..65535; unused for IPv6
 * @param dontFragment   IPv4 DF bit; set by default, as stacks doing path MTU discovery do (RFC 1191)
 * @param ttl            IPv4 Time to Live / IPv6 Hop Limit: 64 (RFC 1700's recommendation, Linux's default)
 * @param trafficClass   IPv4 DSCP+ECN byte (former TOS) / IPv6 Traffic Class
 * @param flowLabel      IPv6 Flow Label (20 bits); unused for IPv4
 * @param ipOptions      IPv4 options (a multiple of 4 bytes, at most 40); empty by default
 * @param tcpOptions     TCP options (a multiple of 4 bytes, at most 40); empty by default (data offset 5)
 * @param urgentPointer  TCP Urgent Pointer, 0 by default
 */
public record PacketOptions(int identification, boolean dontFragment, int ttl, int trafficClass, int flowLabel,
                            byte[] ipOptions, byte[] tcpOptions, int urgentPointer) {

    private static final byte[] NONE = new byte[0];

    public static final PacketOptions DEFAULTS = new PacketOptions(0, true, 64, 0, 0, NONE, NONE, 0);

    public PacketOptions {
        ipOptions = ipOptions == null ? NONE : ipOptions.clone();
        tcpOptions = tcpOptions == null ? NONE : tcpOptions.clone();
        check(identification, 0xFFFF, "identification");
        check(ttl, 0xFF, "ttl");
        check(trafficClass, 0xFF, "trafficClass");
        check(flowLabel, 0xFFFFF, "flowLabel");
        check(urgentPointer, 0xFFFF, "urgentPointer");
        if (ipOptions.length % 4 != 0 || ipOptions.length > 40) {
            throw new IllegalArgumentException("IPv4 options must be a multiple of 4 bytes, at most 40");
        }
        if (tcpOptions.length % 4 != 0 || tcpOptions.length > 40) {
            throw new IllegalArgumentException("TCP options must be a multiple of 4 bytes, at most 40");
        }
    }

    private static void check(int value, int max, String name) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(name + " out of range: " + value);
        }
    }

    public PacketOptions withIdentification(int id) {
        return new PacketOptions(id, dontFragment, ttl, trafficClass, flowLabel, ipOptions, tcpOptions, urgentPointer);
    }

    public PacketOptions withTtl(int hops) {
        return new PacketOptions(identification, dontFragment, hops, trafficClass, flowLabel, ipOptions, tcpOptions, urgentPointer);
    }

    @Override
    public byte[] ipOptions() {
        return ipOptions.clone();
    }

    @Override
    public byte[] tcpOptions() {
        return tcpOptions.clone();
    }

    int ipOptionsLength() {
        return ipOptions.length;
    }

    int tcpOptionsLength() {
        return tcpOptions.length;
    }

    byte[] ipOptionsRef() {
        return ipOptions;
    }

    byte[] tcpOptionsRef() {
        return tcpOptions;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PacketOptions p && identification == p.identification && dontFragment == p.dontFragment
                && ttl == p.ttl && trafficClass == p.trafficClass && flowLabel == p.flowLabel
                && urgentPointer == p.urgentPointer && java.util.Arrays.equals(ipOptions, p.ipOptions)
                && java.util.Arrays.equals(tcpOptions, p.tcpOptions);
    }

    @Override
    public int hashCode() {
        return ((identification * 31 + ttl) * 31 + flowLabel) * 31 + java.util.Arrays.hashCode(tcpOptions);
    }

    @Override
    public String toString() {
        return "PacketOptions[id=" + identification + ", df=" + dontFragment + ", ttl=" + ttl + ", tc=" + trafficClass
                + ", flow=" + flowLabel + ", ipOptions=" + ipOptions.length + "B, tcpOptions=" + tcpOptions.length
                + "B, urg=" + urgentPointer + "]";
    }
}
