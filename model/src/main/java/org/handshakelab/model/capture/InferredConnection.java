package org.handshakelab.model.capture;

import java.util.List;
import org.handshakelab.model.trace.Trace;

/**
 * A captured conversation turned into a trace by {@link PassiveStateTracker}.
 *
 * @param clientIsA true when the conversation's endpoint A is the client (sent the first SYN)
 * @param notes     what the observer had to assume (e.g. that the capture starts after the handshake)
 */
public record InferredConnection(Conversation conversation, Trace trace, boolean clientIsA, List<CaptureNote> notes) {
    public InferredConnection {
        notes = List.copyOf(notes);
    }

    public String clientLabel() {
        return clientIsA ? Conversation.endpoint(conversation.addressA(), conversation.portA())
                : Conversation.endpoint(conversation.addressB(), conversation.portB());
    }

    public String serverLabel() {
        return clientIsA ? Conversation.endpoint(conversation.addressB(), conversation.portB())
                : Conversation.endpoint(conversation.addressA(), conversation.portA());
    }
}
