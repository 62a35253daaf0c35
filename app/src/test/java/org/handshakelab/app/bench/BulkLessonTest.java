package org.handshakelab.app.bench;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.handshakelab.app.session.LessonSource;
import org.handshakelab.lessons.LoadOutcome;
import org.handshakelab.model.trace.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkLessonTest {

    @Test
    void theGeneratedLessonLoadsAndSendsAboutFiveThousandSegmentsWithSomeLost(@TempDir Path dir) throws Exception {
        LoadOutcome outcome = LessonSource.loadFile(BulkLesson.write(dir.resolve("bulk.json")));
        LoadOutcome.Loaded loaded = assertInstanceOf(LoadOutcome.Loaded.class, outcome);
        var events = loaded.lesson().result().trace().events();
        long sent = events.stream().filter(e -> e instanceof TraceEvent.SegmentSent).count();
        long dropped = events.stream().filter(e -> e instanceof TraceEvent.SegmentDropped).count();
        assertTrue(sent >= 4_500 && sent <= 6_000, "segments sent: " + sent);
        assertTrue(dropped > 0, "random loss should drop some segments");
    }
}
