package org.handshakelab.app.ui;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.SegmentedButton;
import org.handshakelab.app.i18n.I18n;
import org.handshakelab.app.player.Player;
import org.handshakelab.model.playback.Playback;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Playback controls: restart, previous narration point, step back, play/pause, step forward, next
 * narration point, the speed (0.25x to 4x) and a timeline scrubber with a tick per event.
 */
public final class PlaybackBar extends HBox {
    /** Above this many events tick marks would be a solid smear (and slow), so they are left out. */
    private static final int MAX_TICKS = 400;

    private final Player player;
    private final Slider timeline = new Slider(-1, 0, -1);
    private final InvalidationListener indexToSlider = o -> syncSlider();
    private Playback listening;
    private boolean updatingSlider;

    public PlaybackBar(I18n i18n, Player player) {
        this.player = player;
        setId("playback-bar");
        getStyleClass().add("playback-bar");

        Button restart = button("restart-button", Material2MZ.REPLAY, i18n, "playback.restart", "Home", player::restart);
        Button previous = button("previous-narration-button", Material2MZ.SKIP_PREVIOUS, i18n,
                "playback.previousNarration", "PgUp", player::previousNarration);
        Button back = button("step-back-button", Material2AL.CHEVRON_LEFT, i18n, "playback.stepBack", "←",
                player::stepBack);
        Button play = button("play-button", Material2MZ.PLAY_ARROW, i18n, "playback.play", "Space", player::togglePlay);
        play.getStyleClass().add("play-button");
        FontIcon playIcon = (FontIcon) play.getGraphic();
        player.playingProperty().addListener((o, was, playing) ->
                playIcon.setIconCode(playing ? Material2MZ.PAUSE : Material2MZ.PLAY_ARROW));
        play.getTooltip().textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get(player.isPlaying() ? "playback.pause" : "playback.play") + " (Space)",
                player.playingProperty(), i18n.languageProperty()));
        Button forward = button("step-forward-button", Material2AL.CHEVRON_RIGHT, i18n, "playback.stepForward", "→",
                player::stepForward);
        Button next = button("next-narration-button", Material2MZ.SKIP_NEXT, i18n, "playback.nextNarration", "PgDn",
                player::nextNarration);

        SegmentedButton speed = speedButtons(player);
        Label speedLabel = new Label();
        speedLabel.textProperty().bind(i18n.text("playback.speed"));
        speedLabel.setGraphic(new FontIcon(Material2MZ.SPEED));

        timeline.setId("timeline-slider");
        timeline.setBlockIncrement(1);
        timeline.setMajorTickUnit(1);
        timeline.setMinorTickCount(0);
        timeline.setSnapToTicks(true);
        timeline.setFocusTraversable(false);
        Tooltip timelineTip = new Tooltip();
        timelineTip.textProperty().bind(i18n.text("playback.timeline"));
        timeline.setTooltip(timelineTip);
        HBox.setHgrow(timeline, Priority.ALWAYS);
        timeline.valueProperty().addListener((o, a, value) -> {
            if (!updatingSlider && player.playback() != null) {
                int index = (int) Math.round(value.doubleValue());
                if (index != player.playback().eventIndexProperty().get()) {
                    player.seekToIndex(index);
                }
            }
        });

        getChildren().addAll(restart, previous, back, play, forward, next, timeline, speedLabel, speed);
        player.playbackProperty().addListener(o -> rebind());
        rebind();
    }

    public Slider timeline() {
        return timeline;
    }

    private void rebind() {
        if (listening != null) {
            listening.eventIndexProperty().removeListener(indexToSlider);
        }
        listening = player.playback();
        int size = listening == null ? 0 : listening.trace().size();
        updatingSlider = true;
        timeline.setMax(Math.max(0, size - 1));
        timeline.setShowTickMarks(size > 0 && size <= MAX_TICKS);
        timeline.setDisable(listening == null || size == 0);
        updatingSlider = false;
        if (listening != null) {
            listening.eventIndexProperty().addListener(indexToSlider);
        }
        syncSlider();
    }

    private void syncSlider() {
        updatingSlider = true;
        timeline.setValue(listening == null ? -1 : listening.eventIndexProperty().get());
        updatingSlider = false;
    }

    private static SegmentedButton speedButtons(Player player) {
        SegmentedButton buttons = new SegmentedButton();
        buttons.setId("speed-buttons");
        DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        for (double value : Player.SPEEDS) {
            ToggleButton toggle = new ToggleButton(format.format(value) + "×");
            toggle.setUserData(value);
            toggle.setId("speed-" + format.format(value).replace('.', '_')); // "." would be a CSS class in a lookup
            toggle.setFocusTraversable(false);
            buttons.getButtons().add(toggle);
            if (value == player.speedProperty().get()) {
                toggle.setSelected(true);
            }
        }
        buttons.getToggleGroup().selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one speed is always chosen
            } else {
                player.speedProperty().set((Double) now.getUserData());
            }
        });
        // and the buttons show the player's speed when something else sets it
        player.speedProperty().addListener((o, old, speed) -> buttons.getButtons().stream()
                .filter(toggle -> ((Double) toggle.getUserData()) == speed.doubleValue())
                .findFirst().ifPresent(toggle -> toggle.setSelected(true)));
        return buttons;
    }

    private static Button button(String id, Ikon icon, I18n i18n, String key, String keys, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.setGraphic(new FontIcon(icon));
        button.getStyleClass().add("button-icon");
        button.setFocusTraversable(false);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.concat(i18n.text(key), " (" + keys + ")"));
        button.setTooltip(tip);
        button.accessibleTextProperty().bind(i18n.text(key));
        button.setOnAction(e -> action.run());
        return button;
    }
}
