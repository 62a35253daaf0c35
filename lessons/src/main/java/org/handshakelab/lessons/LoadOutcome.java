package org.handshakelab.lessons;

import java.util.List;

/** What loading a lesson gave: the lesson, or every error found (never an exception). */
public sealed interface LoadOutcome {

    record Loaded(LoadedLesson lesson) implements LoadOutcome {
    }

    /** Every error found, each with its location; warnings too. */
    record Failed(List<Diagnostic> diagnostics) implements LoadOutcome {
        public Failed {
            diagnostics = List.copyOf(diagnostics);
        }
    }
}
