package org.handshakelab.app;

import javafx.application.Application;
import org.handshakelab.app.bench.StartupClock;

/** Starts the JavaFX application; kept apart from {@link Main} so the command-line path never loads JavaFX. */
final class DesktopLauncher {
    private DesktopLauncher() {
    }

    static void launch(StartupOptions options, String[] args) {
        StartupClock.mark("main");
        FirstLesson.preload(options); // overlaps the toolkit's start-up, then preloads the window's classes
        Application.launch(HandshakeLabApp.class, args);
    }
}
