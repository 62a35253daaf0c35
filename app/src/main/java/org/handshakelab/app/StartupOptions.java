package org.handshakelab.app;

import java.util.List;

/**
 * The desktop application's command-line options. Plain Java (no JavaFX) so {@link Main} can check
 * them before the toolkit starts.
 *
 * @param lesson        {@code --lesson FILE|ID}: a lesson file, the id of a bundled lesson, or a packet capture
 *                      (.pcap, .pcapng); null for the default lesson
 * @param language      {@code --lang en|ko}; null to follow the operating system's locale
 * @param reportStartup {@code --report-startup}: print the milliseconds from JVM start to the first frame
 * @param exitAfterStartup {@code --exit-after-startup}: quit right after that first frame (for timing scripts)
 */
public record StartupOptions(String lesson, String language, boolean reportStartup, boolean exitAfterStartup,
                             boolean help) {

    public static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -jar handshake-lab.jar [--lesson FILE|ID|CAPTURE] [--lang en|ko] [--report-startup [--exit-after-startup]]",
            "       java -jar handshake-lab.jar COMMAND ...   (run 'help' for the command-line tools)");

    public static final StartupOptions DEFAULTS = new StartupOptions(null, null, false, false, false);

    /** Parses the arguments; unknown options and missing values are errors. */
    public static StartupOptions parse(List<String> args) {
        String lesson = null;
        String language = null;
        boolean report = false;
        boolean exit = false;
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--lesson" -> lesson = valueOf(args, ++i, arg);
                case "--lang" -> {
                    language = valueOf(args, ++i, arg);
                    if (!language.equals("en") && !language.equals("ko")) {
                        throw new IllegalArgumentException("--lang must be en or ko, not " + language);
                    }
                }
                case "--report-startup" -> report = true;
                case "--exit-after-startup" -> exit = true;
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("unknown option: " + arg);
            }
        }
        return new StartupOptions(lesson, language, report, exit, help);
    }

    public static StartupOptions parse(String[] args) {
        return parse(List.of(args));
    }

    private static String valueOf(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }
}
