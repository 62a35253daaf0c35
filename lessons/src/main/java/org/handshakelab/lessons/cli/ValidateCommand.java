package org.handshakelab.lessons.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.handshakelab.lessons.Diagnostic;
import org.handshakelab.lessons.LessonLoader;
import org.handshakelab.lessons.LoadOutcome;

/** {@code validate FILE...}: loads each file, runs it, checks every expectation. */
final class ValidateCommand implements Command {
    public String name() {
        return "validate";
    }

    public String arguments() {
        return "FILE...";
    }

    public String summary() {
        return "check lesson files: format, simulation, every expectation";
    }

    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("name at least one lesson file");
        }
        for (String arg : args) {
            if (arg.startsWith("-") && arg.length() > 1) {
                throw new UsageException("unknown option " + arg);
            }
        }
        LessonLoader loader = new LessonLoader();
        int status = Cli.OK;
        for (String file : args) {
            LoadOutcome outcome = loader.load(Path.of(file));
            if (outcome instanceof LoadOutcome.Loaded loaded) {
                loaded.lesson().warnings().forEach(w -> err.println(w.format()));
                out.println(file + ": ok");
            } else {
                for (Diagnostic d : ((LoadOutcome.Failed) outcome).diagnostics()) {
                    err.println(d.format());
                }
                status = Cli.FAILED;
            }
        }
        return status;
    }
}
