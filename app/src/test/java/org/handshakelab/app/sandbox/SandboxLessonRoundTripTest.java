package org.handshakelab.app.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.handshakelab.lessons.LessonLoader;
import org.handshakelab.lessons.LoadOutcome;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;
import org.handshakelab.model.trace.TraceJsonl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A sandbox session saved as a lesson and loaded again computes the sandbox's trace, event by event. */
class SandboxLessonRoundTripTest {

    static Stream<Arguments> sessions() {
        return Stream.of(
                Arguments.of("handshake, data both ways, four-way close", (Consumer<SandboxSession>) s -> {
                    SandboxSessionTest.handshake(s);
                    s.send(Side.CLIENT, "GET / HTTP/1.1");
                    s.advanceBy(120);
                    s.send(Side.SERVER, "HTTP/1.1 200 OK — 좋아요");
                    s.advanceBy(300);
                    s.close(Side.CLIENT);
                    s.advanceBy(100);
                    s.close(Side.SERVER);
                }),
                Arguments.of("lost SYN, delayed SYN,ACK, duplicated data", (Consumer<SandboxSession>) s -> {
                    s.listen(Side.SERVER);
                    s.dropNext(Side.CLIENT);
                    s.delayNext(Side.SERVER, 700);
                    s.connect(Side.CLIENT);
                    s.advanceBy(2_500);
                    s.duplicateNext(Side.CLIENT, 400);
                    s.send(Side.CLIENT, "hello");
                    s.advanceBy(1_000);
                    s.close(Side.CLIENT);
                    s.close(Side.SERVER);
                }),
                Arguments.of("lost final ACK, then a reconnect after TIME_WAIT", (Consumer<SandboxSession>) s -> {
                    SandboxSessionTest.handshake(s);
                    s.close(Side.CLIENT);
                    s.advanceBy(100);
                    s.dropNext(Side.CLIENT); // the last ACK
                    s.close(Side.SERVER);
                    s.advanceBy(5_000);
                    s.advanceTo(s.nextEventTime()); // the jump over TIME_WAIT
                    s.listen(Side.SERVER);
                    s.connect(Side.CLIENT);
                    s.advanceBy(300);
                    s.abort(Side.SERVER);
                }),
                Arguments.of("actions exactly when segments arrive", (Consumer<SandboxSession>) s -> {
                    s.listen(Side.SERVER);
                    s.connect(Side.CLIENT);
                    s.advanceTo(50);
                    s.close(Side.SERVER);
                    s.advanceTo(100);
                    s.send(Side.CLIENT, "x");
                    s.advanceTo(150);
                    s.abort(Side.CLIENT);
                }),
                Arguments.of("random loss", (Consumer<SandboxSession>) s -> {
                    s.setRandomLossPercent(40);
                    SandboxSessionTest.handshake(s);
                    s.advanceBy(20_000);
                    for (int i = 0; i < 5; i++) {
                        s.send(Side.CLIENT, "chunk " + i);
                        s.advanceBy(30);
                    }
                    s.advanceBy(20_000);
                    s.setRandomLossPercent(0);
                    s.close(Side.CLIENT);
                    s.close(Side.SERVER);
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessions")
    void theSavedLessonReplaysTheSessionEventByEvent(String name, Consumer<SandboxSession> play) {
        SandboxSession session = new SandboxSession();
        play.accept(session);
        while (!session.isIdle()) {
            session.advanceTo(session.nextEventTime());
        }
        String json = session.toLessonJson(LocalDate.of(2026, 11, 25));
        assertTrue(json.contains("\"title\" : {\n    \"en\" : \"Sandbox session 2026-11-25\""), json);

        LoadOutcome outcome = new LessonLoader().load("sandbox.json", json);
        LoadOutcome.Loaded loaded = assertInstanceOf(LoadOutcome.Loaded.class, outcome,
                () -> outcome + "\n" + json);
        Trace replay = loaded.lesson().result().trace();
        List<String> expected = lines(withRandomLossNamed(session.trace()));
        List<String> actual = lines(replay);
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "event " + i + " of " + name);
        }
        assertEquals(expected.size(), actual.size(), "same number of events");
        assertTrue(expected.size() > 10);
    }

    private static List<String> lines(Trace trace) {
        return List.of(TraceJsonl.toString(trace).split("\n"));
    }

    /** The sandbox's random losses, named as the saved lesson's explicit drops are. */
    private static Trace withRandomLossNamed(Trace trace) {
        List<TraceEvent> events = new ArrayList<>();
        int[] sent = new int[2];
        java.util.Map<Integer, Integer> sendNumber = new java.util.HashMap<>();
        for (TraceEvent e : trace.events()) {
            if (e instanceof TraceEvent.SegmentSent s) {
                sendNumber.put(s.id(), ++sent[s.side().ordinal()]);
            }
            if (e instanceof TraceEvent.SegmentDropped d && d.cause().equals("random loss")) {
                events.add(new TraceEvent.SegmentDropped(d.time(), d.side(), d.id(),
                        SandboxSession.randomLossId(d.side(), sendNumber.get(d.id()))));
            } else {
                events.add(e);
            }
        }
        return new Trace(events, trace.clientIsn(), trace.serverIsn());
    }
}
