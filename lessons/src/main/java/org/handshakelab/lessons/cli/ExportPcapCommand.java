package org.handshakelab.lessons.cli;

import java.util.Optional;
import org.handshakelab.lessons.cli.LessonArgument;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handshakelab.lessons.LoadedLesson;
import org.handshakelab.model.capture.EndpointAddresses;
import org.handshakelab.model.capture.PcapWriter;
import org.handshakelab.model.sim.Scenario;

/**
 * {@code export-pcap FILE|ID OUT [--no-dropped]}: runs a lesson and writes its segments as a pcap
 * file with real IPv4/IPv6 and TCP headers (correct checksums), using the lesson's own endpoint
 * addresses and ports, so Wireshark opens exactly what the lanes show. By default the file is what
 * a tap beside the sender sees (segments the network dropped are in it); {@code --no-dropped}
 * leaves those out.
 */
public final class ExportPcapCommand implements Command {
    public String name() {
        return "export-pcap";
    }

    public String arguments() {
        return "FILE|ID OUT [--no-dropped]";
    }

    public String summary() {
        return "run a lesson and write its segments to a pcap file (Wireshark, tcpdump)";
    }

    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        String source = null;
        String target = null;
        boolean includeDropped = true;
        for (String arg : args) {
            if (arg.equals("--no-dropped")) {
                includeDropped = false;
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new UsageException("unknown option " + arg);
            } else if (source == null) {
                source = arg;
            } else if (target == null) {
                target = arg;
            } else {
                throw new UsageException("one lesson and one output file");
            }
        }
        if (source == null || target == null) {
            throw new UsageException("name a lesson (file or bundled id) and the pcap file to write");
        }
        Optional<LoadedLesson> loaded = LessonArgument.load(source, err);
        if (loaded.isEmpty()) {
            return Cli.FAILED;
        }
        LoadedLesson lesson = loaded.get();
        EndpointAddresses endpoints;
        try {
            endpoints = addresses(lesson.scenario());
        } catch (IllegalArgumentException e) {
            err.println(source + ": cannot write its addresses to a capture: " + e.getMessage());
            return Cli.FAILED;
        }
        Path file = Path.of(target);
        int packets;
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file))) {
            packets = new PcapWriter(endpoints).includeDropped(includeDropped)
                    .write(lesson.result().trace(), stream);
        } catch (IOException e) {
            err.println(target + ": cannot write: " + e.getMessage());
            return Cli.FAILED;
        }
        out.println(target + ": " + packets + " packets" + (includeDropped ? "" : " (dropped segments left out)"));
        out.flush();
        return Cli.OK;
    }

    /** The lesson's endpoint addresses and ports, as the capture's IP and TCP headers carry them. */
    public static EndpointAddresses addresses(Scenario scenario) {
        return EndpointAddresses.of(scenario.client().address(), scenario.client().port(),
                scenario.server().address(), scenario.server().port());
    }
}
