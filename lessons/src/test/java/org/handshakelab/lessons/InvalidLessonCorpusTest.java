package org.handshakelab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.handshakelab.lessons.support.FixedTraceSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file in {@code invalid/} is rejected with exactly the diagnostics in its sidecar
 * {@code .expected} file, one {@code line:column: message} per line. The simulator is a stand-in
 * that returns the RFC 9293 handshake-and-close run, so anchor and expectation messages do not
 * depend on the model's development.
 */
class InvalidLessonCorpusTest {
    private static final Path SOURCE = Path.of("src/test/resources/invalid");

    static Stream<String> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(InvalidLessonCorpusTest.class.getResource("/invalid").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    static List<String> diagnostics(LoadOutcome outcome, String prefix) {
        List<Diagnostic> all = outcome instanceof LoadOutcome.Failed f ? f.diagnostics()
                : ((LoadOutcome.Loaded) outcome).lesson().warnings();
        return all.stream().map(Diagnostic::format)
                .map(s -> s.startsWith(prefix) ? s.substring(prefix.length()) : s).toList();
    }

    @Test
    void theCorpusHasAtLeastTwentyFiveFiles() throws Exception {
        assertTrue(corpus().count() >= 25, "the invalid-lesson corpus is the loader's contract");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachInvalidLessonIsRejectedWithExactlyTheExpectedMessages(String name) throws Exception {
        String text = TestLessons.text("invalid/" + name);
        LoadOutcome outcome = new LessonLoader(FixedTraceSimulator.handshake()).load(name, text);
        List<String> actual = diagnostics(outcome, name + ":");
        String expectedName = name.replace(".json", ".expected");
        if (Boolean.getBoolean("corpus.write")) {
            Files.writeString(SOURCE.resolve(expectedName), String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
        }
        assertInstanceOf(LoadOutcome.Failed.class, outcome, () -> String.join("\n", actual));
        List<String> expected = TestLessons.text("invalid/" + expectedName).lines()
                .filter(l -> !l.isBlank()).collect(Collectors.toList());
        assertEquals(String.join("\n", expected), String.join("\n", actual));
        for (Diagnostic d : ((LoadOutcome.Failed) outcome).diagnostics()) {
            assertTrue(d.line() >= 1 && d.column() >= 1, () -> "every diagnostic has a location: " + d);
        }
    }
}
