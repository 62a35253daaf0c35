package org.handshakelab.app.player;

import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.handshakelab.lessons.NarrationPoint;
import org.handshakelab.model.playback.Playback;

/**
 * Drives a {@link Playback}: play/pause with an {@link AnimationTimer} that advances
 * {@link Playback#seekToTime(long)} at the chosen speed (see {@link ClockAdvance}), pausing at
 * narration points that ask for it and at the end; exact steps and seeks for everything else.
 * FX thread only.
 */
public final class Player {
    public static final List<Double> SPEEDS = List.of(0.25, 0.5, 1.0, 2.0, 4.0);
    /** Longest real time one frame may account for, so a stalled frame does not leap ahead. */
    private static final double MAX_FRAME_MS = 100;

    private final ReadOnlyObjectWrapper<Playback> playback = new ReadOnlyObjectWrapper<>(this, "playback");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1.0);
    private NarrationIndex narration = NarrationIndex.EMPTY;
    private ClockAdvance clock;
    private double virtualTime;
    private long lastFrameNanos;

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (lastFrameNanos != 0) {
                advanceBy(Math.min(MAX_FRAME_MS, (now - lastFrameNanos) / 1e6));
            }
            lastFrameNanos = now;
        }
    };

    public ReadOnlyObjectProperty<Playback> playbackProperty() {
        return playback.getReadOnlyProperty();
    }

    public Playback playback() {
        return playback.get();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /** Playback speed: 1 = real time; one of {@link #SPEEDS} from the controls. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    public NarrationIndex narration() {
        return narration;
    }

    /** Shows a new run (or nothing, with null), paused at {@code startIndex} (clamped to the trace). */
    public void load(Playback newPlayback, List<NarrationPoint> points, int startIndex) {
        pause();
        narration = newPlayback == null ? NarrationIndex.EMPTY : new NarrationIndex(points);
        clock = newPlayback == null ? null : new ClockAdvance(newPlayback.trace());
        if (newPlayback != null) {
            newPlayback.seekToIndex(Math.max(-1, Math.min(startIndex, newPlayback.trace().size() - 1)));
        }
        playback.set(newPlayback);
        syncTime();
    }

    public void play() {
        Playback p = playback.get();
        if (p == null || playing.get()) {
            return;
        }
        if (p.atEnd()) {
            p.restart();
        }
        syncTime();
        lastFrameNanos = 0;
        playing.set(true);
        timer.start();
    }

    public void pause() {
        if (playing.get()) {
            timer.stop();
            playing.set(false);
        }
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    public void stepForward() {
        exact(Playback::stepForward);
    }

    public void stepBack() {
        exact(Playback::stepBack);
    }

    public void restart() {
        exact(Playback::restart);
    }

    public void seekToIndex(int index) {
        exact(p -> p.seekToIndex(Math.max(-1, Math.min(index, p.trace().size() - 1))));
    }

    public void nextNarration() {
        Playback p = playback.get();
        if (p != null) {
            narration.next(p.eventIndexProperty().get()).ifPresent(point -> seekToIndex(point.eventIndex()));
        }
    }

    public void previousNarration() {
        Playback p = playback.get();
        if (p != null) {
            narration.previous(p.eventIndexProperty().get()).ifPresent(point -> seekToIndex(point.eventIndex()));
        }
    }

    /**
     * Advances playing time by {@code realMillis} of real time at the current speed: what one
     * animation frame does. Stops at the first pausing narration point passed, or at the end.
     */
    public void advanceBy(double realMillis) {
        Playback p = playback.get();
        if (p == null || clock == null) {
            pause();
            return;
        }
        double target = clock.advance(virtualTime, realMillis, speed.get());
        int fromIndex = p.eventIndexProperty().get();
        int toIndex = p.index().lastIndexAtOrBefore((long) Math.floor(target));
        var pausePoint = narration.firstPauseIn(fromIndex, toIndex);
        if (pausePoint.isPresent()) {
            p.seekToIndex(pausePoint.get().eventIndex());
            syncTime();
            pause();
            return;
        }
        if (target >= clock.endTime()) {
            p.seekToIndex(p.trace().size() - 1);
            syncTime();
            pause();
            return;
        }
        virtualTime = target;
        p.seekToTime((long) Math.floor(target));
    }

    private void exact(java.util.function.Consumer<Playback> action) {
        Playback p = playback.get();
        if (p == null) {
            return;
        }
        pause();
        action.accept(p);
        syncTime();
    }

    private void syncTime() {
        Playback p = playback.get();
        virtualTime = p == null ? 0 : p.timeProperty().get();
    }

}
