package org.handshakelab.app.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Recognizing capture files, for opening and for drag and drop. A capture is a pcap or pcapng
 * file: {@link #hasCaptureExtension} is the cheap test for a drag hovering over the window (no file
 * is read); {@link #isCapture} reads the first four bytes and checks the magic number, so a
 * capture with another extension is accepted and a non-capture named {@code .pcap} is not.
 */
public final class CaptureFiles {
    private static final List<String> EXTENSIONS = List.of(".pcap", ".pcapng", ".cap", ".dmp");

    private CaptureFiles() {
    }

    public static boolean hasCaptureExtension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** A regular file that starts with a pcap (either byte order, µs or ns) or pcapng magic number. */
    public static boolean isCapture(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        int magic = ((head[0] & 0xff) << 24) | ((head[1] & 0xff) << 16) | ((head[2] & 0xff) << 8) | (head[3] & 0xff);
        return magic == 0xa1b2c3d4 || magic == 0xd4c3b2a1 // classic pcap, microseconds
                || magic == 0xa1b23c4d || magic == 0x4d3cb2a1 // classic pcap, nanoseconds
                || magic == 0x0a0d0d0a; // pcapng Section Header Block (same bytes in both byte orders)
    }

    /** The first dragged file that {@link #isCapture is a capture}, if any. */
    public static Optional<Path> firstCapture(Dragboard board) {
        if (board == null || !board.hasFiles()) {
            return Optional.empty();
        }
        return board.getFiles().stream().map(java.io.File::toPath).filter(CaptureFiles::isCapture).findFirst();
    }

    /**
     * Lets {@code target} accept dropped captures: a drag with a file named like a capture is
     * accepted (copy), and on drop the first real capture is handed to {@code onDrop}. Drags of
     * other files are left alone, so the window's own handlers (lesson files) still see them.
     */
    public static void installDropHandler(Node target, Consumer<Path> onDrop) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            Dragboard board = e.getDragboard();
            if (board.hasFiles() && board.getFiles().stream().anyMatch(f -> hasCaptureExtension(f.toPath()))) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Optional<Path> capture = firstCapture(e.getDragboard());
            if (capture.isPresent()) {
                e.setDropCompleted(true);
                e.consume();
                onDrop.accept(capture.get());
            }
        });
    }
}
