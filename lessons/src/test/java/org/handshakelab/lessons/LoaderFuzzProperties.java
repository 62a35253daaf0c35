package org.handshakelab.lessons;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.handshakelab.lessons.support.FixedTraceSimulator;

/**
 * Whatever text it is given, the loader returns an outcome and never throws, and every rejection
 * points at a place in the file (line and column >= 1).
 */
class LoaderFuzzProperties {
    private static final String VALID = TestLessons.handshake();
    private static final Pattern TOKEN = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?|[{}\\[\\]:,]|true|false|null");
    private static final List<int[]> TOKENS = tokens(VALID);

    @Property(tries = 1000)
    void randomTextNeverThrowsAndEveryRejectionHasALocation(@ForAll @StringLength(max = 400) String text) {
        check(text);
    }

    @Property(tries = 1000)
    void mutatedLessonsNeverThrowAndEveryRejectionHasALocation(@ForAll("mutatedLesson") String text) {
        check(text);
    }

    /** The same with the TCP model itself: whatever scenario a mutation makes, the model's run never escapes. */
    @Property(tries = 300)
    void mutatedLessonsRunThroughTheModelNeverThrow(@ForAll("mutatedLesson") String text) {
        check(text, new LessonLoader());
    }

    private static void check(String text) {
        check(text, new LessonLoader(FixedTraceSimulator.handshake()));
    }

    private static void check(String text, LessonLoader loader) {
        LoadOutcome outcome = loader.load("fuzz.json", text, () -> false);
        assertNotNull(outcome);
        List<Diagnostic> diagnostics = outcome instanceof LoadOutcome.Failed f ? f.diagnostics()
                : ((LoadOutcome.Loaded) outcome).lesson().warnings();
        if (outcome instanceof LoadOutcome.Failed f) {
            assertTrue(!f.diagnostics().isEmpty(), "a rejection says why");
        }
        for (Diagnostic d : diagnostics) {
            assertTrue(d.line() >= 1 && d.column() >= 1, () -> "no location: " + d);
            assertTrue(d.message() != null && !d.message().isBlank(), () -> "no message: " + d);
        }
    }

    @Provide
    Arbitrary<String> mutatedLesson() {
        Arbitrary<Mutation> one = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(0, VALID.length() - 1),
                        Arbitraries.integers().between(1, 20)).as(Mutation::delete),
                Combinators.combine(Arbitraries.integers().between(0, VALID.length()),
                        Arbitraries.of("{", "}", "[", "]", ",", ":", "\"", "\\", "0", "-1", "1e999", "null", "true",
                                "\"x\"", "\uD83D\uDE00", "\u0000", "\n", " ", "99999999999999999999")).as(Mutation::insert),
                Combinators.combine(Arbitraries.integers().between(0, VALID.length() - 1),
                        Arbitraries.chars().all()).as(Mutation::replace),
                Combinators.combine(Arbitraries.integers().between(0, TOKENS.size() - 1),
                        Arbitraries.integers().between(0, TOKENS.size() - 1)).as(Mutation::swap));
        return one.list().ofMinSize(1).ofMaxSize(4).map(mutations -> {
            String text = VALID;
            for (Mutation m : mutations) {
                text = m.apply(text);
            }
            return text;
        });
    }

    /** One edit of the valid lesson; token swaps use the valid lesson's tokens. */
    interface Mutation {
        String apply(String text);

        static Mutation delete(int at, int length) {
            return t -> at >= t.length() ? t : t.substring(0, at) + t.substring(Math.min(t.length(), at + length));
        }

        static Mutation insert(int at, String what) {
            return t -> t.substring(0, Math.min(at, t.length())) + what + t.substring(Math.min(at, t.length()));
        }

        static Mutation replace(int at, char c) {
            return t -> at >= t.length() ? t : t.substring(0, at) + c + t.substring(at + 1);
        }

        static Mutation swap(int a, int b) {
            return t -> {
                if (!t.equals(VALID) || a == b) {
                    return t;
                }
                int[] x = TOKENS.get(Math.min(a, b));
                int[] y = TOKENS.get(Math.max(a, b));
                return t.substring(0, x[0]) + t.substring(y[0], y[1]) + t.substring(x[1], y[0])
                        + t.substring(x[0], x[1]) + t.substring(y[1]);
            };
        }
    }

    private static List<int[]> tokens(String text) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        return tokens;
    }
}
