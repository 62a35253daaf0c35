package org.handshakelab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handshakelab.model.tcp.AppCall;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** The loader end to end with the TCP model (RFC 9293): anchors land on the events they name. */
class RealModelTest {
    private final LessonLoader loader = new LessonLoader();

    private LoadedLesson loaded(String text) {
        LoadOutcome outcome = loader.load("lesson.json", text);
        assertInstanceOf(LoadOutcome.Loaded.class, outcome, () -> TestLessons.lines(outcome));
        return ((LoadOutcome.Loaded) outcome).lesson();
    }

    @Test
    void theTestLessonsLoadWithTheModelAndEveryExpectationHolds() {
        loaded(TestLessons.handshake());
        loaded(TestLessons.text("valid/minimal.json"));
        LoadedLesson every = loaded(TestLessons.text("valid/every-field.json"));
        assertEquals(List.of("every-field.json:30:5: warning: $.script[6]: step \"reset\": the abort call failed"
                + " with \"connection does not exist\""), every.warnings().stream()
                .map(d -> d.format().replace("lesson.json", "every-field.json")).toList());
    }

    @Test
    void narrationAnchorsLandOnTheEventsTheyName() {
        LoadedLesson lesson = loaded(TestLessons.handshake());
        var trace = lesson.result().trace();
        NarrationPoint start = lesson.narration().get(0);
        NarrationPoint syn = lesson.narration().get(1);
        NarrationPoint close = lesson.narration().get(2);
        assertEquals(-1, start.eventIndex());
        TraceEvent.StateChanged entered = assertInstanceOf(TraceEvent.StateChanged.class, trace.get(syn.eventIndex()));
        assertEquals(Side.CLIENT, entered.side());
        assertEquals(State.SYN_SENT, entered.to());
        TraceEvent.CallMade call = assertInstanceOf(TraceEvent.CallMade.class, trace.get(close.eventIndex()));
        assertEquals(new AppCall.Close(), call.call());
        assertEquals(Side.CLIENT, call.side());
        assertEquals(1200, call.time(), "the client is ESTABLISHED at 200 ms and the close step waits 1000 ms");
    }

    @Test
    void aWrongClaimAboutTheCloseIsCaughtWithWhatReallyHappened() {
        // RFC 9293 §3.10.7.4: the passive closer is in CLOSE_WAIT, never TIME_WAIT (the seed note's mistake)
        String text = TestLessons.handshake().replace(
                "{\"at\": {\"timer\": \"TIME_WAIT\", \"endpoint\": \"client\", \"event\": \"set\"}, \"client\": \"TIME-WAIT\", \"server\": \"LAST_ACK\"}",
                "{\"at\": {\"segment\": {\"from\": \"client\", \"flags\": [\"FIN\", \"ACK\"]}, \"event\": \"delivered\"}, \"server\": \"TIME_WAIT\"}");
        LoadOutcome outcome = loader.load("lesson.json", text);
        assertEquals("lesson.json:36:102: expected server TIME_WAIT, but it was CLOSE_WAIT", TestLessons.lines(outcome));
    }

    @Test
    void reachingTheEventBoundWithTheModelIsAnError() {
        String text = TestLessons.handshake().replace("\"seed\": 1", "\"seed\": 1, \"bounds\": {\"maxEvents\": 10}");
        assertEquals("lesson.json:11:26: $.setup.bounds: the simulation reached its bound of 10 events (maxEvents)"
                + " before everything had happened; shorten the script or raise the bound",
                TestLessons.lines(loader.load("lesson.json", text)));
    }

    @Test
    void aTimeWaitLongerThanTheTimeBoundIsAnError() {
        // TIME-WAIT is 2 x MSL = 240 s by default (RFC 9293 §3.4.2), longer than a 60 s bound
        String text = TestLessons.handshake().replace("\"seed\": 1", "\"seed\": 1, \"bounds\": {\"maxTime\": 60000}");
        assertEquals("lesson.json:11:26: $.setup.bounds: the simulation reached its bound of 60000 ms of virtual time"
                + " (maxTime) before everything had happened; shorten the script or raise the bound",
                TestLessons.lines(loader.load("lesson.json", text)));
        String shortMsl = text.replace("\"isn\": 1000}", "\"isn\": 1000, \"tcp\": {\"mslMs\": 20000}}");
        assertEquals(40_000 + 1300, loaded(shortMsl).result().trace().endTime(),
                "with MSL 20 s the client leaves TIME_WAIT 40 s after entering it at 1300 ms");
    }

    @Test
    void theSameLessonGivesTheSameTraceEveryTime() {
        assertEquals(loaded(TestLessons.handshake()).result().trace(), loaded(TestLessons.handshake()).result().trace());
        assertTrue(loaded(TestLessons.handshake()).result().trace().size() > 30);
    }
}
