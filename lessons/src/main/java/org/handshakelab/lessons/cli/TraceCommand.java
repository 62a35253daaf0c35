package org.handshakelab.lessons.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handshakelab.lessons.BundledLessons;
import org.handshakelab.lessons.Diagnostic;
import org.handshakelab.lessons.LessonLoader;
import org.handshakelab.lessons.LoadOutcome;
import org.handshakelab.model.trace.Trace;

/** {@code trace FILE|ID [--format text|jsonl]}: runs a lesson and prints its trace. */
final class TraceCommand implements Command {
    public String name() {
        return "trace";
    }

    public String arguments() {
        return "FILE|ID [--format text|jsonl]";
    }

    public String summary() {
        return "run a lesson (a file, or a bundled lesson's id) and print its trace";
    }

    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        String source = null;
        String format = "text";
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--format")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--format needs text or jsonl");
                }
                format = args.get(++i);
            } else if (arg.startsWith("--format=")) {
                format = arg.substring("--format=".length());
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new UsageException("unknown option " + arg);
            } else if (source == null) {
                source = arg;
            } else {
                throw new UsageException("one lesson at a time");
            }
        }
        if (!format.equals("text") && !format.equals("jsonl")) {
            throw new UsageException("unknown format \"" + format + "\" (text or jsonl)");
        }
        if (source == null) {
            throw new UsageException("name a lesson file or a bundled lesson's id");
        }
        LoadOutcome outcome;
        if (Files.exists(Path.of(source))) {
            outcome = new LessonLoader().load(Path.of(source));
        } else if (BundledLessons.exists(source)) {
            outcome = BundledLessons.load(source);
        } else {
            err.println(source + ": no such file, and no bundled lesson has this id (see: handshake-lab list)");
            return Cli.FAILED;
        }
        if (outcome instanceof LoadOutcome.Failed failed) {
            for (Diagnostic d : failed.diagnostics()) {
                err.println(d.format());
            }
            return Cli.FAILED;
        }
        Trace trace = ((LoadOutcome.Loaded) outcome).lesson().result().trace();
        out.print(format.equals("jsonl") ? TraceOutput.jsonl(trace) : TraceOutput.text(trace));
        out.flush();
        return Cli.OK;
    }
}
