package org.handshakelab.app.capture;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.handshakelab.app.lanes.LaneHeader;
import org.handshakelab.model.capture.Conversation;
import org.handshakelab.model.capture.InferredConnection;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.wire.IpLiteral;

/**
 * One conversation of a capture, ready to show: its inferred trace (segments labelled like
 * simulated ones), the two lanes' headers (who opened is the client) and what the passive observer
 * had to assume. Headers and notes are worded on request, in the language asked for, so that a
 * capture on screen follows a change of language like a lesson does.
 */
public record CaptureResult(Path file, InferredConnection connection) {

    public Conversation conversation() {
        return connection.conversation();
    }

    public Trace trace() {
        return connection.trace();
    }

    public LaneHeader clientHeader(Locale locale) {
        return new LaneHeader(CaptureTexts.get(locale, "capture.client"), address(Side.CLIENT), port(Side.CLIENT));
    }

    public LaneHeader serverHeader(Locale locale) {
        return new LaneHeader(CaptureTexts.get(locale, "capture.server"), address(Side.SERVER), port(Side.SERVER));
    }

    /** The address of {@code side}, as the lanes write it (the same in every language). */
    public String address(Side side) {
        Conversation c = conversation();
        return IpLiteral.format(isA(side) ? c.addressA() : c.addressB());
    }

    private int port(Side side) {
        Conversation c = conversation();
        return isA(side) ? c.portA() : c.portB();
    }

    /** Whether {@code side} is the conversation's endpoint A (the client is whoever sent the first SYN). */
    private boolean isA(Side side) {
        return (side == Side.CLIENT) == connection.clientIsA();
    }

    /** What the observer had to assume, each note in {@code locale}'s words. */
    public List<String> notes(Locale locale) {
        return connection.notes().stream().map(note -> CaptureTexts.note(locale, note)).toList();
    }

    /** E.g. {@code dns_tcp.pcap — 192.168.1.11:33779 <-> 209.87.249.18:53}, for a window title. */
    public String title() {
        return file.getFileName() + " \u2014 " + conversation().label();
    }
}
