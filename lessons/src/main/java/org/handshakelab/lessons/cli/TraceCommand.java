package org.handshakelab.lessons.cli;

import java.util.Optional;
import org.handshakelab.lessons.LoadedLesson;
import org.handshakelab.lessons.cli.LessonArgument;
import java.io.PrintStream;
import java.util.List;
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
        Optional<LoadedLesson> loaded = LessonArgument.load(source, err);
        if (loaded.isEmpty()) {
            return Cli.FAILED;
        }
        Trace trace = loaded.get().result().trace();
        out.print(format.equals("jsonl") ? TraceOutput.jsonl(trace) : TraceOutput.text(trace));
        out.flush();
        return Cli.OK;
    }
}
