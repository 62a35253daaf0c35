package org.handshakelab.lessons.format;

import java.util.List;
import org.handshakelab.lessons.LocalizedText;
import org.handshakelab.lessons.json.JsonValue.Position;
import org.handshakelab.model.net.FaultRule;
import org.handshakelab.model.tcp.AppCall;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.tcp.TcpSettings;
import org.handshakelab.model.sim.Trigger;

/**
 * A lesson file after its structure has been checked: typed values, each with the place it came
 * from so that later stages (references, anchors, expectations) can point back into the file.
 */
public record LessonDocument(String id, LocalizedText title, LocalizedText summary, Setup setup,
                             List<Step> script, List<Fault> faults, List<Narration> narration,
                             List<Expectation> expectations, List<Quiz> quiz) {

    public LessonDocument {
        script = List.copyOf(script);
        faults = List.copyOf(faults);
        narration = List.copyOf(narration);
        expectations = List.copyOf(expectations);
        quiz = List.copyOf(quiz);
    }

    /** {@code boundsAt}: where the bounds are written (or the setup, when they are defaulted). */
    public record Setup(Position at, Endpoint client, Endpoint server, long clientToServerMs, long serverToClientMs,
                        double randomLoss, long seed, int maxEvents, long maxTimeMs, Position boundsAt) {
    }

    public record Endpoint(Side side, LocalizedText label, String address, Position addressAt, int port, Long isn,
                           TcpSettings tcp) {
    }

    /** One application call; {@code call} is already the model's call. */
    public record Step(String id, Position at, String path, Side side, AppCall call, Trigger trigger) {
    }

    public record Fault(String id, Position at, FaultRule rule) {
    }

    public record Narration(String id, Anchor anchor, boolean pause, LocalizedText text) {
    }

    /** What one expectation claims; each check has the position of the value it came from. */
    public sealed interface Check {
        Position at();

        String path();

        record InState(Side side, State state, Position at, String path) implements Check {
        }

        record Received(Side side, String text, Position at, String path) implements Check {
        }
    }

    public record Expectation(Position at, Anchor anchor, List<Check> checks) {
        public Expectation {
            checks = List.copyOf(checks);
        }
    }

    public record Quiz(String id, Anchor anchor, LocalizedText question, List<LocalizedText> choices, int answer,
                       LocalizedText explanation) {
        public Quiz {
            choices = List.copyOf(choices);
        }
    }
}
