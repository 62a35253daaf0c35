package org.handshakelab.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends the application's log records to a file under {@link AppHome#logsDir()} (rotating, 3 x 1 MB)
 * so that an unexpected failure leaves its stack trace there, never in front of the user.
 */
public final class AppLogging {
    /** The logger every class of the application logs to. */
    public static final Logger LOG = Logger.getLogger("org.handshakelab");

    private static Path logFile;

    private AppLogging() {
    }

    /** Installs the file handler once; returns the log file (or null if the folder cannot be written). */
    public static synchronized Path install() {
        if (logFile != null) {
            return logFile;
        }
        try {
            Path dir = AppHome.ensure(AppHome.logsDir());
            FileHandler handler = new FileHandler(dir.resolve("handshake-lab-%g.log").toString(), 1_000_000, 3, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setEncoding("UTF-8");
            LOG.addHandler(handler);
            LOG.setLevel(Level.INFO);
            LOG.setUseParentHandlers(false); // stack traces go to the file, not to a console the user sees
            logFile = dir.resolve("handshake-lab-0.log");
        } catch (IOException | SecurityException e) {
            System.err.println("handshake-lab: cannot write the log under " + AppHome.logsDir() + ": " + e.getMessage());
        }
        return logFile;
    }

    /** The log file, once {@link #install()} has run; null otherwise. */
    public static synchronized Path logFile() {
        return logFile;
    }
}
