package org.handshakelab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.handshakelab.lessons.support.FixedTraceSimulator;
import org.junit.jupiter.api.Test;

/** Each limit of the format is an error with its location; just under a limit is fine. Generated, not committed. */
class LimitsTest {
    private final LessonLoader loader = new LessonLoader(FixedTraceSimulator.handshake());

    private List<String> messages(String text) {
        LoadOutcome outcome = loader.load("big.json", text);
        List<Diagnostic> all = outcome instanceof LoadOutcome.Failed f ? f.diagnostics()
                : ((LoadOutcome.Loaded) outcome).lesson().warnings();
        return all.stream().map(Diagnostic::format).toList();
    }

    private static String withArray(String field, String item, int count) {
        String items = IntStream.range(0, count).mapToObj(i -> item.replace("#", Integer.toString(i)))
                .collect(Collectors.joining(",\n"));
        return TestLessons.text("valid/minimal.json").replace("\"script\": []", "\"script\": [],\n  \"" + field
                + "\": [\n" + items + "\n  ]");
    }

    private static String steps(int count) {
        String items = IntStream.range(0, count).mapToObj(i -> "{\"at\": " + i + ", \"endpoint\": \"client\", \"do\": \"close\"}")
                .collect(Collectors.joining(",\n"));
        return TestLessons.text("valid/minimal.json").replace("\"script\": []", "\"script\": [\n" + items + "\n]");
    }

    @Test
    void moreThanAThousandStepsIsAnErrorAtTheArray() {
        assertEquals(List.of("big.json:10:13: $.script: at most 1000 steps are allowed, found 1001"),
                messages(steps(1001)).stream().filter(m -> !m.contains("warning")).toList());
    }

    @Test
    void aThousandStepsAreAllowed() {
        assertEquals(List.of(), messages(steps(1000)).stream().filter(m -> !m.contains("warning")).toList());
    }

    @Test
    void moreThanTwoHundredQuizQuestionsIsAnError() {
        String q = "{\"at\": {\"start\": true}, \"question\": {\"en\": \"Q#\", \"ko\": \"Q\"}, \"choices\": "
                + "[{\"en\": \"a\", \"ko\": \"a\"}, {\"en\": \"b\", \"ko\": \"b\"}], \"answer\": 1}";
        assertEquals(List.of("big.json:11:11: $.quiz: at most 200 quiz questions are allowed, found 201"),
                messages(withArray("quiz", q, 201)));
        assertInstanceOf(LoadOutcome.Loaded.class, loader.load("ok.json", withArray("quiz", q, 200)));
    }

    @Test
    void moreThanAThousandFaultsNarrationOrExpectationsIsAnError() {
        assertEquals(List.of("big.json:11:13: $.faults: at most 1000 faults are allowed, found 1001"),
                messages(withArray("faults", "{\"id\": \"f#\", \"action\": \"drop\", \"flags\": [\"URG\"]}", 1001))
                        .stream().filter(m -> m.contains("at most")).toList());
        assertEquals(List.of("big.json:11:16: $.narration: at most 1000 narration entries are allowed, found 1001"),
                messages(withArray("narration", "{\"at\": {\"end\": true}, \"text\": {\"en\": \"n\", \"ko\": \"n\"}}", 1001)));
        assertEquals(List.of("big.json:11:19: $.expectations: at most 1000 expectations are allowed, found 1001"),
                messages(withArray("expectations", "{\"at\": {\"end\": true}, \"client\": \"CLOSED\"}", 1001)));
    }

    @Test
    void nestingOfThirtyTwoLevelsIsTheLimit() {
        String ok = "{\"format\": 1, \"x\": " + "[".repeat(31) + "]".repeat(31) + "}";
        String tooDeep = "{\"format\": 1, \"x\": " + "[".repeat(32) + "]".repeat(32) + "}";
        assertEquals(List.of("big.json:1:51: nesting deeper than 32 levels (the limit)"), messages(tooDeep));
        assertEquals(false, messages(ok).stream().anyMatch(m -> m.contains("nesting")), "32 levels are allowed");
    }

    @Test
    void stringsOfFourThousandCharactersAreTheLimit() {
        String base = TestLessons.text("valid/minimal.json");
        assertEquals(List.of(), messages(base.replace("\"Nothing happens.\"", "\"" + "x".repeat(4000) + "\"")));
        assertEquals(List.of("big.json:5:21: $.summary.en: string is 4001 characters long; the limit is 4000"),
                messages(base.replace("\"Nothing happens.\"", "\"" + "x".repeat(4001) + "\"")));
    }

    @Test
    void theScriptMaySendAtMostSixteenMebibytesInAll() {
        String items = IntStream.range(0, 17).mapToObj(i -> "{\"at\": " + i
                + ", \"endpoint\": \"client\", \"do\": \"send\", \"bytes\": 1048576}").collect(Collectors.joining(",\n"));
        String text = TestLessons.text("valid/minimal.json").replace("\"script\": []", "\"script\": [\n" + items + "\n]");
        assertEquals(List.of("big.json:27:1: $.script[16]: the script sends 17825792 bytes in all; the limit is 16777216"),
                messages(text));
    }
}
