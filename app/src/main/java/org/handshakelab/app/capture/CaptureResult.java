package org.handshakelab.app.capture;

import java.nio.file.Path;
import java.util.List;
import org.handshakelab.app.lanes.LaneHeader;
import org.handshakelab.model.capture.Conversation;
import org.handshakelab.model.capture.InferredConnection;
import org.handshakelab.model.trace.Trace;

/**
 * One conversation of a capture, ready to show: its inferred trace (segments labelled like
 * simulated ones) and the two lanes' headers (who opened is the client).
 *
 * @param notes what the passive observer had to assume, in plain words, to show beside the lanes
 */
public record CaptureResult(Path file, Conversation conversation, InferredConnection connection, Trace trace,
                            LaneHeader clientHeader, LaneHeader serverHeader, List<String> notes) {
    public CaptureResult {
        notes = List.copyOf(notes);
    }

    /** E.g. {@code dns_tcp.pcap — 192.168.1.11:33779 <-> 209.87.249.18:53}, for a window title. */
    public String title() {
        return file.getFileName() + " \u2014 " + conversation.label();
    }
}
