package org.handshakelab.app.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.handshakelab.app.i18n.I18n;
import org.handshakelab.app.lanes.LanesView;
import org.handshakelab.app.lanes.LanesViewModel;
import org.handshakelab.app.player.Player;
import org.handshakelab.app.session.OpenLesson;
import org.handshakelab.model.playback.Playback;

/**
 * What the main window's first frame shows: the player, the lanes view in its place in the layout
 * (the library and side panels have empty slots of their final size, so nothing moves when they
 * arrive), and the lesson loaded into the player. No scene and no window: JavaFX lets nodes be
 * built on any thread until they are in a showing window, so the application builds this in
 * {@code Application.init()} while the FX thread parses the theme's stylesheet.
 */
public final class WindowShell {
    final Player player = new Player();
    final LanesViewModel lanesModel = new LanesViewModel();
    final VBox centre;
    final SplitPane split;
    final BorderPane root;

    public WindowShell(I18n i18n) {
        lanesModel.localeProperty().bind(Bindings.createObjectBinding(() -> i18n.language().locale(),
                i18n.languageProperty()));
        lanesModel.playbackProperty().bind(player.playbackProperty());
        lanesModel.quickPlaybackProperty().bind(
                player.playingProperty().and(player.speedProperty().greaterThanOrEqualTo(2)));
        LanesView lanes = new LanesView(lanesModel);
        lanes.setId("lanes-view");
        // lanes.css goes on the scene, before the theme sheets, so a theme can override its colours
        lanes.getStylesheets().remove(LanesView.STYLESHEET);

        centre = new VBox(lanes);
        centre.getStyleClass().add("centre");
        VBox.setVgrow(lanes, Priority.ALWAYS);
        split = new SplitPane(new PanelSlot("library-slot"), centre, new PanelSlot("side-slot"));
        split.setId("main-split");
        split.setDividerPositions(0.18, 0.68);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        SplitPane.setResizableWithParent(split.getItems().get(2), false);

        root = new BorderPane(split);
        root.setId("main-root");
    }

    /**
     * Loads {@code open} into the player now (null: nothing); the window, finding the same run
     * there, does not load it again.
     */
    public WindowShell showing(OpenLesson open) {
        if (open != null) {
            player.load(new Playback(open.lesson().result().trace()), open.lesson().narration(), -1);
        }
        return this;
    }

    PanelSlot librarySlot() {
        return (PanelSlot) split.getItems().get(0);
    }

    PanelSlot sideSlot() {
        return (PanelSlot) split.getItems().get(2);
    }
}
