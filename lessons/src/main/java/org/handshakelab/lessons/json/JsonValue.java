package org.handshakelab.lessons.json;

import java.math.BigDecimal;
import java.util.List;

/**
 * A parsed JSON value that remembers where it started in the text (1-based line and column), so
 * that every message about a lesson can point at the exact place.
 */
public sealed interface JsonValue {

    Position position();

    /** The JSON type name used in messages: object, array, string, number, boolean, null. */
    String typeName();

    /** A 1-based place in the text. */
    record Position(int line, int column) {
    }

    /** One {@code "name": value} member of an object. */
    record Member(String name, Position namePosition, JsonValue value) {
    }

    /** Members in file order; names are unique (the parser reports and drops repeats). */
    record JObject(Position position, List<Member> members) implements JsonValue {
        public JObject {
            members = List.copyOf(members);
        }

        public JsonValue get(String name) {
            for (Member m : members) {
                if (m.name().equals(name)) {
                    return m.value();
                }
            }
            return null;
        }

        public boolean has(String name) {
            return get(name) != null;
        }

        public String typeName() {
            return "object";
        }
    }

    record JArray(Position position, List<JsonValue> items) implements JsonValue {
        public JArray {
            items = List.copyOf(items);
        }

        public String typeName() {
            return "array";
        }
    }

    record JString(Position position, String value) implements JsonValue {
        public String typeName() {
            return "string";
        }
    }

    /** A number kept exactly as written, so that 1e400 or 2^70 are range errors, not overflows. */
    record JNumber(Position position, BigDecimal value) implements JsonValue {
        public String typeName() {
            return "number";
        }

        /** Whether it is a whole number (JSON Schema's "integer" counts 1.0 as one). */
        public boolean isIntegral() {
            return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        }
    }

    record JBoolean(Position position, boolean value) implements JsonValue {
        public String typeName() {
            return "boolean";
        }
    }

    record JNull(Position position) implements JsonValue {
        public String typeName() {
            return "null";
        }
    }
}
