package org.handshakelab.lessons.compile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.handshakelab.lessons.DiagnosticCollector;
import org.handshakelab.lessons.format.LessonDocument;
import org.handshakelab.model.trace.Trace;

/**
 * Checks each expectation just after its anchor event (the state of each side after events 0..i,
 * and everything its application has received so far), reporting what actually happened. "Just
 * after" includes what the anchor event caused at once: see {@link TraceCursor#settledIndex}.
 */
public final class ExpectationChecker {
    private ExpectationChecker() {
    }

    /** An expectation with its resolved anchor index. */
    public record Placed(LessonDocument.Expectation expectation, int index) {
    }

    public static void check(Trace trace, List<Placed> placed, DiagnosticCollector out) {
        List<Placed> ordered = new ArrayList<>(placed);
        ordered.sort(Comparator.comparingInt(p -> TraceCursor.settledIndex(trace, p.index())));
        TraceCursor cursor = new TraceCursor(trace);
        List<Failure> failures = new ArrayList<>();
        for (Placed p : ordered) {
            cursor.advanceTo(TraceCursor.settledIndex(trace, p.index()));
            for (LessonDocument.Check check : p.expectation().checks()) {
                String problem = problem(check, cursor);
                if (problem != null) {
                    failures.add(new Failure(check, problem));
                }
            }
        }
        // report in file order, as a compiler would
        failures.sort(Comparator.comparingInt((Failure f) -> f.check.at().line()).thenComparingInt(f -> f.check.at().column()));
        for (Failure f : failures) {
            out.plainError(f.check.at(), f.check.path(), f.message);
        }
    }

    private record Failure(LessonDocument.Check check, String message) {
    }

    private static String problem(LessonDocument.Check check, TraceCursor cursor) {
        if (check instanceof LessonDocument.Check.InState s) {
            var actual = cursor.state(s.side());
            return actual == s.state() ? null
                    : "expected " + s.side().wireName() + " " + s.state() + ", but it was " + actual;
        }
        LessonDocument.Check.Received r = (LessonDocument.Check.Received) check;
        byte[] actual = cursor.received(r.side());
        byte[] expected = r.text().getBytes(StandardCharsets.UTF_8);
        return Arrays.equals(actual, expected) ? null
                : "expected " + r.side().wireName() + " to have received " + quote(expected) + " (" + expected.length
                        + " bytes), but it had received " + quote(actual) + " (" + actual.length + " bytes)";
    }

    /** The bytes as a short quoted string for a message, control characters escaped. */
    static String quote(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder("\"");
        int limit = 60;
        for (int i = 0; i < s.length() && i < limit; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (s.length() > limit) {
            b.append("...");
        }
        return b.append('"').toString();
    }
}
