package org.handshakelab.app.session;

import java.nio.file.Path;
import java.util.List;
import org.handshakelab.lessons.BundledLessons;
import org.handshakelab.lessons.LessonLoader;
import org.handshakelab.lessons.LoadOutcome;

/** The one place the application calls the lessons module's loader and bundled lessons. */
public final class LessonSource {
    private LessonSource() {
    }

    public static final String DEFAULT_ID = BundledLessons.DEFAULT_ID;

    public static List<LibraryEntry> library() {
        return BundledLessons.list().stream()
                .map(e -> new LibraryEntry(e.id(), e.title(), e.summary()))
                .toList();
    }

    public static boolean isBundled(String id) {
        return library().stream().anyMatch(e -> e.id().equals(id));
    }

    public static LoadOutcome loadBundled(String id) {
        return BundledLessons.load(id);
    }

    public static LoadOutcome loadFile(Path file) {
        return LessonLoader.load(file);
    }
}
