package org.handshakelab.app.lanes;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.handshakelab.model.tcp.Side;

/** TEMPORARY placeholder for the contract. */
public final class LanesView extends BorderPane {
    public LanesView(LanesViewModel model) {
        Label c = new Label();
        c.setId("client-state-badge");
        c.getStyleClass().add("state-badge");
        Label s = new Label();
        s.setId("server-state-badge");
        s.getStyleClass().add("state-badge");
        model.playbackProperty().addListener((o, a, p) -> {
            Runnable r = () -> {
                c.setText(p.stateProperty(Side.CLIENT).get().name());
                s.setText(p.stateProperty(Side.SERVER).get().name());
            };
            r.run();
            p.eventIndexProperty().addListener((x, y, z) -> r.run());
        });
        setTop(new HBox(40, c, s));
    }
}
