package org.handshakelab.app.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.handshakelab.app.diagram.HandBuiltTrace;
import org.handshakelab.lessons.QuizQuestion;
import org.handshakelab.model.playback.Playback;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.trace.Trace;
import org.junit.jupiter.api.Test;

/** Quiz questions fall due as a real Playback moves, also when a time seek jumps over the anchor. */
class QuizPlaybackTest {

    @Test
    void aTimeSeekPastTheAnchorAsksAndARestartWithdraws() {
        Trace trace = HandBuiltTrace.handshakeDataAndClose();
        int timeWait = HandBuiltTrace.indexOfChange(trace, Side.CLIENT, State.TIME_WAIT);
        QuizQuestion q = QuizSessionTest.question("who-waits", timeWait, 0);
        Playback playback = new Playback(trace);
        QuizSession session = new QuizSession("close", List.of(q));
        session.follow(playback);
        playback.seekToTime(trace.get(timeWait).time() - 1);
        assertNull(session.dueProperty().get());
        playback.seekToTime(trace.get(timeWait).time() + 5);   // one frame applies several events
        assertEquals(q, session.dueProperty().get());
        playback.restart();
        assertNull(session.dueProperty().get());
        while (!playback.atEnd()) {
            playback.stepForward();
        }
        assertEquals(q, session.dueProperty().get());
    }
}
