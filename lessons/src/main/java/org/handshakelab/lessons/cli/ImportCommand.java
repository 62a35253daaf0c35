package org.handshakelab.lessons.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handshakelab.model.capture.CaptureFormatException;
import org.handshakelab.model.capture.CaptureLimits;
import org.handshakelab.model.capture.CaptureNote;
import org.handshakelab.model.capture.CaptureProgress;
import org.handshakelab.model.capture.Conversation;
import org.handshakelab.model.capture.ConversationIndex;
import org.handshakelab.model.capture.InferredConnection;
import org.handshakelab.model.capture.PassiveStateTracker;
import org.handshakelab.model.trace.TraceJsonl;
import org.handshakelab.model.trace.TraceText;

/**
 * {@code import FILE [--conversation N] [--format jsonl|text]}: reads a pcap or pcapng file and
 * prints one TCP conversation as the trace a passive observer can infer (docs/captures.md).
 * Conversations are numbered from 1 in order of first appearance (Wireshark's {@code tcp.stream}
 * plus one). With several conversations and no {@code --conversation}, lists them and exits 0.
 */
public final class ImportCommand implements Command {
    public String name() {
        return "import";
    }

    public String arguments() {
        return "FILE [--conversation N] [--format jsonl|text]";
    }

    public String summary() {
        return "read a pcap/pcapng capture; list its TCP conversations or print one's inferred trace";
    }

    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        String file = null;
        String format = "jsonl";
        Integer number = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--format") || arg.equals("--conversation")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(arg + " needs a value");
                }
                String value = args.get(++i);
                if (arg.equals("--format")) {
                    format = value;
                } else {
                    number = conversationNumber(value);
                }
            } else if (arg.startsWith("--format=")) {
                format = arg.substring("--format=".length());
            } else if (arg.startsWith("--conversation=")) {
                number = conversationNumber(arg.substring("--conversation=".length()));
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new UsageException("unknown option " + arg);
            } else if (file == null) {
                file = arg;
            } else {
                throw new UsageException("one capture file at a time");
            }
        }
        if (!format.equals("jsonl") && !format.equals("text")) {
            throw new UsageException("unknown format \"" + format + "\" (jsonl or text)");
        }
        if (file == null) {
            throw new UsageException("name a capture file (.pcap or .pcapng)");
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            err.println(file + ": no such file");
            return Cli.FAILED;
        }
        try {
            ConversationIndex index = ConversationIndex.scan(path, CaptureLimits.DEFAULTS, CaptureProgress.NONE);
            List<Conversation> conversations = index.conversations();
            if (conversations.isEmpty()) {
                err.println(file + ": no TCP conversations in " + index.packets() + " packets" + skipped(index.skipped()));
                return Cli.FAILED;
            }
            if (number == null && conversations.size() > 1) {
                list(file, index, out);
                return Cli.OK;
            }
            int n = number == null ? 1 : number;
            if (n > conversations.size()) {
                err.println(file + ": there is no conversation " + n + " (the file has " + conversations.size() + ")");
                return Cli.FAILED;
            }
            InferredConnection inferred = PassiveStateTracker.infer(index.loadConversation(n - 1));
            if (format.equals("jsonl")) {
                out.print(TraceJsonl.toString(inferred.trace()));
            } else {
                out.println("# conversation " + n + ": client " + inferred.clientLabel() + ", server "
                        + inferred.serverLabel() + ", " + inferred.conversation().packets() + " packets");
                for (CaptureNote note : inferred.notes()) {
                    out.println("# note: " + note.english());
                }
                out.print(TraceText.toString(inferred.trace()));
            }
            out.flush();
            return Cli.OK;
        } catch (CaptureFormatException e) {
            err.println(ImportErrors.located(file, e));
            return Cli.FAILED;
        } catch (IOException e) {
            err.println(file + ": cannot read: " + e.getMessage());
            return Cli.FAILED;
        }
    }

    private static int conversationNumber(String value) throws UsageException {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--conversation takes a number from 1 (as listed), not \"" + value + "\"");
    }

    private static void list(String file, ConversationIndex index, PrintStream out) {
        List<Conversation> conversations = index.conversations();
        out.println(file + ": " + conversations.size() + " TCP conversations in " + index.packets() + " packets"
                + skipped(index.skipped()));
        out.printf("%4s  %-47s %8s  %-23s  %-23s%n", "N", "endpoints", "packets", "first (UTC)", "last (UTC)");
        for (Conversation c : conversations) {
            out.printf("%4d  %-47s %8d  %-23s  %-23s%n", c.index() + 1, c.label(), c.packets(),
                    ImportErrors.time(c.firstEpochNanos()), ImportErrors.time(c.lastEpochNanos()));
        }
        out.println("choose one with --conversation N");
    }

    private static String skipped(Map<String, Long> skipped) {
        if (skipped.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(" (not indexed:");
        skipped.forEach((reason, count) -> b.append(' ').append(count).append(' ').append(reason).append(';'));
        b.setLength(b.length() - 1);
        return b.append(')').toString();
    }
}
