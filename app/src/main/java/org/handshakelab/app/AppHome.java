package org.handshakelab.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the application keeps its own files (recent files, logs, and under {@code cache/fonts} the
 * bundled fonts as files JavaFX can open in place): {@code ~/.handshake-lab}, or the directory named
 * by the {@code handshakelab.home} system property (tests point it at a scratch folder).
 */
public final class AppHome {
    public static final String PROPERTY = "handshakelab.home";

    private AppHome() {
    }

    public static Path dir() {
        String configured = System.getProperty(PROPERTY);
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".handshake-lab");
    }

    public static Path logsDir() {
        return dir().resolve("logs");
    }

    /** Creates the directory if needed; returns it. */
    static Path ensure(Path dir) throws IOException {
        return Files.createDirectories(dir);
    }
}
