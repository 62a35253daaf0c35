package org.handshakelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * app/jvm.options, the JVM options the application runs with (the README's command passes it as a
 * java argument file, the packaged launcher carries each option): a typo there would stop the
 * application from starting at all, so a JVM is started with it here.
 */
class JvmOptionsTest {
    private static final Path OPTIONS = Path.of("jvm.options"); // the app module's folder, where Maven runs its tests
    private static final Pattern XX_FLAG = Pattern.compile("-XX:([+-]?)(\\w+)(?:=(.*))?");

    @Test
    void jvmOptions_isAnArgumentFileThisJvmAccepts_andEveryFlagInItTakesEffect() throws Exception {
        List<String> options = options();
        assertFalse(options.isEmpty(), "jvm.options names at least one option");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "@" + OPTIONS.toAbsolutePath(), "-XX:+PrintFlagsFinal", "-version")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the JVM ended");
        assertEquals(0, process.exitValue(), "the JVM started with jvm.options:\n" + output);
        for (String option : options) {
            Matcher flag = XX_FLAG.matcher(option);
            if (!flag.matches()) {
                continue;
            }
            String value = flag.group(3) != null ? flag.group(3) : Boolean.toString(!"-".equals(flag.group(1)));
            // PrintFlagsFinal: "     intx TieredStopAtLevel   = 1    {product} {command line}"
            Pattern line = Pattern.compile("(?m)^\\s*\\S+\\s+" + flag.group(2) + "\\s+= " + Pattern.quote(value)
                    + "\\s.*\\{command line\\}");
            assertTrue(line.matcher(output).find(), option + " is in effect");
        }
    }

    /** The options, as the java launcher reads an argument file: # starts a comment line. */
    private static List<String> options() throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(OPTIONS)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                options.add(trimmed);
            }
        }
        return options;
    }
}
