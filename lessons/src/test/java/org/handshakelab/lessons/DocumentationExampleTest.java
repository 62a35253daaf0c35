package org.handshakelab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example in docs/writing-a-lesson.md is a lesson that loads, with the model, and no warnings. */
class DocumentationExampleTest {

    @Test
    void theWritingALessonExampleLoadsWithoutWarnings() throws Exception {
        Path doc = Path.of("../docs/writing-a-lesson.md");
        assertTrue(Files.exists(doc), "run from the lessons module directory");
        String text = Files.readString(doc);
        int start = text.indexOf("```json\n") + "```json\n".length();
        String json = text.substring(start, text.indexOf("```", start));
        LoadOutcome outcome = new LessonLoader().load("my-first-lesson.json", json);
        assertInstanceOf(LoadOutcome.Loaded.class, outcome, () -> TestLessons.lines(outcome));
        assertEquals(0, ((LoadOutcome.Loaded) outcome).lesson().warnings().size(), () -> TestLessons.lines(outcome));
    }
}
