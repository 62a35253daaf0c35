package org.handshakelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.handshakelab.lessons.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link Main} in a separate JVM: a command-line command must run without loading any JavaFX class. */
class MainDispatchTest {
    @TempDir
    Path dir;

    /** A command the CLI accepts; asked of the CLI itself so the test follows its vocabulary. */
    private static String someCommand() {
        for (String candidate : List.of("help", "check", "list", "validate", "run", "trace", "lessons")) {
            if (Cli.isCommand(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("the CLI accepts none of the usual command names");
    }

    private record Run(int exitCode, String stdout) {
    }

    private Run runMain(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-verbose:class");
        command.add("-Djava.awt.headless=true");
        command.add("-Dhandshakelab.home=" + dir);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .directory(dir.toFile())
                .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the CLI run did not finish");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void aCliCommandRunsTheCliAndExitsWithItsCodeWithoutLoadingJavaFx() throws Exception {
        String command = someCommand();
        ByteArrayOutputStream expectedOut = new ByteArrayOutputStream();
        int expectedCode = Cli.run(new String[] {command}, new PrintStream(expectedOut, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        Run run = runMain(command);

        assertEquals(expectedCode, run.exitCode(), run.stdout());
        assertTrue(run.stdout().contains(Main.class.getName()), "class loading was not logged");
        assertFalse(run.stdout().contains("javafx."), "a JavaFX class was loaded:\n"
                + run.stdout().lines().filter(l -> l.contains("javafx.")).findFirst().orElse(""));
        String firstLine = expectedOut.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
        assertTrue(run.stdout().contains(firstLine), "the CLI's own output is missing");
    }

    @Test
    void aBadOptionIsReportedWithoutLoadingJavaFx() throws Exception {
        Run run = runMain("--lang", "fr");
        assertEquals(2, run.exitCode());
        assertTrue(run.stdout().contains("--lang must be en or ko"), run.stdout());
        assertFalse(run.stdout().contains("javafx."));
    }
}
