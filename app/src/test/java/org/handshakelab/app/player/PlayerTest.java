package org.handshakelab.app.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handshakelab.lessons.LocalizedText;
import org.handshakelab.lessons.NarrationPoint;
import org.handshakelab.model.playback.Playback;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The player clock, driven frame by frame through {@link Player#advanceBy(double)} (no wall clock involved). */
@ExtendWith(ApplicationExtension.class)
class PlayerTest {
    private static final long TIME_WAIT_END = 300 + 240_000;

    /** A close: the client waits 2 x MSL in TIME_WAIT (RFC 9293 §3.4.2), then is CLOSED. */
    private static Trace trace() {
        return new Trace(List.of(
                new TraceEvent.StateChanged(0, Side.CLIENT, State.CLOSED, State.ESTABLISHED, "test"),
                new TraceEvent.StateChanged(100, Side.CLIENT, State.ESTABLISHED, State.FIN_WAIT_1, "close"),
                new TraceEvent.StateChanged(200, Side.CLIENT, State.FIN_WAIT_1, State.FIN_WAIT_2, "ACK"),
                new TraceEvent.StateChanged(300, Side.CLIENT, State.FIN_WAIT_2, State.TIME_WAIT, "FIN"),
                new TraceEvent.StateChanged(TIME_WAIT_END, Side.CLIENT, State.TIME_WAIT, State.CLOSED, "2MSL")),
                -1, -1);
    }

    private static NarrationPoint point(int index, boolean pause) {
        return new NarrationPoint("p" + index, index, pause, LocalizedText.of("point " + index, null));
    }

    private Player player(List<NarrationPoint> narration) {
        Player player = new Player();
        player.load(new Playback(trace()), narration, -1);
        return player;
    }

    @Test
    void playingStopsAtAPausingNarrationPointAndResumesPastIt(FxRobot robot) {
        robot.interact(() -> {
            Player player = player(List.of(point(0, false), point(2, true)));
            player.play();
            int frames = 0;
            while (player.isPlaying() && frames++ < 1000) {
                player.advanceBy(16);
            }
            assertEquals(2, player.playback().eventIndexProperty().get(), "paused at the pausing point");
            assertEquals(200, player.playback().timeProperty().get());
            player.play();
            player.advanceBy(16);
            assertTrue(player.isPlaying(), "does not stop again at the point it paused at");
            assertEquals(216, player.playback().timeProperty().get());
        });
    }

    @Test
    void timeWaitIsCrossedInAboutASecondAndPlayingStopsAtTheEnd(FxRobot robot) {
        robot.interact(() -> {
            Player player = player(List.of());
            player.seekToIndex(3);
            player.play();
            double realMs = 0;
            while (player.isPlaying() && realMs < 600_000) {
                player.advanceBy(16);
                realMs += 16;
            }
            assertTrue(realMs <= 1_100, "240 s of TIME_WAIT took " + realMs + " ms of real time");
            assertTrue(player.playback().atEnd());
            assertEquals(State.CLOSED, player.playback().stateProperty(Side.CLIENT).get());
            assertFalse(player.isPlaying());
        });
    }

    @Test
    void playAtTheEndStartsAgainFromTheBeginning(FxRobot robot) {
        robot.interact(() -> {
            Player player = player(List.of());
            player.seekToIndex(4);
            player.play();
            assertEquals(-1, player.playback().eventIndexProperty().get());
            player.pause();
        });
    }

    @Test
    void speedScalesVirtualTime(FxRobot robot) {
        robot.interact(() -> {
            Player player = player(List.of());
            player.seekToIndex(0);
            player.speedProperty().set(4.0);
            player.play();
            player.advanceBy(10);
            assertEquals(40, player.playback().timeProperty().get());
            player.speedProperty().set(0.25);
            player.advanceBy(20);
            assertEquals(45, player.playback().timeProperty().get());
            player.pause();
        });
    }

    @Test
    void stepsAndNarrationJumpsAreExactAndPause(FxRobot robot) {
        robot.interact(() -> {
            Player player = player(List.of(point(-1, false), point(1, false), point(3, true)));
            player.play();
            player.stepForward();
            assertFalse(player.isPlaying(), "a step pauses");
            assertEquals(0, player.playback().eventIndexProperty().get());
            player.nextNarration();
            assertEquals(1, player.playback().eventIndexProperty().get());
            player.nextNarration();
            assertEquals(3, player.playback().eventIndexProperty().get());
            player.stepBack();
            player.previousNarration();
            assertEquals(1, player.playback().eventIndexProperty().get());
            player.restart();
            assertEquals(-1, player.playback().eventIndexProperty().get());
            assertEquals(0, player.playback().timeProperty().get());
        });
    }
}
