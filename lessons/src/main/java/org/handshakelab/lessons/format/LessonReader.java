package org.handshakelab.lessons.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.handshakelab.lessons.DiagnosticCollector;
import org.handshakelab.lessons.Limits;
import org.handshakelab.lessons.LocalizedText;
import org.handshakelab.lessons.json.JsonPath;
import org.handshakelab.lessons.json.JsonValue;
import org.handshakelab.lessons.json.JsonValue.JArray;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;

/**
 * Reads a parsed lesson into a {@link LessonDocument}, checking it against format v1
 * (docs/lesson-format.md): types, required and unknown fields, closed word sets, ranges and
 * patterns, then the references between parts. Every problem is reported; the document is returned
 * only when there was none.
 */
public final class LessonReader {
    static final Pattern LESSON_ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,63}$");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$");
    static final int MAX_ID_CHARS = 64;

    final DiagnosticCollector out;

    LessonReader(DiagnosticCollector out) {
        this.out = out;
    }

    /** The document, or null when any error was reported (warnings do not count). */
    public static LessonDocument read(JsonValue root, DiagnosticCollector out) {
        LessonReader reader = new LessonReader(out);
        LessonDocument doc = reader.lesson(root);
        if (doc != null) {
            new ReferenceChecks(out).check(doc);
        }
        return out.hasErrors() ? null : doc;
    }

    private LessonDocument lesson(JsonValue root) {
        Fields f = Fields.open(root, JsonPath.ROOT, out, "$schema", "format", "id", "title", "summary", "setup",
                "script", "faults", "narration", "expectations", "quiz");
        if (f == null) {
            return null;
        }
        f.string("$schema", false);
        JsonValue format = f.raw("format");
        if (format == null) {
            f.integer("format", true, 1, 1);
        } else if (format instanceof JsonValue.JNumber n && n.isIntegral()) {
            if (n.value().compareTo(java.math.BigDecimal.ONE) != 0) {
                out.error(format.position(), f.pathOf("format"), "must be 1 (this loader reads format version 1), not "
                        + Fields.shorten(n.value().toString()));
            }
        } else {
            Fields.typeError(format, f.pathOf("format"), out, "an integer");
        }
        String id = f.matching("id", true, LESSON_ID, "lower-case letters, digits and hyphens, at most 64");
        LocalizedText title = localized(f, "title", true);
        LocalizedText summary = localized(f, "summary", true);
        LessonDocument.Setup setup = new SetupReader(this).setup(f.object("setup", true, "client", "server", "latency",
                "randomLoss", "seed", "bounds"));
        ScriptReader scripts = new ScriptReader(this);
        List<LessonDocument.Step> steps = scripts.steps(f.array("script", true, Limits.MAX_STEPS, "steps"),
                f.pathOf("script"));
        List<LessonDocument.Fault> faults = scripts.faults(f.array("faults", false, Limits.MAX_FAULTS, "faults"),
                f.pathOf("faults"));
        AnchoredReader anchored = new AnchoredReader(this);
        List<LessonDocument.Narration> narration = anchored.narration(
                f.array("narration", false, Limits.MAX_NARRATION, "narration entries"), f.pathOf("narration"));
        List<LessonDocument.Expectation> expectations = anchored.expectations(
                f.array("expectations", false, Limits.MAX_EXPECTATIONS, "expectations"), f.pathOf("expectations"));
        List<LessonDocument.Quiz> quiz = anchored.quiz(f.array("quiz", false, Limits.MAX_QUIZ, "quiz questions"),
                f.pathOf("quiz"));
        if (out.hasErrors() || setup == null || id == null || title == null || summary == null) {
            return null;
        }
        return new LessonDocument(id, title, summary, setup, steps, faults, narration, expectations, quiz);
    }

    /** Localized text: an object of language tag to string; "en" required, a missing "ko" is a warning. */
    LocalizedText localized(Fields parent, String name, boolean required) {
        JsonValue v = parent.raw(name);
        if (v == null) {
            if (required) {
                out.error(parent.position(), parent.path(), "missing required field \"" + name + "\"");
            }
            return null;
        }
        return localized(v, parent.pathOf(name));
    }

    LocalizedText localized(JsonValue v, String path) {
        if (!(v instanceof JsonValue.JObject object)) {
            Fields.typeError(v, path, out, "an object of language to text, e.g. {\"en\": \"...\", \"ko\": \"...\"}");
            return null;
        }
        Map<String, String> texts = new HashMap<>();
        boolean ok = true;
        for (JsonValue.Member m : object.members()) {
            String memberPath = JsonPath.member(path, m.name());
            if (!LANGUAGE.matcher(m.name()).matches()) {
                out.error(m.namePosition(), memberPath, "\"" + m.name() + "\" is not a language tag such as en or ko");
                ok = false;
                continue;
            }
            String text = Fields.string(m.value(), memberPath, out);
            if (text == null) {
                ok = false;
            } else {
                texts.put(m.name(), text);
            }
        }
        if (!object.has("en")) {
            out.error(object.position(), path, "missing required field \"en\" (English is the fallback language)");
            return null;
        }
        if (!ok) {
            return null;
        }
        if (texts.get("en").isBlank()) {
            out.error(object.get("en").position(), JsonPath.member(path, "en"), "must not be empty");
            return null;
        }
        if (!object.has("ko")) {
            out.warning(object.position(), path, "no Korean (\"ko\") text; English will be shown instead");
        }
        return new LocalizedText(texts);
    }

    private final Map<String, Map<String, String>> idsSeen = new HashMap<>();

    /** Reports an id already used in the same list ({@code kind}: "step", "fault", ...). */
    void unique(String kind, String id, Fields f) {
        if (id == null) {
            return;
        }
        Map<String, String> seen = idsSeen.computeIfAbsent(kind, k -> new HashMap<>());
        String first = seen.putIfAbsent(id, f.path());
        if (first != null) {
            out.error(f.positionOf("id"), f.pathOf("id"), "duplicate " + kind + " id \"" + id + "\" (first used at "
                    + first + ")");
        }
    }

    Side side(Fields f, String name, boolean required) {
        String word = f.oneOf(name, required, Vocabulary.SIDES);
        return word == null ? null : Vocabulary.side(word);
    }

    State state(JsonValue v, String path) {
        String word = Fields.string(v, path, out);
        if (word == null) {
            return null;
        }
        if (!Vocabulary.STATE_SPELLINGS.contains(word)) {
            out.error(v.position(), path, "must be one of " + String.join(", ", Vocabulary.STATE_NAMES)
                    + Suggestions.didYouMean(word, Vocabulary.STATE_NAMES));
            return null;
        }
        return Vocabulary.state(word);
    }

    State state(Fields f, String name, boolean required) {
        JsonValue v = f.raw(name);
        if (v == null) {
            if (required) {
                out.error(f.position(), f.path(), "missing required field \"" + name + "\"");
            }
            return null;
        }
        return state(v, f.pathOf(name));
    }

    /** Reads each item of an array (null arrays give an empty list); items that fail are left out. */
    <T> List<T> each(JArray array, String path, ItemReader<T> reader) {
        List<T> result = new ArrayList<>();
        if (array == null) {
            return result;
        }
        for (int i = 0; i < array.items().size(); i++) {
            T item = reader.read(array.items().get(i), JsonPath.index(path, i), i);
            if (item != null) {
                result.add(item);
            }
        }
        return result;
    }

    interface ItemReader<T> {
        T read(JsonValue item, String path, int index);
    }
}
