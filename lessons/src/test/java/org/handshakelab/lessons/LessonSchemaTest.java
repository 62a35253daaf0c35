package org.handshakelab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.handshakelab.lessons.support.FixedTraceSimulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the published JSON Schema (shipped in the jar) and the loader in step: lessons the loader
 * accepts validate; lessons with structural errors are rejected by both; lessons whose only errors
 * are ones a schema cannot express (references, the run) pass the schema and fail the loader.
 */
class LessonSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void readSchema() throws Exception {
        try (InputStream in = LessonLoader.class.getResourceAsStream("lesson.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    static Set<ValidationMessage> validate(String text) throws Exception {
        JsonNode node = JSON.readTree(text);
        return schema.validate(node);
    }

    static Stream<String> valid() {
        return Stream.of("valid/handshake.json", "valid/minimal.json", "valid/every-field.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void everyValidTestLessonValidates(String resource) throws Exception {
        assertEquals(Set.of(), validate(TestLessons.text(resource)));
    }

    @Test
    void everyBundledLessonValidates() throws Exception {
        for (String id : BundledLessons.ids()) {
            try (InputStream in = LessonLoader.class.getResourceAsStream("bundled/" + id + ".json")) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertEquals(Set.of(), validate(text), id);
            }
        }
    }

    /** Structural errors: the schema and the loader both reject these. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wrong-types", "unknown-fields", "missing-required", "bad-enum", "bad-id-pattern",
        "out-of-range", "bad-format-version", "bad-localized", "bad-tcp-settings", "bad-triggers", "bad-send-steps",
        "bad-ip", "bad-faults", "bad-anchors", "bad-segment-anchors", "bad-quiz", "bad-expectations", "huge-string",
        "not-an-object", "deep-nesting"})
    void theSchemaRejectsWhatTheLoaderRejectsForItsStructure(String name) throws Exception {
        String text = TestLessons.text("invalid/" + name + ".json");
        assertFalse(validate(text).isEmpty(), "the schema should reject " + name);
        assertInstanceOf(LoadOutcome.Failed.class, new LessonLoader(FixedTraceSimulator.handshake()).load(name, text));
    }

    /** Errors only the loader can find: the schema accepts these files. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"duplicate-ids", "bad-step-reference", "mixed-ip-versions", "same-endpoint",
        "impossible-anchors", "failed-expectations", "bound-reached", "step-after-time-bound",
        "step-never-runs-anchor"})
    void theSchemaAcceptsWhatOnlyTheLoaderCanCheck(String name) throws Exception {
        String text = TestLessons.text("invalid/" + name + ".json");
        assertEquals(Set.of(), validate(text), name);
        assertInstanceOf(LoadOutcome.Failed.class, new LessonLoader(FixedTraceSimulator.handshake()).load(name, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "255.255.255.255", "::1", "2001:db8::2", "fe80::1:2:3:4", "::ffff:10.0.0.1",
        "1:2:3:4:5:6:7:8"})
    void addressesTheLoaderAcceptsTheSchemaAccepts(String address) throws Exception {
        String text = TestLessons.text("valid/minimal.json").replace("10.0.0.1", address)
                .replace("10.0.0.2", address.contains(":") ? "2001:db8::99" : "10.9.9.9");
        assertEquals(Set.of(), validate(text));
        assertTrue(org.handshakelab.lessons.format.IpAddresses.version(address) > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.0.0.1", "10.0.0", "01.2.3.4x", "1::2::3", "12345::1", "localhost", "1:2:3:4:5:6:7:8:9", ""})
    void addressesTheLoaderRejectsTheSchemaRejects(String address) throws Exception {
        String text = TestLessons.text("valid/minimal.json").replace("10.0.0.1", address);
        assertFalse(validate(text).isEmpty(), address);
        assertEquals(0, org.handshakelab.lessons.format.IpAddresses.version(address));
    }

    @Test
    void theSchemaIsDraft202012AndNamesEveryTopLevelField() throws Exception {
        JsonNode node;
        try (InputStream in = LessonLoader.class.getResourceAsStream("lesson.schema.json")) {
            node = JSON.readTree(in);
        }
        assertEquals("https://json-schema.org/draft/2020-12/schema", node.get("$schema").asText());
        List<String> fields = List.of("$schema", "format", "id", "title", "summary", "setup", "script", "faults",
                "narration", "expectations", "quiz");
        fields.forEach(f -> assertTrue(node.get("properties").has(f), f));
        assertEquals(fields.size(), node.get("properties").size());
    }
}
