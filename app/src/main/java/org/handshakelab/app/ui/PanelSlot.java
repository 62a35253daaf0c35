package org.handshakelab.app.ui;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The place a panel will occupy in a split pane, there before the panel is built: the split pane's
 * items and divider positions stay as they are when the panel arrives, so nothing on screen moves.
 */
final class PanelSlot extends StackPane {
    PanelSlot(String id) {
        setId(id);
        getStyleClass().add("panel-slot");
    }

    void fill(Node panel) {
        getChildren().setAll(panel);
    }
}
