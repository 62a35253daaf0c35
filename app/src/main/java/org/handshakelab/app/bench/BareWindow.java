package org.handshakelab.app.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The start-up baseline: a bare JavaFX window with one Label, started with the same JVM and flags as
 * the application, printing the same "first frame" figure. scripts/bench-startup.sh runs both and
 * compares their medians; nothing here is used by the application itself.
 */
public final class BareWindow extends Application {

    @Override
    public void init() {
        StartupClock.mark("init");
    }

    @Override
    public void start(Stage stage) {
        StartupClock.mark("start");
        // the size the application's main window opens at, so that both draw the same number of pixels
        var screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(new Label("Handshake Lab"), screen.getWidth() * 0.9, screen.getHeight() * 0.9));
        FirstFrame.whenDrawn(() -> {
            System.out.println("startup-ms " + StartupClock.millisSinceJvmStart());
            // the same marks as the application's, for comparing phase by phase
            StartupClock.printPhases();
            Platform.exit();
        });
        stage.show();
        StartupClock.mark("shown");
    }

    /** Launcher: an Application subclass cannot be the class-path main class. */
    public static final class Launch {
        private Launch() {
        }

        public static void main(String[] args) {
            StartupClock.mark("main");
            Application.launch(BareWindow.class, args);
        }
    }
}
