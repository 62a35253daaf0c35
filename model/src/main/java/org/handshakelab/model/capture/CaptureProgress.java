package org.handshakelab.model.capture;

/**
 * Lets a long pass over a capture report progress and be cancelled from another thread (e.g. the
 * UI runs a scan off the JavaFX thread and binds a progress bar). Both methods are called on the
 * scanning thread every {@link #EVERY_PACKETS} packets and once at the end; the scan also stops
 * when its thread is interrupted. A cancelled scan throws
 * {@link java.util.concurrent.CancellationException}.
 */
public interface CaptureProgress {
    int EVERY_PACKETS = 4096;

    CaptureProgress NONE = (read, total) -> { };

    /**
     * @param bytesRead  file bytes consumed so far
     * @param totalBytes the file size, or -1 if unknown
     */
    void update(long bytesRead, long totalBytes);

    /** True to stop the scan at the next check. */
    default boolean cancelRequested() {
        return false;
    }
}
