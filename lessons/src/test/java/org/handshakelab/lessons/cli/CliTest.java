package org.handshakelab.lessons.cli;

import static org.handshakelab.lessons.cli.CliRun.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handshakelab.lessons.TestLessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @Test
    void noArgumentsIsAUsageError() {
        CliRun run = cli();
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("usage: handshake-lab"));
    }

    @Test
    void helpListsEveryCommandOnStandardOutput() {
        for (String help : List.of("help", "--help", "-h")) {
            CliRun run = cli(help);
            assertEquals(0, run.exit());
            for (String command : List.of("validate FILE...", "trace FILE|ID [--format text|jsonl]", "list")) {
                assertTrue(run.out().contains(command), command);
            }
            assertEquals("", run.err());
        }
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun run = cli("frobnicate", "x");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("unknown command: frobnicate"));
    }

    @Test
    void isCommandTellsCommandsFromGuiArguments() {
        for (String c : List.of("validate", "trace", "list", "help", "--help")) {
            assertTrue(Cli.isCommand(c), c);
        }
        for (String c : List.of("lesson.json", "--fullscreen", "", "VALIDATE")) {
            assertFalse(Cli.isCommand(c), c);
        }
        assertFalse(Cli.isCommand(null));
    }

    @Test
    void validateWithoutFilesIsAUsageError() {
        CliRun run = cli("validate");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("usage: handshake-lab validate FILE..."));
    }

    @Test
    void validateReportsEveryErrorOfEveryFileAsFileLineColumn(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, TestLessons.text("invalid/bad-ip.json"));
        Path missing = dir.resolve("missing.json");
        CliRun run = cli("validate", bad.toString(), missing.toString());
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals(3, lines.size(), run.err());
        assertEquals(bad + ":7:69: $.setup.client.address: \"999.0.0.1\" is not an IPv4 or IPv6 address", lines.get(0));
        assertEquals(bad + ":8:66: $.setup.server.address: \"localhost\" is not an IPv4 or IPv6 address", lines.get(1));
        assertTrue(lines.get(2).startsWith(missing + ":1:1: cannot read the file"), lines.get(2));
    }

    @Test
    void validateOfValidFilesPrintsOkPerFileAndExitsZero(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.writeString(a, TestLessons.handshake());
        Files.writeString(b, TestLessons.text("valid/minimal.json"));
        CliRun run = cli("validate", a.toString(), b.toString());
        assertEquals(new CliRun(0, a + ": ok\n" + b + ": ok\n", ""), run);
    }

    @Test
    void validateExitsOneWhenAnyFileFails(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("good.json");
        Path bad = dir.resolve("bad.json");
        Files.writeString(good, TestLessons.handshake());
        Files.writeString(bad, TestLessons.handshake().replace("\"server\": \"SYN_RECEIVED\"", "\"server\": \"LISTEN\""));
        CliRun run = cli("validate", good.toString(), bad.toString());
        assertEquals(1, run.exit());
        assertEquals(good + ": ok\n", run.out());
        assertEquals(bad + ":31:41: expected server LISTEN, but it was SYN_RECEIVED\n", run.err());
    }

    @Test
    void traceOfAFilePrintsTheModelsTraceAsTextOrJsonLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lesson.json");
        Files.writeString(file, TestLessons.handshake());
        CliRun text = cli("trace", file.toString());
        assertEquals(0, text.exit());
        List<String> lines = text.out().lines().toList();
        assertTrue(lines.get(0).contains("server") && lines.get(0).contains("listen"), lines.get(0));
        assertTrue(text.out().contains("SYN,ACK"));
        CliRun jsonl = cli("trace", file.toString(), "--format", "jsonl");
        assertEquals(0, jsonl.exit());
        List<String> records = jsonl.out().lines().toList();
        assertEquals(lines.size(), records.size(), "one line per event in both forms");
        records.forEach(r -> assertTrue(r.startsWith("{") && r.endsWith("}"), r));
        assertEquals(jsonl.out(), cli("trace", "--format=jsonl", file.toString()).out());
    }

    @Test
    void traceAndListKnowTheBundledLessons() {
        List<String> ids = org.handshakelab.lessons.BundledLessons.ids();
        org.junit.jupiter.api.Assumptions.assumeFalse(ids.isEmpty(), "no bundled lessons in this build yet");
        CliRun list = cli("list");
        assertEquals(0, list.exit());
        List<String> rows = list.out().lines().toList();
        assertEquals(ids.size(), rows.size());
        for (int i = 0; i < ids.size(); i++) {
            String[] cells = rows.get(i).split("\t", -1);
            assertEquals(2, cells.length, rows.get(i));
            assertEquals(ids.get(i), cells[0]);
            assertFalse(cells[1].isBlank());
        }
        CliRun trace = cli("trace", org.handshakelab.lessons.BundledLessons.DEFAULT_ID);
        assertEquals(0, trace.exit(), trace.err());
        assertTrue(trace.out().contains("SYN"));
    }

    @Test
    void validateRejectsUnknownOptions() {
        assertEquals(2, cli("validate", "--strict", "x.json").exit());
    }

    @Test
    void traceChecksItsArguments() {
        assertEquals(2, cli("trace").exit());
        assertEquals(2, cli("trace", "a.json", "--format", "xml").exit());
        assertEquals(2, cli("trace", "a.json", "--format").exit());
        assertEquals(2, cli("trace", "a.json", "b.json").exit());
        CliRun run = cli("trace", "no-such-lesson");
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("no-such-lesson: no such file, and no bundled lesson has this id"));
    }

    @Test
    void listTakesNoArguments() {
        assertEquals(2, cli("list", "extra").exit());
    }

    @Test
    void aRegisteredCommandIsDispatched() {
        Cli.register(new Command() {
            public String name() {
                return "echo-test";
            }

            public String arguments() {
                return "WORDS...";
            }

            public String summary() {
                return "test command";
            }

            public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
                if (args.isEmpty()) {
                    throw new UsageException("needs words");
                }
                out.print(String.join(" ", args));
                return 0;
            }
        });
        assertTrue(Cli.isCommand("echo-test"));
        assertEquals(new CliRun(0, "a b", ""), cli("echo-test", "a", "b"));
        CliRun usage = cli("echo-test");
        assertEquals(2, usage.exit());
        assertEquals("echo-test: needs words\nusage: handshake-lab echo-test WORDS...\n", usage.err());
        assertTrue(cli("help").out().contains("echo-test WORDS..."));
    }
}
