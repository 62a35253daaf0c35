package org.handshakelab.lessons;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** Reads test lesson texts from the test class path. */
public final class TestLessons {
    private TestLessons() {
    }

    public static String text(String resource) {
        try (InputStream in = TestLessons.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String handshake() {
        return text("valid/handshake.json");
    }

    public static String lines(LoadOutcome outcome) {
        if (outcome instanceof LoadOutcome.Failed f) {
            return f.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
        }
        return ((LoadOutcome.Loaded) outcome).lesson().warnings().stream().map(Diagnostic::format)
                .collect(Collectors.joining("\n"));
    }
}
