package org.handshakelab.lessons;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.handshakelab.lessons.support.FixedTraceSimulator;

/**
 * The schema and the loader agree on structure: a lesson edited at a random place (a value replaced
 * by one of another type or out of range, a field removed, an unknown field added) is rejected by
 * the loader whenever the schema rejects it, and when the schema accepts it the loader finds only
 * errors a schema cannot express (references, ids, the run).
 */
class SchemaLoaderAgreementProperties {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonNode BASE = read(TestLessons.text("valid/every-field.json"));
    private static final List<String> POINTERS = pointers(BASE, "");
    private static final JsonSchema SCHEMA = schema();
    private static final List<JsonNode> REPLACEMENTS = List.of(NODES.textNode("x"), NODES.textNode(""),
            NODES.textNode("ESTABLISHED"), NODES.textNode("client"), NODES.textNode("SYN"), NODES.textNode("data"),
            NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(1), NODES.numberNode(1.5),
            NODES.numberNode(70000), NODES.numberNode(4294967296L), NODES.booleanNode(true), NODES.nullNode(),
            NODES.objectNode(), NODES.arrayNode(), NODES.objectNode().put("en", "x"),
            NODES.arrayNode().add("ACK"));
    /** Messages of checks only the loader makes (after a "$.path: " prefix, or whole). */
    private static final List<String> LOADER_ONLY = List.of("duplicate ", "no step has the id",
            "the client's address is IPv", "the server has the same address", "the step is at", "the script sends",
            "must be the 0-based index of a choice", "must be at least initialRtoMs", "anchor never happens",
            "expected ", "the simulation", "warning: ");

    @Property(tries = 1000)
    void theSchemaAndTheLoaderAgreeOnStructure(@ForAll("edits") List<Tuple.Tuple3<Integer, Integer, Integer>> edits) {
        JsonNode lesson = BASE.deepCopy();
        for (Tuple.Tuple3<Integer, Integer, Integer> edit : edits) {
            lesson = apply(lesson, POINTERS.get(edit.get1() % POINTERS.size()), edit.get2(), edit.get3());
        }
        String text = lesson.toPrettyString();
        boolean schemaAccepts = SCHEMA.validate(lesson).isEmpty();
        LoadOutcome outcome = new LessonLoader(FixedTraceSimulator.handshake()).load("edited.json", text);
        List<Diagnostic> diagnostics = outcome instanceof LoadOutcome.Failed f ? f.diagnostics() : List.of();
        net.jqwik.api.statistics.Statistics.label("schema").collect(schemaAccepts ? "accepts" : "rejects");
        net.jqwik.api.statistics.Statistics.label("loader").collect(outcome instanceof LoadOutcome.Loaded ? "loads" : "rejects");
        if (!schemaAccepts) {
            assertTrue(outcome instanceof LoadOutcome.Failed, () -> "the schema rejects, the loader accepts:\n" + text
                    + "\n" + SCHEMA.validate(read(text)));
            return;
        }
        for (Diagnostic d : diagnostics) {
            String message = d.format().substring("edited.json:".length());
            String afterPath = message.replaceFirst("^\\d+:\\d+: (\\$[^:]*: )?", "");
            assertTrue(LOADER_ONLY.stream().anyMatch(afterPath::startsWith),
                    () -> "the schema accepts, the loader rejects the structure: " + message + "\n" + text);
        }
    }

    @Provide
    Arbitrary<List<Tuple.Tuple3<Integer, Integer, Integer>>> edits() {
        Arbitrary<Tuple.Tuple3<Integer, Integer, Integer>> edit = net.jqwik.api.Combinators.combine(
                Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, REPLACEMENTS.size() - 1)).as(Tuple::of);
        return edit.list().ofMinSize(1).ofMaxSize(2);
    }

    /** Edit kinds: 0 replace the value, 1 remove it (from an object) or replace it, 2 add an unknown field. */
    private static JsonNode apply(JsonNode root, String pointer, int kind, int replacement) {
        int slash = pointer.lastIndexOf('/');
        if (slash < 0) {
            return root;
        }
        JsonNode parent = root.at(pointer.substring(0, slash));
        String key = pointer.substring(slash + 1);
        if (parent.isMissingNode() || parent.at("/" + key).isMissingNode()) {
            return root; // an earlier edit removed it
        }
        if (parent instanceof ObjectNode o) {
            if (kind == 1) {
                o.remove(key);
            } else if (kind == 2 && o.get(key) instanceof ObjectNode child) {
                child.put("zzz", 1);
            } else {
                o.set(key, REPLACEMENTS.get(replacement).deepCopy());
            }
        } else if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(key), REPLACEMENTS.get(replacement).deepCopy());
        }
        return root;
    }

    private static List<String> pointers(JsonNode node, String at) {
        List<String> result = new ArrayList<>();
        if (!at.isEmpty()) {
            result.add(at);
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> result.addAll(pointers(node.get(name), at + "/" + name.replace("~", "~0").replace("/", "~1"))));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                result.addAll(pointers(node.get(i), at + "/" + i));
            }
        }
        return result;
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema() {
        try (InputStream in = LessonLoader.class.getResourceAsStream("lesson.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
