package org.handshakelab.lessons.cliimport;

import static org.handshakelab.lessons.cli.CliRun.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handshakelab.lessons.cli.CliRun;
import org.handshakelab.model.capture.EndpointAddresses;
import org.handshakelab.model.capture.PcapWriter;
import org.handshakelab.model.net.NetworkConfig;
import org.handshakelab.model.sim.EndpointSetup;
import org.handshakelab.model.sim.Scenario;
import org.handshakelab.model.sim.ScriptedAction;
import org.handshakelab.model.sim.Simulation;
import org.handshakelab.model.sim.SimulationBounds;
import org.handshakelab.model.sim.Trigger;
import org.handshakelab.model.tcp.AppCall;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.trace.Trace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    /** Handshake, a request, the client closes, the server closes: the model's own trace. */
    static Trace simulatedConnection() {
        List<ScriptedAction> script = List.of(
                new ScriptedAction("listen", Side.SERVER, new AppCall.Listen(null), new Trigger.At(0)),
                new ScriptedAction("connect", Side.CLIENT, new AppCall.Connect(null), new Trigger.At(10)),
                new ScriptedAction("send", Side.CLIENT, AppCall.Send.text("GET /"), new Trigger.At(300)),
                new ScriptedAction("close", Side.CLIENT, new AppCall.Close(), new Trigger.At(600)),
                new ScriptedAction("close2", Side.SERVER, new AppCall.Close(), new Trigger.At(900)));
        Scenario scenario = new Scenario(EndpointSetup.defaultClient(), EndpointSetup.defaultServer(),
                NetworkConfig.DEFAULT, script, SimulationBounds.DEFAULT, 1);
        return Simulation.run(scenario).trace();
    }

    static byte[] pcap(Trace trace, int clientPort, long startMillis) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PcapWriter(EndpointAddresses.of("10.0.0.1", clientPort, "10.0.0.2", 80)).startEpochMillis(startMillis)
                .write(trace, out);
        return out.toByteArray();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path resource(String name) throws IOException {
        try (InputStream in = ImportCommandTest.class.getResourceAsStream(name)) {
            return write(name, in.readAllBytes());
        }
    }

    @Test
    void aSingleConversationIsPrintedAsJsonLinesByDefault() throws IOException {
        Path file = write("one.pcap", pcap(simulatedConnection(), 49152, 0));
        CliRun run = cli("import", file.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        String[] lines = run.out().split("\n");
        assertTrue(lines.length > 20);
        for (String line : lines) {
            assertTrue(line.startsWith("{") && line.endsWith("}"), line);
        }
        assertTrue(run.out().contains("\"SYN_SENT\""), "the client's inferred SYN_SENT");
    }

    @Test
    void textFormatShowsTheStatesInferredFromARealCapture() throws IOException {
        CliRun run = cli("import", resource("dns_tcp.pcap").toString(), "--format", "text");
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("# conversation 1: client 192.168.1.11:33779, server 209.87.249.18:53, 11 packets"), out);
        List<String> expectedInOrder = List.of("client  CLOSED -> SYN_SENT", "server  LISTEN -> SYN_RECEIVED",
                "client  SYN_SENT -> ESTABLISHED", "server  SYN_RECEIVED -> ESTABLISHED",
                "client  ESTABLISHED -> FIN_WAIT_1", "server  ESTABLISHED -> CLOSE_WAIT",
                "client  FIN_WAIT_1 -> FIN_WAIT_2", "server  CLOSE_WAIT -> LAST_ACK",
                "client  FIN_WAIT_2 -> TIME_WAIT", "server  LAST_ACK -> CLOSED");
        int from = 0;
        for (String s : expectedInOrder) {
            int at = out.indexOf(s, from);
            assertTrue(at >= 0, "missing or out of order: " + s + "\n" + out);
            from = at;
        }
    }

    @Test
    void severalConversationsAreListedWithNumbersAndPacketCounts() throws IOException {
        CliRun run = cli("import", resource("three_http_streams.pcap").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("3 TCP conversations in 28 packets"), run.out());
        assertTrue(Pattern.compile("(?m)^\\s+1\\s+98\\.139\\.161\\.29:80 <-> 172\\.16\\.133\\.132:54615\\s+9\\s").matcher(run.out()).find(), run.out());
        assertTrue(Pattern.compile("(?m)^\\s+2\\s+98\\.138\\.19\\.88:80 <-> 172\\.16\\.133\\.132:44305\\s+10\\s").matcher(run.out()).find(), run.out());
        assertTrue(run.out().contains("--conversation N"));
    }

    @Test
    void conversationNPrintsThatOne() throws IOException {
        Path file = resource("three_http_streams.pcap");
        CliRun second = cli("import", file.toString(), "--conversation", "2", "--format", "text");
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().startsWith("# conversation 2: client 172.16.133.132:44305, server 98.138.19.88:80, 10 packets"),
                second.out());
        CliRun none = cli("import", file.toString(), "--conversation=4");
        assertEquals(1, none.exit());
        assertTrue(none.err().contains("there is no conversation 4 (the file has 3)"), none.err());
    }

    @Test
    void twoConversationsWrittenByTheModelAreBothListed() throws IOException {
        byte[] first = pcap(simulatedConnection(), 40001, 0);
        byte[] second = pcap(simulatedConnection(), 40002, 5_000);
        byte[] both = Arrays.copyOf(first, first.length + second.length - 24);
        System.arraycopy(second, 24, both, first.length, second.length - 24); // records after the file header
        CliRun run = cli("import", write("two.pcap", both).toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("10.0.0.1:40001 <-> 10.0.0.2:80"), run.out());
        assertTrue(run.out().contains("10.0.0.1:40002 <-> 10.0.0.2:80"), run.out());
    }

    @Test
    void aTruncatedFileNamesThePacketAndOffsetAndExitsOne() throws IOException {
        byte[] whole = pcap(simulatedConnection(), 49152, 0);
        // walk the records to cut packet 4 in the middle of its data
        int offset = 24;
        for (int packet = 1; packet < 4; packet++) {
            offset += 16 + ByteBuffer.wrap(whole, offset + 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        }
        int cut = offset + 16 + 10;
        Path file = write("cut.pcap", Arrays.copyOf(whole, cut));
        CliRun run = cli("import", file.toString());
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        Matcher m = Pattern.compile("^(.*): packet (\\d+), offset (\\d+): (.+)\\R$").matcher(run.err());
        assertTrue(m.matches(), run.err());
        assertEquals(file.toString(), m.group(1));
        assertEquals("4", m.group(2));
        long reported = Long.parseLong(m.group(3));
        assertTrue(reported >= offset && reported <= cut, "offset " + reported + " inside packet 4's record");
        assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aFileThatIsNotACaptureIsReportedAtItsHeader() throws IOException {
        Path file = write("lesson.pcap", "{\"format\": 1, \"id\": \"not-a-capture\"}".getBytes(StandardCharsets.UTF_8));
        CliRun run = cli("import", file.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith(file + ": file header, offset 0: "), run.err());
    }

    @Test
    void usageErrorsExitTwoAndAMissingFileExitsOne() {
        assertEquals(2, cli("import").exit());
        assertEquals(2, cli("import", "a.pcap", "--format", "xml").exit());
        assertEquals(2, cli("import", "a.pcap", "--conversation", "0").exit());
        assertEquals(2, cli("import", "a.pcap", "--conversation", "two").exit());
        assertEquals(2, cli("import", "a.pcap", "--verbose").exit());
        assertEquals(2, cli("import", "a.pcap", "b.pcap").exit());
        CliRun missing = cli("import", dir.resolve("nothing-here.pcap").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().endsWith("nothing-here.pcap: no such file\n"), missing.err());
    }

    @Test
    void helpListsTheImportCommand() {
        assertTrue(cli("help").out().contains("import FILE [--conversation N] [--format jsonl|text]"));
    }
}
