package org.handshakelab.model.capture;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.util.HashSet;
import java.util.Set;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;
import org.handshakelab.model.wire.PacketCodec;
import org.handshakelab.model.wire.PacketOptions;

/**
 * Exports a trace's segments as a classic libpcap file that Wireshark and tcpdump open: link type
 * Ethernet (1), chosen over raw IP because every tool decodes it, with made-up locally
 * administered MAC addresses (client 02:00:00:00:00:01, server 02:00:00:00:00:02), microsecond
 * timestamps, little-endian.
 *
 * <p>One packet per {@link TraceEvent.SegmentSent} at its sent time, and one per
 * {@link TraceEvent.SegmentDuplicated} (the network's copy) at the time it was made, in trace
 * order. The capture is what a tap next to the sender would see, so segments the network later
 * dropped are included by default; {@link #includeDropped(boolean) includeDropped(false)} leaves
 * them out (what a tap next to the receiver would see, apart from timing). Addresses and ports
 * come from the caller's {@link EndpointAddresses}; the IP Identification counts up per sender
 * from 1. Virtual time 0 is written as {@code startEpochMillis} (default 0, i.e. 1970-01-01).
 */
public final class PcapWriter {
    static final byte[] CLIENT_MAC = {0x02, 0, 0, 0, 0, 0x01};
    static final byte[] SERVER_MAC = {0x02, 0, 0, 0, 0, 0x02};

    private final EndpointAddresses endpoints;
    private boolean includeDropped = true;
    private long startEpochMillis;

    public PcapWriter(EndpointAddresses endpoints) {
        this.endpoints = endpoints;
    }

    /** Whether to write segments the network dropped (default true). */
    public PcapWriter includeDropped(boolean include) {
        this.includeDropped = include;
        return this;
    }

    /** The wall-clock time written for virtual time 0. */
    public PcapWriter startEpochMillis(long millis) {
        this.startEpochMillis = millis;
        return this;
    }

    /** Writes the file; returns the number of packets written. Does not close the stream. */
    public int write(Trace trace, OutputStream out) throws IOException {
        Set<Integer> dropped = new HashSet<>();
        if (!includeDropped) {
            for (TraceEvent e : trace.events()) {
                if (e instanceof TraceEvent.SegmentDropped d) {
                    dropped.add(d.id());
                }
            }
        }
        PcapFileWriter file = new PcapFileWriter(out, LinkType.ETHERNET);
        int[] ipId = new int[2];
        int count = 0;
        for (TraceEvent e : trace.events()) {
            int id;
            Side side;
            Segment segment;
            if (e instanceof TraceEvent.SegmentSent s) {
                id = s.id();
                side = s.side();
                segment = s.segment();
            } else if (e instanceof TraceEvent.SegmentDuplicated d) {
                id = d.copyId();
                side = d.side();
                segment = d.segment();
            } else {
                continue;
            }
            if (dropped.contains(id)) {
                continue;
            }
            ipId[side.ordinal()] = (ipId[side.ordinal()] + 1) & 0xFFFF;
            file.write((startEpochMillis + e.time()) * 1_000_000L, frame(side, segment, ipId[side.ordinal()]));
            count++;
        }
        out.flush();
        return count;
    }

    private byte[] frame(Side side, Segment s, int identification) {
        Segment addressed = new Segment(endpoints.port(side), endpoints.port(side.peer()), s.seq(), s.ack(),
                s.flags(), s.window(), s.payloadCopy());
        byte[] ip = PacketCodec.encode(addressed, endpoints.address(side), endpoints.address(side.peer()),
                PacketOptions.DEFAULTS.withIdentification(identification));
        byte[] frame = new byte[14 + ip.length];
        System.arraycopy(side == Side.CLIENT ? SERVER_MAC : CLIENT_MAC, 0, frame, 0, 6);
        System.arraycopy(side == Side.CLIENT ? CLIENT_MAC : SERVER_MAC, 0, frame, 6, 6);
        boolean v4 = endpoints.clientAddress() instanceof Inet4Address;
        frame[12] = (byte) (v4 ? 0x08 : 0x86);
        frame[13] = (byte) (v4 ? 0x00 : 0xDD);
        System.arraycopy(ip, 0, frame, 14, ip.length);
        return frame;
    }
}
