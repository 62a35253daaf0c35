package org.handshakelab.lessons.cliexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.handshakelab.lessons.cli.CliRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Wireshark's own dissector reads the exported file: checksums verified (both preferences on),
 * nothing malformed, and flags/seq/ack/len equal to the trace's. Skipped when tshark is not on the PATH.
 */
class TsharkReadsExportTest {
    @TempDir
    Path dir;

    static Path tshark() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d, "tshark");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    @ParameterizedTest
    @ValueSource(strings = {"four-way-handshake", "lost-final-ack", "reset-abort", "ip-vs-tcp"})
    void tsharkDecodesEveryPacketWithGoodChecksumsAndTheTracesFields(String id) throws Exception {
        Path tshark = tshark();
        Assumptions.assumeTrue(tshark != null, "tshark is not on the PATH");
        Path pcap = dir.resolve(id + ".pcap");
        assertEquals(0, CliRun.cli("export-pcap", id, pcap.toString()).exit());

        Process p = new ProcessBuilder(tshark.toString(), "-r", pcap.toString(), "-T", "fields",
                "-e", "tcp.flags", "-e", "tcp.seq_raw", "-e", "tcp.ack_raw", "-e", "tcp.len",
                "-e", "tcp.checksum.status", "-e", "ip.checksum.status", "-e", "_ws.malformed",
                "-o", "tcp.check_checksum:TRUE", "-o", "ip.check_checksum:TRUE")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue());

        List<ExportPcapCommandTest.WireSegment> expected =
                ExportPcapCommandTest.expected(ExportPcapCommandTest.lesson(id), true);
        List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(expected.size(), lines.size(), output);
        List<String> fromTshark = new ArrayList<>();
        List<String> fromTrace = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            assertEquals("1", f[4], "TCP checksum good: " + lines.get(i));
            assertEquals("1", f[5], "IP checksum good: " + lines.get(i));
            assertFalse(lines.get(i).toLowerCase().contains("malformed"), lines.get(i));
            assertEquals("", f[6], "not malformed: " + lines.get(i));
            fromTshark.add(Integer.decode(f[0]) + " " + f[1] + " " + f[2] + " " + f[3]);
            ExportPcapCommandTest.WireSegment w = expected.get(i);
            fromTrace.add(w.flags() + " " + w.seq() + " " + w.ack() + " " + w.len());
        }
        assertEquals(fromTrace, fromTshark);
    }
}
