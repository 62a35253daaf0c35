package org.handshakelab.app.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.concurrent.Task;
import org.handshakelab.app.lanes.LaneHeader;
import org.handshakelab.model.capture.CaptureProgress;
import org.handshakelab.model.capture.Conversation;
import org.handshakelab.model.capture.ConversationIndex;
import org.handshakelab.model.capture.InferredConnection;
import org.handshakelab.model.capture.LoadedConversation;
import org.handshakelab.model.capture.PassiveStateTracker;
import org.handshakelab.model.wire.IpLiteral;

/**
 * The second pass, off the JavaFX thread: reads the chosen conversation's packets and infers the
 * endpoints' states ({@link PassiveStateTracker}). Progress and cancellation as in {@link CaptureImportTask}.
 */
public class ConversationLoadTask extends Task<CaptureResult> {
    private final ConversationIndex index;
    private final int conversation;
    private final java.nio.file.Path file;
    private final Locale locale;

    /** @param conversation the conversation's {@link Conversation#index()} (0-based) */
    public ConversationLoadTask(java.nio.file.Path file, ConversationIndex index, int conversation, Locale locale) {
        this.file = file;
        this.index = index;
        this.conversation = conversation;
        this.locale = locale;
    }

    @Override
    protected CaptureResult call() throws Exception {
        LoadedConversation loaded = index.loadConversation(conversation, new CaptureProgress() {
            @Override
            public void update(long bytesRead, long totalBytes) {
                if (totalBytes > 0) {
                    updateProgress(bytesRead, totalBytes);
                }
            }

            @Override
            public boolean cancelRequested() {
                return isCancelled();
            }
        });
        InferredConnection inferred = PassiveStateTracker.infer(loaded);
        Conversation c = inferred.conversation();
        boolean aIsClient = inferred.clientIsA();
        LaneHeader client = new LaneHeader(CaptureTexts.get(locale, "capture.client"),
                IpLiteral.format(aIsClient ? c.addressA() : c.addressB()), aIsClient ? c.portA() : c.portB());
        LaneHeader server = new LaneHeader(CaptureTexts.get(locale, "capture.server"),
                IpLiteral.format(aIsClient ? c.addressB() : c.addressA()), aIsClient ? c.portB() : c.portA());
        List<String> notes = new ArrayList<>(inferred.notes());
        if (loaded.packetsOmitted() > 0) {
            notes.add(CaptureTexts.get(locale, "capture.omitted", loaded.packetsOmitted()));
        }
        return new CaptureResult(file, c, inferred, inferred.trace(), client, server, notes);
    }
}
