package org.handshakelab.lessons.cli;

import java.io.PrintStream;

/** TEMPORARY placeholder for the contract (owned by lessons-loader). */
public final class Cli {
    private Cli() {
    }

    public static boolean isCommand(String arg) {
        return "check".equals(arg) || "list".equals(arg);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        out.println("placeholder cli " + String.join(" ", args));
        return 3;
    }
}
