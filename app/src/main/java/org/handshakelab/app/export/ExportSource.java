package org.handshakelab.app.export;

import org.handshakelab.app.lanes.LaneHeader;
import org.handshakelab.model.capture.EndpointAddresses;
import org.handshakelab.model.trace.Trace;

/**
 * What the window shows, for exporting it: the trace, the lanes' headers (their addresses and
 * ports also go into a pcap's headers) and the title (a lesson's, or a capture's file and conversation).
 */
public record ExportSource(Trace trace, LaneHeader client, LaneHeader server, String title) {

    /** The endpoints as a pcap's IP and TCP headers carry them. */
    public EndpointAddresses endpoints() {
        return EndpointAddresses.of(client.address(), client.port(), server.address(), server.port());
    }
}
