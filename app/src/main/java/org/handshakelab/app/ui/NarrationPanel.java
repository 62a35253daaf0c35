package org.handshakelab.app.ui;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.handshakelab.app.i18n.I18n;
import org.handshakelab.app.player.NarrationIndex;
import org.handshakelab.app.player.Player;
import org.handshakelab.lessons.NarrationPoint;
import org.handshakelab.model.playback.Playback;

/**
 * The lesson's narration for the current point of playback, in the current language: the last
 * narration point anchored at or before the playback's event index.
 */
public final class NarrationPanel extends VBox {
    private final I18n i18n;
    private final Player player;
    private final Label text = new Label();
    private final Label position = new Label();
    private final InvalidationListener refresh = o -> refresh();
    private Playback listening;

    public NarrationPanel(I18n i18n, Player player) {
        this.i18n = i18n;
        this.player = player;
        setId("narration-panel");
        getStyleClass().add("narration-panel");
        Label title = new Label();
        title.textProperty().bind(i18n.text("narration.title"));
        title.getStyleClass().add("panel-title");
        position.setId("narration-position");
        position.getStyleClass().add("narration-position");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, position);

        text.setId("narration-text");
        text.getStyleClass().add("narration-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("narration-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, scroll);

        i18n.languageProperty().addListener(refresh);
        player.playbackProperty().addListener((Observable o) -> rebind());
        rebind();
    }

    /** The narration text shown now (for tests). */
    public Label textLabel() {
        return text;
    }

    private void rebind() {
        if (listening != null) {
            listening.eventIndexProperty().removeListener(refresh);
        }
        listening = player.playback();
        if (listening != null) {
            listening.eventIndexProperty().addListener(refresh);
        }
        refresh();
    }

    private void refresh() {
        NarrationIndex narration = player.narration();
        int index = listening == null ? -1 : listening.eventIndexProperty().get();
        if (narration.points().isEmpty()) {
            text.setText(listening == null ? "" : i18n.get("narration.none"));
            position.setText("");
            return;
        }
        text.setText(narration.current(index).map(NarrationPoint::text).map(i18n::pick).orElse(""));
        int at = narration.position(index);
        position.setText(at < 0 ? "" : i18n.get("narration.position", at + 1, narration.points().size()));
    }
}
