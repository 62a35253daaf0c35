package org.handshakelab.lessons;

import java.nio.file.Path;
import java.util.List;
import org.handshakelab.model.sim.Scenario;
import org.handshakelab.model.sim.SimulationResult;
import org.handshakelab.model.tcp.Side;

/**
 * A lesson that loaded without errors: its texts, the scenario it compiles to, the computed run,
 * and its narration and quiz resolved to events of that run (every expectation held).
 *
 * @param source the file it came from, or null for a bundled lesson
 */
public record LoadedLesson(String id, LocalizedText title, LocalizedText summary, LocalizedText clientLabel,
                           LocalizedText serverLabel, Scenario scenario, SimulationResult result,
                           List<NarrationPoint> narration, List<QuizQuestion> quiz, List<Diagnostic> warnings,
                           Path source) {

    public LoadedLesson {
        narration = List.copyOf(narration);
        quiz = List.copyOf(quiz);
        warnings = List.copyOf(warnings);
    }

    public LocalizedText label(Side side) {
        return side == Side.CLIENT ? clientLabel : serverLabel;
    }
}
