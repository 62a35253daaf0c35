package org.handshakelab.app.session;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.handshakelab.lessons.BundledLessons;
import org.handshakelab.lessons.LessonLoader;
import org.handshakelab.lessons.LoadOutcome;
import org.handshakelab.lessons.Simulator;
import org.handshakelab.model.sim.Simulation;

/** The one place the application calls the lessons module's loader and bundled lessons. */
public final class LessonSource {
    public static final String DEFAULT_ID = BundledLessons.DEFAULT_ID;
    private static final BooleanSupplier NEVER = () -> false;
    /** The TCP model's simulation, named explicitly: the app is where the lessons module meets the model. */
    private static final Simulator MODEL = Simulation::run;

    private LessonSource() {
    }

    public static List<LibraryEntry> library() {
        return BundledLessons.list().stream()
                .map(e -> new LibraryEntry(e.id(), e.title(), e.summary()))
                .toList();
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
        return new LessonLoader(MODEL);
    }

    public static LoadOutcome loadFile(Path file) {
        return loadFile(file, NEVER);
    }

    public static LoadOutcome loadFile(Path file, BooleanSupplier cancelled) {
        return loader().load(file, cancelled);
    }
}
