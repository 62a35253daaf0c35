package org.handshakelab.app.capture;

import java.nio.file.Path;
import javafx.concurrent.Task;
import org.handshakelab.model.capture.CaptureLimits;
import org.handshakelab.model.capture.CaptureProgress;
import org.handshakelab.model.capture.ConversationIndex;

/**
 * The first pass over a capture, off the JavaFX thread: lists its TCP conversations. Progress is
 * bytes read of the file's size (reported every 4096 packets and at the end, so it reaches 1.0);
 * {@link #cancel()} stops the scan at its next check. A malformed or truncated file fails the task
 * with a {@link org.handshakelab.model.capture.CaptureFormatException} naming the packet and offset.
 */
public class CaptureImportTask extends Task<ConversationIndex> {
    private final Path file;
    private final CaptureLimits limits;

    public CaptureImportTask(Path file) {
        this(file, CaptureLimits.DEFAULTS);
    }

    public CaptureImportTask(Path file, CaptureLimits limits) {
        this.file = file;
        this.limits = limits;
        updateTitle(file.getFileName().toString());
    }

    public Path file() {
        return file;
    }

    @Override
    protected ConversationIndex call() throws Exception {
        return ConversationIndex.scan(file, limits, new CaptureProgress() {
            @Override
            public void update(long bytesRead, long totalBytes) {
                progressed(bytesRead, totalBytes);
            }

            @Override
            public boolean cancelRequested() {
                return isCancelled();
            }
        });
    }

    /** Called on the scanning thread at each progress check; publishes the progress. */
    protected void progressed(long bytesRead, long totalBytes) {
        if (totalBytes > 0) {
            updateProgress(bytesRead, totalBytes);
        }
    }
}
