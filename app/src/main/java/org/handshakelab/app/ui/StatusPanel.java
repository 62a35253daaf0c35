package org.handshakelab.app.ui;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import org.controlsfx.control.StatusBar;
import org.handshakelab.app.i18n.I18n;
import org.handshakelab.app.player.Player;
import org.handshakelab.app.session.LessonSession;
import org.handshakelab.model.playback.Playback;

/** The status bar: lesson id, event n/N and virtual time; while a lesson loads, a progress bar and Cancel. */
public final class StatusPanel {
    private final StatusBar bar = new StatusBar();
    private final Label event = new Label();
    private final Label time = new Label();
    private final I18n i18n;
    private final Player player;
    private final LessonSession session;
    private final InvalidationListener refresh = o -> refresh();
    private boolean clockStale;
    /**
     * Playing moves the event index and the time many times a frame (about 25 at 4x in a bulk
     * transfer), and each move formatted both labels again: they are written once a frame instead,
     * just before the frame's layout.
     */
    private final InvalidationListener clockMoved = o -> {
        clockStale = true;
        Platform.requestNextPulse();
    };
    private final Runnable showClockIfMoved = () -> {
        if (clockStale) {
            showClock();
        }
    };
    private Playback listening;

    private final javafx.beans.value.ObservableStringValue shownName;

    /** @param shownName what is on screen: the lesson id, or the capture's title */
    public StatusPanel(I18n i18n, Player player, LessonSession session,
                       javafx.beans.value.ObservableStringValue shownName) {
        this.shownName = shownName;
        this.i18n = i18n;
        this.player = player;
        this.session = session;
        bar.setId("status-bar");
        event.setId("status-event");
        time.setId("status-time");
        Button cancel = new Button();
        cancel.setId("cancel-loading-button");
        cancel.textProperty().bind(i18n.text("status.cancel"));
        cancel.visibleProperty().bind(session.loadingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> session.cancelLoading());
        cancel.setFocusTraversable(false);
        bar.getRightItems().addAll(cancel, new Separator(Orientation.VERTICAL), event,
                new Separator(Orientation.VERTICAL), time);
        session.loadingProperty().addListener(refresh);
        session.openProperty().addListener(refresh);
        shownName.addListener(refresh);
        i18n.languageProperty().addListener(refresh);
        player.playbackProperty().addListener(o -> rebind());
        bar.sceneProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.removePreLayoutPulseListener(showClockIfMoved);
            }
            if (now != null) {
                now.addPreLayoutPulseListener(showClockIfMoved);
            }
        });
        rebind();
    }

    public StatusBar node() {
        return bar;
    }

    private void rebind() {
        if (listening != null) {
            listening.eventIndexProperty().removeListener(clockMoved);
            listening.timeProperty().removeListener(clockMoved);
        }
        listening = player.playback();
        if (listening != null) {
            listening.eventIndexProperty().addListener(clockMoved);
            listening.timeProperty().addListener(clockMoved);
        }
        refresh();
    }

    private void refresh() {
        if (session.loadingProperty().get()) {
            bar.setProgress(-1);
            bar.setText(i18n.get("status.loading", session.loadingNameProperty().get()));
        } else {
            bar.setProgress(0);
            String name = shownName.get();
            bar.setText(name == null || name.isEmpty() ? i18n.get("status.noLesson") : name);
        }
        showClock();
    }

    /** The event n of N and the virtual time. */
    private void showClock() {
        clockStale = false;
        if (listening == null) {
            event.setText("");
            time.setText("");
            return;
        }
        event.setText(i18n.get("status.event", listening.eventIndexProperty().get() + 1, listening.trace().size()));
        time.setText(i18n.get("status.time", formatTime(listening.timeProperty().get())));
    }

    /** Virtual time as people read it: milliseconds below ten seconds, seconds with ms above. */
    static String formatTime(long millis) {
        if (millis < 10_000) {
            return millis + " ms";
        }
        return String.format(java.util.Locale.ROOT, "%d.%03d s", millis / 1000, millis % 1000);
    }
}
