package org.handshakelab.app.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up baseline: a bare JavaFX window with one Label, started with the same JVM and flags as
 * the application, printing the same "first frame" figure. scripts/bench-startup.sh runs both and
 * compares their medians; nothing here is used by the application itself.
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Handshake Lab"), 1280, 800));
        stage.show();
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // the first pulse after show() renders the first frame; the second one runs after it
                if (++pulses == 2) {
                    stop();
                    System.out.println("startup-ms " + StartupClock.millisSinceJvmStart());
                    Platform.exit();
                }
            }
        }.start();
    }

    /** Launcher: an Application subclass cannot be the class-path main class. */
    public static final class Launch {
        private Launch() {
        }

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
