package org.handshakelab.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application. */
public final class HandshakeLabApp extends Application {

    static void launchApp(String[] args) {
        Application.launch(HandshakeLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Handshake Lab");
        stage.setScene(new Scene(new Label("Handshake Lab"), 1280, 800));
        stage.show();
    }
}
