package org.handshakelab.lessons;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The lessons shipped in the jar, under {@code org/handshakelab/lessons/bundled/}: {@code index.txt}
 * lists their ids in curriculum order (one per line; blank lines and {@code #} comments ignored),
 * and each lesson is {@code <id>.json}.
 */
public final class BundledLessons {
    /** The lesson the application opens first. */
    public static final String DEFAULT_ID = "three-way-handshake";

    private static final String FOLDER = "/org/handshakelab/lessons/bundled/";
    private static final JsonFactory JSON = new JsonFactory();

    private BundledLessons() {
    }

    /** The ids in curriculum order, from index.txt; empty when there is none. */
    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        try (InputStream in = BundledLessons.class.getResourceAsStream(FOLDER + "index.txt")) {
            if (in == null) {
                return ids;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String id = line.strip();
                if (!id.isEmpty() && !id.startsWith("#")) {
                    ids.add(id);
                }
            }
        } catch (IOException e) {
            return ids;
        }
        return ids;
    }

    public static boolean exists(String id) {
        return ids().contains(id);
    }

    /**
     * Id, title and summary of each bundled lesson, read cheaply (no checks, no simulation). A file
     * that cannot be read shows its id as its title; loading it then reports the errors.
     */
    public static List<BundledLessonInfo> list() {
        List<BundledLessonInfo> infos = new ArrayList<>();
        for (String id : ids()) {
            infos.add(info(id));
        }
        return infos;
    }

    private static BundledLessonInfo info(String id) {
        LocalizedText fallback = LocalizedText.of(id, null);
        LocalizedText title = null;
        LocalizedText summary = null;
        try (InputStream in = BundledLessons.class.getResourceAsStream(FOLDER + id + ".json")) {
            if (in != null) {
                try (JsonParser p = JSON.createParser(in)) {
                    if (p.nextToken() == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String name = p.currentName();
                            p.nextToken();
                            if (name.equals("title") || name.equals("summary")) {
                                LocalizedText text = texts(p);
                                if (name.equals("title")) {
                                    title = text;
                                } else {
                                    summary = text;
                                }
                            } else {
                                p.skipChildren();
                            }
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // shown by its id; loading it reports what is wrong
        }
        return new BundledLessonInfo(id, title == null ? fallback : title, summary == null ? LocalizedText.of("", null)
                : summary);
    }

    private static LocalizedText texts(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        Map<String, String> texts = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String lang = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_STRING) {
                texts.put(lang, p.getText());
            } else {
                p.skipChildren();
            }
        }
        return texts.containsKey("en") ? new LocalizedText(texts) : null;
    }

    /** Loads a bundled lesson by id with the TCP model. */
    public static LoadOutcome load(String id) {
        return load(id, new LessonLoader(), () -> Thread.currentThread().isInterrupted());
    }

    public static LoadOutcome load(String id, LessonLoader loader, BooleanSupplier cancelled) {
        String name = "bundled/" + id + ".json";
        if (!ids().contains(id)) {
            return new LoadOutcome.Failed(List.of(new Diagnostic(name, 0, 0, Diagnostic.Severity.ERROR,
                    "no bundled lesson has the id \"" + id + "\"", null)));
        }
        try (InputStream in = BundledLessons.class.getResourceAsStream(FOLDER + id + ".json")) {
            if (in == null) {
                return new LoadOutcome.Failed(List.of(new Diagnostic(name, 0, 0, Diagnostic.Severity.ERROR,
                        "index.txt lists \"" + id + "\" but " + id + ".json is missing", null)));
            }
            byte[] bytes = in.readNBytes((int) Limits.MAX_FILE_BYTES + 1);
            if (bytes.length > Limits.MAX_FILE_BYTES) {
                return new LoadOutcome.Failed(List.of(new Diagnostic(name, 1, 1, Diagnostic.Severity.ERROR,
                        "the file is larger than the limit of " + Limits.MAX_FILE_BYTES + " bytes (1 MiB)", null)));
            }
            return loader.load(name, new String(bytes, StandardCharsets.UTF_8), cancelled);
        } catch (IOException e) {
            return new LoadOutcome.Failed(List.of(new Diagnostic(name, 1, 1, Diagnostic.Severity.ERROR,
                    "cannot read: " + e.getMessage(), null)));
        }
    }
}
