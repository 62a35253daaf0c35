package org.handshakelab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every lesson listed in bundled/index.txt loads with the real TCP model, with no error: its anchors
 * all happen and all its expectations hold. A broken bundled lesson fails here with its messages.
 */
class BundledLessonsTest {

    @TestFactory
    Stream<DynamicTest> everyBundledLessonLoadsAndAllItsExpectationsHold() {
        return BundledLessons.ids().stream().map(id -> DynamicTest.dynamicTest(id, () -> {
            LoadOutcome outcome = BundledLessons.load(id);
            assertInstanceOf(LoadOutcome.Loaded.class, outcome, () -> id + ":\n" + TestLessons.lines(outcome));
            LoadedLesson lesson = ((LoadOutcome.Loaded) outcome).lesson();
            assertEquals(id, lesson.id(), "the file name and the lesson id agree");
            assertTrue(lesson.result().trace().size() > 0, "the lesson's run did something");
        }));
    }

    @Test
    void theIndexListsEachLessonOnceAndIncludesTheDefault() {
        List<String> ids = BundledLessons.ids();
        Assumptions.assumeFalse(ids.isEmpty(), "no bundled lessons in this build yet");
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no id twice");
        assertTrue(ids.contains(BundledLessons.DEFAULT_ID), "the default lesson is bundled");
    }

    @Test
    void theLibraryListIsCheapAndMatchesWhatLoads() {
        List<BundledLessonInfo> infos = BundledLessons.list();
        assertEquals(BundledLessons.ids(), infos.stream().map(BundledLessonInfo::id).toList());
        for (BundledLessonInfo info : infos) {
            LoadOutcome outcome = BundledLessons.load(info.id());
            if (outcome instanceof LoadOutcome.Loaded loaded) {
                assertEquals(loaded.lesson().title(), info.title(), info.id());
                assertEquals(loaded.lesson().summary(), info.summary(), info.id());
            }
        }
    }

    @Test
    void anUnknownIdIsADiagnostic() {
        LoadOutcome outcome = BundledLessons.load("no-such-lesson");
        assertEquals("bundled/no-such-lesson.json:0:0: no bundled lesson has the id \"no-such-lesson\"",
                TestLessons.lines(outcome));
    }
}
