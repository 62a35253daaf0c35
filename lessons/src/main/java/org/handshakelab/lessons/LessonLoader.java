package org.handshakelab.lessons;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.handshakelab.lessons.compile.AnchorResolver;
import org.handshakelab.lessons.compile.ExpectationChecker;
import org.handshakelab.lessons.compile.ScenarioCompiler;
import org.handshakelab.lessons.compile.StepCalls;
import org.handshakelab.lessons.format.Anchor;
import org.handshakelab.lessons.format.LessonDocument;
import org.handshakelab.lessons.format.LessonReader;
import org.handshakelab.lessons.json.JsonTreeParser;
import org.handshakelab.lessons.json.JsonValue;
import org.handshakelab.lessons.json.JsonValue.Position;
import org.handshakelab.model.sim.Outcome;
import org.handshakelab.model.sim.Scenario;
import org.handshakelab.model.sim.SimulationResult;
import org.handshakelab.model.trace.TraceEvent;

/**
 * Loads a lesson file: reads it strictly, checks it against format v1, compiles it to a scenario,
 * runs the TCP model, resolves every anchor and checks every expectation. It never throws: every
 * failure, including I/O errors and a failing simulation, becomes a {@link Diagnostic} with a
 * location. Safe to call from any thread; each call is independent.
 */
public final class LessonLoader {
    private final Simulator simulator;

    /** A loader that runs the TCP model. */
    public LessonLoader() {
        this(Simulator.model());
    }

    public LessonLoader(Simulator simulator) {
        this.simulator = simulator;
    }

    /** Loads a file; cancelled when the calling thread is interrupted. */
    public LoadOutcome load(Path file) {
        return load(file, () -> Thread.currentThread().isInterrupted());
    }

    public LoadOutcome load(Path file, BooleanSupplier cancelled) {
        String name = String.valueOf(file);
        DiagnosticCollector out = new DiagnosticCollector(name);
        try {
            long size = Files.size(file);
            if (size > Limits.MAX_FILE_BYTES) {
                tooBig(out, size);
                return failed(out);
            }
            byte[] bytes;
            // read at most one byte past the limit: the size above can be 0 for devices and pipes
            try (java.io.InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Limits.MAX_FILE_BYTES + 1);
            }
            if (bytes.length > Limits.MAX_FILE_BYTES) {
                out.error(new Position(1, 1), null, "the file is larger than the limit of " + Limits.MAX_FILE_BYTES
                        + " bytes (1 MiB)");
                return failed(out);
            }
            String text = decode(bytes, out);
            return text == null ? failed(out) : run(text, out, cancelled, file);
        } catch (IOException | RuntimeException e) {
            out.error(new Position(1, 1), null, "cannot read the file: " + describe(e));
            return failed(out);
        }
    }

    /** Loads lesson text; {@code displayName} is the file name used in messages. */
    public LoadOutcome load(String displayName, String text) {
        return load(displayName, text, () -> Thread.currentThread().isInterrupted());
    }

    public LoadOutcome load(String displayName, String text, BooleanSupplier cancelled) {
        DiagnosticCollector out = new DiagnosticCollector(displayName == null ? "lesson" : displayName);
        if (text == null) {
            text = "";
        }
        // at most 3 UTF-8 bytes per char: only long texts need counting
        if (text.length() * 3L > Limits.MAX_FILE_BYTES) {
            long size = text.getBytes(StandardCharsets.UTF_8).length;
            if (size > Limits.MAX_FILE_BYTES) {
                tooBig(out, size);
                return failed(out);
            }
        }
        return run(text.startsWith("\uFEFF") ? text.substring(1) : text, out, cancelled, null);
    }

    private LoadOutcome run(String text, DiagnosticCollector out, BooleanSupplier cancelCheck, Path source) {
        BooleanSupplier cancelled = cancelCheck == null ? () -> false : cancelCheck;
        try {
            JsonValue root = JsonTreeParser.parse(text, out, cancelled);
            if (cancelled.getAsBoolean()) {
                return cancelledOutcome(out);
            }
            if (root == null) {
                return failed(out);
            }
            LessonDocument doc = LessonReader.read(root, out);
            if (cancelled.getAsBoolean()) {
                return cancelledOutcome(out);
            }
            if (doc == null) {
                return failed(out);
            }
            return simulateAndCheck(doc, out, cancelled, source);
        } catch (JsonTreeParser.Cancelled e) {
            return cancelledOutcome(out);
        } catch (RuntimeException | StackOverflowError e) {
            out.error(new Position(1, 1), null, "internal error while loading: " + describe(e));
            return failed(out);
        }
    }

    private LoadOutcome simulateAndCheck(LessonDocument doc, DiagnosticCollector out, BooleanSupplier cancelled,
                                         Path source) {
        Position setupAt = doc.setup().at();
        Scenario scenario;
        SimulationResult result;
        int[] callIndexes;
        try {
            scenario = ScenarioCompiler.compile(doc);
        } catch (RuntimeException e) {
            out.error(setupAt, "$.setup", "the lesson does not make a valid scenario: " + describe(e));
            return failed(out);
        }
        try {
            Simulator.Run run = simulator.runWithCalls(scenario);
            result = run == null ? null : run.result();
            callIndexes = run == null ? null : run.actionCallIndexes();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            out.error(setupAt, "$.setup", "the simulation failed: " + describe(e));
            return failed(out);
        }
        if (cancelled.getAsBoolean()) {
            return cancelledOutcome(out);
        }
        if (result == null || result.trace() == null) {
            out.error(setupAt, "$.setup", "the simulation gave no trace");
            return failed(out);
        }
        if (result.outcome() != Outcome.COMPLETED) {
            boolean events = result.outcome() == Outcome.BOUND_REACHED_EVENTS;
            out.error(doc.setup().boundsAt(), "$.setup.bounds", "the simulation reached its bound of "
                    + (events ? doc.setup().maxEvents() + " events (maxEvents)"
                            : doc.setup().maxTimeMs() + " ms of virtual time (maxTime)")
                    + " before everything had happened; shorten the script or raise the bound");
            return failed(out);
        }
        int[] stepEvents = callIndexes != null && callIndexes.length == doc.script().size() ? callIndexes
                : StepCalls.locate(doc.script(), result.trace());
        reportSteps(doc, stepEvents, result, out);
        AnchorResolver resolver = new AnchorResolver(result.trace(), doc.script(), stepEvents);
        List<NarrationPoint> narration = new ArrayList<>();
        for (LessonDocument.Narration n : doc.narration()) {
            Integer index = resolve(resolver, n.anchor(), out);
            if (index != null) {
                narration.add(new NarrationPoint(n.id(), index, n.pause(), n.text()));
            }
        }
        narration.sort(Comparator.comparingInt(NarrationPoint::eventIndex)); // stable: file order within one event
        List<ExpectationChecker.Placed> placed = new ArrayList<>();
        for (LessonDocument.Expectation e : doc.expectations()) {
            Integer index = resolve(resolver, e.anchor(), out);
            if (index != null) {
                placed.add(new ExpectationChecker.Placed(e, index));
            }
        }
        List<QuizQuestion> quiz = new ArrayList<>();
        for (LessonDocument.Quiz q : doc.quiz()) {
            Integer index = resolve(resolver, q.anchor(), out);
            if (index != null) {
                quiz.add(new QuizQuestion(q.id(), index, q.question(), q.choices(), q.answer(), q.explanation()));
            }
        }
        quiz.sort(Comparator.comparingInt(QuizQuestion::eventIndex));
        ExpectationChecker.check(result.trace(), placed, out);
        if (out.hasErrors()) {
            return failed(out);
        }
        LessonDocument.Setup setup = doc.setup();
        return new LoadOutcome.Loaded(new LoadedLesson(doc.id(), doc.title(), doc.summary(), setup.client().label(),
                setup.server().label(), scenario, result, narration, quiz, out.warnings(), source));
    }

    /** Warnings for steps that never ran or whose call the endpoint refused: usually a slip in the script. */
    private static void reportSteps(LessonDocument doc, int[] stepEvents, SimulationResult result,
                                    DiagnosticCollector out) {
        for (int s = 0; s < stepEvents.length; s++) {
            LessonDocument.Step step = doc.script().get(s);
            String name = step.id() == null ? "this step" : "step \"" + step.id() + "\"";
            if (stepEvents[s] < 0) {
                out.warning(step.at(), step.path(), name + " never ran: its trigger never happened");
            } else if (result.trace().get(stepEvents[s]) instanceof TraceEvent.CallMade call && !call.result().ok()) {
                out.warning(step.at(), step.path(), name + ": the " + call.call().name() + " call failed with \""
                        + call.result().error() + "\"");
            }
        }
    }

    private static Integer resolve(AnchorResolver resolver, Anchor anchor, DiagnosticCollector out) {
        AnchorResolver.Resolution r = resolver.resolve(anchor);
        if (!r.found()) {
            out.plainError(anchor.at(), anchor.path(), r.failure());
            return null;
        }
        return r.index();
    }

    /** Strict UTF-8; a bad byte sequence is reported at its line and column. A leading BOM is skipped. */
    private static String decode(byte[] bytes, DiagnosticCollector out) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer chars = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, chars, true);
        if (r.isError()) {
            chars.flip();
            int line = 1;
            int column = 1;
            for (int i = 0; i < chars.length(); i++) {
                if (chars.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            out.error(new Position(line, column), null, "the file is not valid UTF-8 (byte offset " + in.position() + ")");
            return null;
        }
        decoder.flush(chars);
        chars.flip();
        String text = chars.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void tooBig(DiagnosticCollector out, long size) {
        out.error(new Position(1, 1), null, "the file is " + size + " bytes; the limit is " + Limits.MAX_FILE_BYTES
                + " bytes (1 MiB)");
    }

    private static LoadOutcome cancelledOutcome(DiagnosticCollector out) {
        out.error(null, null, "loading was cancelled");
        return new LoadOutcome.Failed(out.all());
    }

    private static LoadOutcome failed(DiagnosticCollector out) {
        return new LoadOutcome.Failed(out.all());
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
