package org.handshakelab.app.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.handshakelab.app.AppLogging;

/**
 * The lesson files opened last, newest first, at most {@link #MAX}; kept in a small UTF-8 text file
 * (one absolute path a line) so they are remembered across runs.
 */
public final class RecentFiles {
    public static final int MAX = 10;

    private final Path store;
    private final List<Path> files = new ArrayList<>();

    public RecentFiles(Path store) {
        this.store = store;
        if (Files.isReadable(store)) {
            try {
                for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && files.size() < MAX) {
                        Path path = Path.of(line.strip());
                        if (!files.contains(path)) {
                            files.add(path);
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                AppLogging.LOG.log(Level.WARNING, "cannot read the recent files list " + store, e);
            }
        }
    }

    public List<Path> list() {
        return List.copyOf(files);
    }

    /** Puts {@code file} first (once), drops the oldest beyond {@link #MAX}, and saves. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        while (files.size() > MAX) {
            files.remove(files.size() - 1);
        }
        save();
    }

    public void clear() {
        files.clear();
        save();
    }

    private void save() {
        try {
            Files.createDirectories(store.getParent());
            Files.write(store, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            AppLogging.LOG.log(Level.WARNING, "cannot save the recent files list " + store, e);
        }
    }
}
