package org.handshakelab.lessons.cli;

import java.io.PrintStream;
import java.util.List;
import org.handshakelab.lessons.BundledLessonInfo;
import org.handshakelab.lessons.BundledLessons;

/** {@code list}: the bundled lessons, one per line: id, a tab, the English title. */
final class ListCommand implements Command {
    public String name() {
        return "list";
    }

    public String arguments() {
        return "";
    }

    public String summary() {
        return "list the bundled lessons (id and title, tab-separated)";
    }

    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        if (!args.isEmpty()) {
            throw new UsageException("takes no arguments");
        }
        for (BundledLessonInfo info : BundledLessons.list()) {
            out.println(info.id() + "\t" + info.title().get("en"));
        }
        return Cli.OK;
    }
}
