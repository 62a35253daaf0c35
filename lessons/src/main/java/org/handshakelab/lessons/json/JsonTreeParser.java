package org.handshakelab.lessons.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.handshakelab.lessons.DiagnosticCollector;
import org.handshakelab.lessons.Limits;
import org.handshakelab.lessons.json.JsonValue.Position;

/**
 * Strict JSON (RFC 8259: no comments, no trailing commas, one value) read with Jackson's streaming
 * parser into a {@link JsonValue} tree that keeps every value's line and column. Nesting depth is
 * limited by Jackson's {@link StreamReadConstraints} before any deep structure is built; long
 * strings and repeated member names are reported here, and parsing goes on so that all of them are
 * found.
 */
public final class JsonTreeParser {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Limits.MAX_DEPTH)
                    .maxNumberLength(1000)
                    .maxStringLength(Math.toIntExact(Limits.MAX_FILE_BYTES))
                    .build())
            .build();

    private static final int CANCEL_CHECK_EVERY = 512;

    private final DiagnosticCollector out;
    private final BooleanSupplier cancelled;
    private int tokens;

    /** Thrown inside the parser to unwind when the caller cancels; never escapes {@link #parse}. */
    public static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    private JsonTreeParser(DiagnosticCollector out, BooleanSupplier cancelled) {
        this.out = out;
        this.cancelled = cancelled;
    }

    /**
     * Parses the text; returns the root value, or null after reporting a syntax error.
     *
     * @throws Cancelled when {@code cancelled} says so (checked every few hundred tokens)
     */
    public static JsonValue parse(String text, DiagnosticCollector out, BooleanSupplier cancelled) {
        JsonTreeParser reader = new JsonTreeParser(out, cancelled);
        JsonParser parser;
        try {
            parser = FACTORY.createParser(text);
        } catch (IOException e) {
            out.error(new Position(1, 1), null, "cannot read: " + e.getMessage());
            return null;
        }
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                out.error(new Position(1, 1), null, "syntax error: the file is empty (expected a JSON object)");
                return null;
            }
            JsonValue root = reader.value(parser, JsonPath.ROOT, 1);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                out.error(position(parser.currentTokenLocation()), null,
                        "syntax error: unexpected content after the end of the JSON value");
                return null;
            }
            return root;
        } catch (StreamConstraintsException e) {
            String message = e.getOriginalMessage();
            // the exception carries no location: the parser stands just after the offending token
            Position at = position(parser.currentLocation());
            if (message != null && message.contains("nesting depth")) {
                message = "nesting deeper than " + Limits.MAX_DEPTH + " levels (the limit)";
                at = new Position(at.line(), Math.max(1, at.column() - 1));
            } else {
                message = "limit exceeded: " + firstLine(message);
            }
            out.error(at, null, message);
            return null;
        } catch (JsonProcessingException e) {
            out.error(position(e.getLocation()), null, "syntax error: " + firstLine(e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            out.error(new Position(1, 1), null, "cannot read: " + e.getMessage());
            return null;
        } finally {
            // closed only now: the catch blocks above read the parser's location
            closeQuietly(parser);
        }
    }

    private static void closeQuietly(JsonParser parser) {
        try {
            parser.close();
        } catch (IOException e) {
            // nothing was written; a failure to close a string reader changes nothing
        }
    }

    private JsonValue value(JsonParser parser, String path, int depth) throws IOException {
        if (++tokens % CANCEL_CHECK_EVERY == 0 && cancelled.getAsBoolean()) {
            throw new Cancelled();
        }
        Position at = position(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return object(parser, path, at, depth);
            case START_ARRAY:
                List<JsonValue> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(parser, JsonPath.index(path, items.size()), depth + 1));
                }
                return new JsonValue.JArray(at, items);
            case VALUE_STRING:
                String text = parser.getText();
                checkLength(text, at, path, "string");
                return new JsonValue.JString(at, text);
            case VALUE_NUMBER_INT:
                return new JsonValue.JNumber(at, new BigDecimal(parser.getBigIntegerValue()));
            case VALUE_NUMBER_FLOAT:
                return new JsonValue.JNumber(at, parser.getDecimalValue());
            case VALUE_TRUE:
                return new JsonValue.JBoolean(at, true);
            case VALUE_FALSE:
                return new JsonValue.JBoolean(at, false);
            case VALUE_NULL:
                return new JsonValue.JNull(at);
            default:
                throw new JsonParseProblem("unexpected token " + token, parser);
        }
    }

    private JsonValue object(JsonParser parser, String path, Position at, int depth) throws IOException {
        List<JsonValue.Member> members = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            Position namePos = position(parser.currentTokenLocation());
            String childPath = JsonPath.member(path, name);
            checkLength(name, namePos, childPath, "field name");
            parser.nextToken();
            JsonValue child = value(parser, childPath, depth + 1);
            if (!seen.add(name)) {
                out.error(namePos, childPath, "duplicate field \"" + name + "\"");
            } else {
                members.add(new JsonValue.Member(name, namePos, child));
            }
        }
        return new JsonValue.JObject(at, members);
    }

    private void checkLength(String text, Position at, String path, String what) {
        if (text.length() > Limits.MAX_STRING_CHARS) {
            out.error(at, path, what + " is " + text.length() + " characters long; the limit is "
                    + Limits.MAX_STRING_CHARS);
        }
    }

    static Position position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return new Position(1, 1);
        }
        return new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed JSON";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        // Jackson names a second place as "[Source: REDACTED (...); line: 1, column: 1]"
        return JACKSON_LOCATION.matcher(line).replaceAll("line $1, column $2");
    }

    private static final java.util.regex.Pattern JACKSON_LOCATION =
            java.util.regex.Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    /** A token the tree reader cannot place; reported like a syntax error. */
    private static final class JsonParseProblem extends JsonProcessingException {
        JsonParseProblem(String message, JsonParser parser) {
            super(message, parser.currentTokenLocation());
        }
    }
}
