package org.handshakelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.handshakelab.app.session.LessonSource;
import org.handshakelab.lessons.LoadOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which lesson the window opens with, from --lesson. */
class FirstLessonTest {
    @TempDir
    Path dir;

    private static StartupOptions lesson(String value) {
        return StartupOptions.parse(value == null ? new String[0] : new String[] {"--lesson", value});
    }

    @Test
    void withoutAnOptionItIsTheThreeWayHandshake() {
        FirstLesson first = FirstLesson.load(lesson(null));
        LoadOutcome.Loaded loaded = assertInstanceOf(LoadOutcome.Loaded.class, first.outcome());
        assertEquals(LessonSource.DEFAULT_ID, loaded.lesson().id());
        assertNull(first.file());
        assertNull(first.fallback());
    }

    @Test
    void aBundledIdOpensThatLesson() {
        String id = LessonSource.library().get(LessonSource.library().size() - 1).id();
        LoadOutcome.Loaded loaded = assertInstanceOf(LoadOutcome.Loaded.class, FirstLesson.load(lesson(id)).outcome());
        assertEquals(id, loaded.lesson().id());
    }

    @Test
    void aBrokenFileKeepsItsErrorsAndFallsBackToTheDefaultLesson() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.json"), "{ \"format\": 1, ");
        FirstLesson first = FirstLesson.load(lesson(file.toString()));
        assertInstanceOf(LoadOutcome.Failed.class, first.outcome());
        assertEquals(file.toAbsolutePath(), first.file());
        LoadOutcome.Loaded fallback = assertInstanceOf(LoadOutcome.Loaded.class, first.fallback());
        assertEquals(LessonSource.DEFAULT_ID, fallback.lesson().id());
    }

    @Test
    void aNameThatIsNeitherAFileNorABundledLessonIsReported() {
        FirstLesson first = FirstLesson.load(lesson("no-such-lesson"));
        assertTrue(first.notFound());
        assertInstanceOf(LoadOutcome.Loaded.class, first.fallback());
    }
}
