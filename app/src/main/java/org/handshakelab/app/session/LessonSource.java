package org.handshakelab.app.session;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.handshakelab.lessons.BundledLessons;
import org.handshakelab.lessons.LessonLoader;
import org.handshakelab.lessons.LoadOutcome;

/** The one place the application calls the lessons module's loader and bundled lessons. */
public final class LessonSource {
    public static final String DEFAULT_ID = BundledLessons.DEFAULT_ID;
    private static final BooleanSupplier NEVER = () -> false;

    private LessonSource() {
    }

    private static volatile List<LibraryEntry> library;

    /** The bundled lessons, read once (the jar's contents do not change while it runs). */
    public static List<LibraryEntry> library() {
        List<LibraryEntry> entries = library;
        if (entries == null) {
            entries = BundledLessons.list().stream()
                    .map(e -> new LibraryEntry(e.id(), e.title(), e.summary()))
                    .toList();
            library = entries;
        }
        return entries;
    }

    public static boolean isBundled(String id) {
        return BundledLessons.exists(id);
    }

    public static LoadOutcome loadBundled(String id) {
        return loadBundled(id, NEVER);
    }

    /** Loads a bundled lesson; {@code cancelled} is polled so a long load can stop early. */
    public static LoadOutcome loadBundled(String id, BooleanSupplier cancelled) {
        return BundledLessons.load(id, loader(), cancelled);
    }

    private static LessonLoader loader() {
        return new LessonLoader(); // runs the TCP model (Simulator.model())
    }

    public static LoadOutcome loadFile(Path file) {
        return loadFile(file, NEVER);
    }

    public static LoadOutcome loadFile(Path file, BooleanSupplier cancelled) {
        return loader().load(file, cancelled);
    }
}
