package org.handshakelab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.handshakelab.lessons.support.FixedTraceSimulator;
import org.handshakelab.model.sim.Trigger;
import org.handshakelab.model.tcp.AppCall;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonLoaderTest {
    private final FixedTraceSimulator simulator = FixedTraceSimulator.handshake();
    private final LessonLoader loader = new LessonLoader(simulator);

    private LoadedLesson loaded(String text) {
        LoadOutcome outcome = loader.load("lesson.json", text);
        assertInstanceOf(LoadOutcome.Loaded.class, outcome, () -> TestLessons.lines(outcome));
        return ((LoadOutcome.Loaded) outcome).lesson();
    }

    private List<String> errors(String text) {
        LoadOutcome outcome = loader.load("lesson.json", text);
        assertInstanceOf(LoadOutcome.Failed.class, outcome, "expected the lesson to be rejected");
        return ((LoadOutcome.Failed) outcome).diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void aValidLessonLoadsWithNarrationSortedByEventAndNoWarnings() {
        LoadedLesson lesson = loaded(TestLessons.handshake());
        assertEquals("test-handshake", lesson.id());
        assertEquals("핸드셰이크와 종료", lesson.title().get("ko"));
        assertEquals(List.of("n-start", "n-syn", "n-close"), lesson.narration().stream().map(NarrationPoint::id).toList());
        assertEquals(List.of(-1, 3, 19), lesson.narration().stream().map(NarrationPoint::eventIndex).toList());
        assertTrue(lesson.narration().get(1).pause());
        assertEquals(32, lesson.quiz().get(0).eventIndex(), "the quiz hangs on the client entering TIME_WAIT");
        assertEquals(List.of(), lesson.warnings());
        assertEquals("Server", lesson.label(Side.SERVER).get("en"));
    }

    @Test
    void theScenarioCarriesEveryCauseOfTheLesson() {
        loaded(TestLessons.handshake());
        var scenario = simulator.lastScenario();
        assertEquals(1000L, scenario.client().isn());
        assertEquals("10.0.0.2", scenario.server().address());
        assertEquals(5, scenario.actions().size());
        assertEquals(new Trigger.At(100), scenario.actions().get(1).trigger());
        assertEquals(new Trigger.OnState(Side.CLIENT, State.ESTABLISHED, 1, 10), scenario.actions().get(2).trigger());
        assertEquals(AppCall.Send.text("GET /"), scenario.actions().get(2).call());
        assertEquals(100_000, scenario.bounds().maxEvents());
        assertEquals(3_600_000, scenario.bounds().maxTimeMillis());
    }

    @Test
    void aFailedExpectationSaysWhatActuallyHappenedAtTheValue() {
        String text = TestLessons.handshake().replace("\"server\": \"SYN_RECEIVED\"", "\"server\": \"ESTABLISHED\"");
        assertEquals(List.of("lesson.json:31:41: expected server ESTABLISHED, but it was SYN_RECEIVED"), errors(text));
    }

    @Test
    void aWrongReceivedTextShowsBothTexts() {
        String text = TestLessons.handshake().replace("\"received\": {\"server\": \"GET /\"}}",
                "\"received\": {\"server\": \"GET /index\"}}");
        assertEquals(List.of("lesson.json:35:29: expected server to have received \"GET /index\" (10 bytes), but it"
                + " had received \"GET /\" (5 bytes)"), errors(text));
    }

    @Test
    void anAnchorThatNeverHappensIsAnErrorAtTheAnchor() {
        String text = TestLessons.handshake().replace("{\"state\": \"SYN_SENT\", \"endpoint\": \"client\"}",
                "{\"state\": \"CLOSING\", \"endpoint\": \"client\"}");
        assertEquals(List.of("lesson.json:25:27: anchor never happens: client never entered CLOSING"), errors(text));
    }

    @Test
    void missingKoreanIsOnlyAWarning() {
        String text = TestLessons.handshake().replace(", \"ko\": \"두 호스트.\"", "");
        LoadedLesson lesson = loaded(text);
        assertEquals(List.of("lesson.json:27:54: warning: $.narration[2].text: no Korean (\"ko\") text; English"
                + " will be shown instead"), lesson.warnings().stream().map(Diagnostic::format).toList());
        assertEquals("Two hosts.", lesson.narration().get(0).text().get("ko"), "falls back to English");
    }

    @Test
    void everyErrorIsReportedNotOnlyTheFirst() {
        String text = TestLessons.handshake().replace("\"port\": 80", "\"port\": 0")
                .replace("\"do\": \"close\"}", "\"do\": \"shutdown\"}")
                .replace("\"seed\": 1", "\"seed\": 1, \"colour\": \"red\"");
        assertEquals(4, errors(text).size(), () -> String.join("\n", errors(text)));
    }

    @Test
    void aSimulationThatThrowsBecomesADiagnostic() {
        LessonLoader broken = new LessonLoader(scenario -> {
            throw new IllegalStateException("model bug");
        });
        LoadOutcome outcome = broken.load("lesson.json", TestLessons.handshake());
        assertEquals("lesson.json:7:12: $.setup: the simulation failed: model bug", TestLessons.lines(outcome));
    }

    @Test
    void aCancelledLoadStopsWithOneDiagnostic() {
        AtomicInteger asked = new AtomicInteger();
        LoadOutcome outcome = loader.load("lesson.json", TestLessons.handshake(), () -> asked.incrementAndGet() > 0);
        assertEquals("lesson.json:0:0: loading was cancelled", TestLessons.lines(outcome));
        assertEquals(null, simulator.lastScenario(), "the simulation is not run after cancelling");
    }

    @Test
    void nullArgumentsAreDiagnosticsNotExceptions() {
        assertEquals("lesson:1:1: syntax error: the file is empty (expected a JSON object)",
                TestLessons.lines(loader.load(null, null, null)));
        assertInstanceOf(LoadOutcome.Failed.class, loader.load((Path) null));
    }

    @Test
    void aMissingFileIsADiagnosticNotAnException(@TempDir Path dir) {
        LoadOutcome outcome = loader.load(dir.resolve("nope.json"));
        assertInstanceOf(LoadOutcome.Failed.class, outcome);
        assertTrue(TestLessons.lines(outcome).startsWith(dir.resolve("nope.json") + ":1:1: cannot read the file"));
    }

    @Test
    void aFileOverOneMebibyteIsRejectedBeforeParsing(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        Files.writeString(big, "[" + " ".repeat(1024 * 1024) + "]");
        assertEquals(big + ":1:1: the file is 1048578 bytes; the limit is 1048576 bytes (1 MiB)",
                TestLessons.lines(loader.load(big)));
        assertEquals("big.json:1:1: the file is 1048578 bytes; the limit is 1048576 bytes (1 MiB)",
                TestLessons.lines(loader.load("big.json", Files.readString(big))));
        assertEquals(null, simulator.lastScenario());
    }

    @Test
    void aDeviceThatNeverEndsIsCutAtTheLimit() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero), "needs /dev/zero");
        assertEquals("/dev/zero:1:1: the file is larger than the limit of 1048576 bytes (1 MiB)",
                TestLessons.lines(loader.load(zero)));
    }

    @Test
    void invalidUtf8IsReportedWhereItIs(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.write(bad, new byte[] {'{', '\n', ' ', '"', (byte) 0xC3, '"', '}'});
        assertEquals(bad + ":2:3: the file is not valid UTF-8 (byte offset 4)", TestLessons.lines(loader.load(bad)));
    }

    @Test
    void aFileLoadsFromDiskWithItsPathAsSource(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ok.json");
        Files.writeString(file, "\uFEFF" + TestLessons.handshake());
        LoadOutcome outcome = loader.load(file);
        assertInstanceOf(LoadOutcome.Loaded.class, outcome, () -> TestLessons.lines(outcome));
        assertEquals(file, ((LoadOutcome.Loaded) outcome).lesson().source());
    }

    @Test
    void aBoundReachedIsAnError() {
        String text = TestLessons.handshake().replace("\"seed\": 1", "\"seed\": 1, \"bounds\": {\"maxEvents\": 20}");
        assertEquals(List.of("lesson.json:11:26: $.setup.bounds: the simulation reached its bound of 20 events"
                + " (maxEvents) before everything had happened; shorten the script or raise the bound"), errors(text));
    }
}
