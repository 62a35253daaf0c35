package org.handshakelab.app.capture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.handshakelab.model.capture.EndpointAddresses;
import org.handshakelab.model.capture.PcapFileWriter;
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

/** Capture files for the tests, written with the model's own pcap writers. */
final class CaptureTestFiles {
    private CaptureTestFiles() {
    }

    static Trace connection() {
        List<ScriptedAction> script = List.of(
                new ScriptedAction("listen", Side.SERVER, new AppCall.Listen(null), new Trigger.At(0)),
                new ScriptedAction("connect", Side.CLIENT, new AppCall.Connect(null), new Trigger.At(10)),
                new ScriptedAction("send", Side.CLIENT, AppCall.Send.text("GET /"), new Trigger.At(300)),
                new ScriptedAction("close", Side.CLIENT, new AppCall.Close(), new Trigger.At(600)),
                new ScriptedAction("close2", Side.SERVER, new AppCall.Close(), new Trigger.At(900)));
        return Simulation.run(new Scenario(EndpointSetup.defaultClient(), EndpointSetup.defaultServer(),
                NetworkConfig.DEFAULT, script, SimulationBounds.DEFAULT, 1)).trace();
    }

    static byte[] pcap(int clientPort, long startMillis) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PcapWriter(EndpointAddresses.of("10.0.0.1", clientPort, "10.0.0.2", 80)).startEpochMillis(startMillis)
                    .write(connection(), out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Conversations from client ports 40001, 40002, ... one after another in one file. */
    static Path conversations(Path dir, int count) throws IOException {
        byte[] all = pcap(40001, 0);
        for (int i = 1; i < count; i++) {
            byte[] next = pcap(40001 + i, i * 10_000L);
            byte[] grown = Arrays.copyOf(all, all.length + next.length - 24);
            System.arraycopy(next, 24, grown, all.length, next.length - 24); // records after the file header
            all = grown;
        }
        Path file = dir.resolve("conversations-" + count + ".pcap");
        Files.write(file, all);
        return file;
    }

    /** Many small non-IP frames, so a scan passes several progress checkpoints (every 4096 packets). */
    static Path manyFrames(Path dir, int frames) throws IOException {
        Path file = dir.resolve("many.pcap");
        try (OutputStream out = Files.newOutputStream(file)) {
            PcapFileWriter writer = new PcapFileWriter(out, 1);
            byte[] frame = new byte[60]; // Ethernet, ethertype 0: not IP, skipped by the index
            for (int i = 0; i < frames; i++) {
                writer.write(i * 1_000_000L, frame);
            }
        }
        return file;
    }

    static Path resource(Path dir, String name) throws IOException {
        try (InputStream in = CaptureTestFiles.class.getResourceAsStream(name)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }
}
