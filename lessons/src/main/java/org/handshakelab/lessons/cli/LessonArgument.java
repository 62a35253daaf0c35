package org.handshakelab.lessons.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.handshakelab.lessons.BundledLessons;
import org.handshakelab.lessons.Diagnostic;
import org.handshakelab.lessons.LessonLoader;
import org.handshakelab.lessons.LoadOutcome;
import org.handshakelab.lessons.LoadedLesson;

/**
 * A command's lesson argument: a lesson file, or the id of a bundled lesson. Shared by the commands
 * that run a lesson (trace, export-pcap, render), so they all resolve it and report its errors alike.
 */
public final class LessonArgument {
    private LessonArgument() {
    }

    /**
     * Loads the lesson a command names. When it cannot be loaded, every problem is printed to
     * {@code err} as {@code file:line:column: message} and the result is empty (exit status 1).
     */
    public static Optional<LoadedLesson> load(String source, PrintStream err) {
        LoadOutcome outcome;
        if (Files.exists(Path.of(source))) {
            outcome = new LessonLoader().load(Path.of(source));
        } else if (BundledLessons.exists(source)) {
            outcome = BundledLessons.load(source);
        } else {
            err.println(source + ": no such file, and no bundled lesson has this id (see: handshake-lab list)");
            return Optional.empty();
        }
        if (outcome instanceof LoadOutcome.Failed failed) {
            for (Diagnostic d : failed.diagnostics()) {
                err.println(d.format());
            }
            return Optional.empty();
        }
        return Optional.of(((LoadOutcome.Loaded) outcome).lesson());
    }
}
