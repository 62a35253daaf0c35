package org.handshakelab.lessons.format;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.handshakelab.lessons.DiagnosticCollector;
import org.handshakelab.lessons.json.JsonPath;
import org.handshakelab.lessons.json.JsonValue;
import org.handshakelab.lessons.json.JsonValue.JArray;
import org.handshakelab.lessons.json.JsonValue.JObject;
import org.handshakelab.lessons.json.JsonValue.Position;

/**
 * Typed, checked access to one JSON object of a lesson: each getter reports a wrong type, a missing
 * required field or a value out of range at the value's position and returns null, so that reading
 * goes on and every problem is found. Unknown fields are reported when the object is opened.
 */
final class Fields {
    private final JObject node;
    private final String path;
    private final DiagnosticCollector out;

    private Fields(JObject node, String path, DiagnosticCollector out) {
        this.node = node;
        this.path = path;
        this.out = out;
    }

    /** Opens an object allowing exactly the given field names; null (reported) when it is not an object. */
    static Fields open(JsonValue value, String path, DiagnosticCollector out, String... allowed) {
        if (!(value instanceof JObject object)) {
            typeError(value, path, out, "an object");
            return null;
        }
        Set<String> names = new LinkedHashSet<>(Arrays.asList(allowed));
        for (JsonValue.Member m : object.members()) {
            if (!names.contains(m.name())) {
                out.error(m.namePosition(), JsonPath.member(path, m.name()),
                        "unknown field \"" + m.name() + "\"" + Suggestions.didYouMean(m.name(), names)
                                + "; expected one of " + String.join(", ", names));
            }
        }
        return new Fields(object, path, out);
    }

    JObject node() {
        return node;
    }

    String path() {
        return path;
    }

    Position position() {
        return node.position();
    }

    String pathOf(String name) {
        return JsonPath.member(path, name);
    }

    boolean has(String name) {
        return node.has(name);
    }

    JsonValue raw(String name) {
        return node.get(name);
    }

    Position positionOf(String name) {
        JsonValue v = node.get(name);
        return v == null ? node.position() : v.position();
    }

    private JsonValue present(String name, boolean required) {
        JsonValue v = node.get(name);
        if (v == null && required) {
            out.error(node.position(), path, "missing required field \"" + name + "\"");
        }
        return v;
    }

    String string(String name, boolean required) {
        JsonValue v = present(name, required);
        return v == null ? null : string(v, pathOf(name), out);
    }

    /** A string of 1..max characters. */
    String name(String name, boolean required, int max) {
        String s = string(name, required);
        if (s != null && (s.isEmpty() || s.length() > max)) {
            out.error(positionOf(name), pathOf(name), "must be 1 to " + max + " characters long");
            return null;
        }
        return s;
    }

    String matching(String name, boolean required, Pattern pattern, String explanation) {
        String s = string(name, required);
        if (s != null && !pattern.matcher(s).matches()) {
            out.error(positionOf(name), pathOf(name), "must match " + pattern.pattern() + " (" + explanation + ")");
            return null;
        }
        return s;
    }

    Long integer(String name, boolean required, long min, long max) {
        JsonValue v = present(name, required);
        return v == null ? null : integer(v, pathOf(name), out, min, max);
    }

    Double number(String name, boolean required, double min, double max) {
        JsonValue v = present(name, required);
        if (v == null) {
            return null;
        }
        if (!(v instanceof JsonValue.JNumber n)) {
            typeError(v, pathOf(name), out, "a number");
            return null;
        }
        if (n.value().compareTo(BigDecimal.valueOf(min)) < 0 || n.value().compareTo(BigDecimal.valueOf(max)) > 0) {
            out.error(v.position(), pathOf(name), "must be between " + plain(min) + " and " + plain(max)
                    + ", not " + shorten(n.value().toString()));
            return null;
        }
        return n.value().doubleValue();
    }

    Boolean bool(String name, boolean required) {
        JsonValue v = present(name, required);
        if (v == null) {
            return null;
        }
        if (!(v instanceof JsonValue.JBoolean b)) {
            typeError(v, pathOf(name), out, "true or false");
            return null;
        }
        return b.value();
    }

    /** One of a closed set of words; returns the word as written. */
    String oneOf(String name, boolean required, List<String> allowed) {
        JsonValue v = present(name, required);
        return v == null ? null : oneOf(v, pathOf(name), out, allowed);
    }

    Fields object(String name, boolean required, String... allowed) {
        JsonValue v = present(name, required);
        return v == null ? null : open(v, pathOf(name), out, allowed);
    }

    JArray array(String name, boolean required, int maxItems, String itemWord) {
        JsonValue v = present(name, required);
        if (v == null) {
            return null;
        }
        if (!(v instanceof JArray a)) {
            typeError(v, pathOf(name), out, "an array");
            return null;
        }
        if (a.items().size() > maxItems) {
            out.error(a.position(), pathOf(name), "at most " + maxItems + " " + itemWord + " are allowed, found "
                    + a.items().size());
        }
        return a;
    }

    static String string(JsonValue v, String path, DiagnosticCollector out) {
        if (!(v instanceof JsonValue.JString s)) {
            typeError(v, path, out, "a string");
            return null;
        }
        return s.value();
    }

    static Long integer(JsonValue v, String path, DiagnosticCollector out, long min, long max) {
        if (!(v instanceof JsonValue.JNumber n) || !n.isIntegral()) {
            typeError(v, path, out, "an integer");
            return null;
        }
        BigDecimal value = n.value();
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            out.error(v.position(), path, "must be between " + min + " and " + max + ", not "
                    + shorten(value.toString()));
            return null;
        }
        return value.longValueExact();
    }

    static String oneOf(JsonValue v, String path, DiagnosticCollector out, List<String> allowed) {
        String s = string(v, path, out);
        if (s != null && !allowed.contains(s)) {
            out.error(v.position(), path, "must be one of " + String.join(", ", allowed)
                    + Suggestions.didYouMean(s, allowed));
            return null;
        }
        return s;
    }

    static void typeError(JsonValue v, String path, DiagnosticCollector out, String expected) {
        String actual = v instanceof JsonValue.JNumber n && !n.isIntegral() && "an integer".equals(expected)
                ? "a fraction" : v.typeName();
        out.error(v.position(), path, "must be " + expected + ", not " + actual);
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
