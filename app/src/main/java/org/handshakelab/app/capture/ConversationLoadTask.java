package org.handshakelab.app.capture;

import javafx.concurrent.Task;
import org.handshakelab.model.capture.CaptureProgress;
import org.handshakelab.model.capture.Conversation;
import org.handshakelab.model.capture.ConversationIndex;
import org.handshakelab.model.capture.LoadedConversation;
import org.handshakelab.model.capture.PassiveStateTracker;

/**
 * The second pass, off the JavaFX thread: reads the chosen conversation's packets and infers the
 * endpoints' states ({@link PassiveStateTracker}). Progress and cancellation as in {@link CaptureImportTask}.
 */
public class ConversationLoadTask extends Task<CaptureResult> {
    private final ConversationIndex index;
    private final int conversation;
    private final java.nio.file.Path file;

    /** @param conversation the conversation's {@link Conversation#index()} (0-based) */
    public ConversationLoadTask(java.nio.file.Path file, ConversationIndex index, int conversation) {
        this.file = file;
        this.index = index;
        this.conversation = conversation;
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
        return new CaptureResult(file, PassiveStateTracker.infer(loaded));
    }
}
