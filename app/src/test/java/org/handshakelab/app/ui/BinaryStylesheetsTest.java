package org.handshakelab.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.ParsedValue;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build writes every stylesheet also in binary form, and JavaFX loads that one instead of the
 * text (as it does for its own Modena): this checks that each binary sheet is there and is what the
 * text compiles to now, so an edited .css can never be shadowed by a stale .bss.
 */
class BinaryStylesheetsTest {

    @Test
    void everyStylesheet_hasABinaryTwin_compiledFromItsCurrentText(@TempDir Path scratch)
            throws IOException, URISyntaxException {
        URL appCss = BinaryStylesheetsTest.class.getResource("/org/handshakelab/app/css/app.css");
        assertNotNull(appCss);
        List<Path> sheets;
        try (Stream<Path> files = Files.list(Path.of(appCss.toURI()).getParent())) {
            sheets = files.filter(f -> f.toString().endsWith(".css")).sorted().toList();
        }
        assertTrue(sheets.size() >= 5, "app, lanes, teaching and theme sheets: " + sheets);
        for (Path css : sheets) {
            Path bss = css.resolveSibling(css.getFileName().toString().replace(".css", ".bss"));
            assertTrue(Files.isRegularFile(bss), "no binary stylesheet for " + css.getFileName());
            // compiled again now and both read back in this JVM: bytes may differ (sets of style
            // classes are written in the order this JVM first met them), meaning may not
            Path fresh = scratch.resolve(bss.getFileName());
            Stylesheet.convertToBinary(css.toFile(), fresh.toFile());
            Stylesheet shipped = Stylesheet.loadBinary(bss.toUri().toURL());
            Stylesheet current = Stylesheet.loadBinary(fresh.toUri().toURL());
            assertNotNull(shipped, bss.getFileName() + " unreadable");
            assertEquals(new CssParser().parse(css.toUri().toURL()).getRules().size(), shipped.getRules().size(),
                    css.getFileName() + ": rules");
            String expected = describe(current.getRules());
            assertFalse(expected.matches("(?s).*@[0-9a-f]{6,}.*"), "the description shows values, not identities");
            assertEquals(expected, describe(shipped.getRules()),
                    bss.getFileName() + " is not what " + css.getFileName() + " compiles to");
        }
    }

    private static String describe(List<Rule> rules) {
        StringBuilder out = new StringBuilder();
        for (Rule rule : rules) {
            out.append(rule.getSelectors()).append(" {");
            rule.getDeclarations().forEach(d -> {
                out.append(d.getProperty()).append(':');
                describe(d.getParsedValue(), out);
                out.append(d.isImportant() ? " !important;" : ";");
            });
            out.append("}\n");
        }
        return out.toString();
    }

    /** A parsed value as text, nested values and arrays spelt out (their own toString shows identities). */
    private static void describe(Object value, StringBuilder out) {
        if (value instanceof ParsedValue<?, ?> parsed) {
            out.append(parsed.isLookup() ? "lookup " : "").append('<');
            describe(parsed.getValue(), out);
            out.append(parsed.getConverter() == null ? "" : " as " + parsed.getConverter().getClass().getSimpleName()).append('>');
        } else if (value instanceof Object[] array) {
            out.append('[');
            for (Object element : array) {
                describe(element, out);
                out.append(',');
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }
}
