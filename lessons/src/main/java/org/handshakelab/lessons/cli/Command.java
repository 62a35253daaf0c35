package org.handshakelab.lessons.cli;

import java.io.PrintStream;
import java.util.List;

/** One command of the command line: {@code handshake-lab NAME ARGS...}. */
public interface Command {

    /** The word that selects it, e.g. {@code validate}. */
    String name();

    /** Its arguments for the usage text, e.g. {@code FILE...}. */
    String arguments();

    /** One line saying what it does. */
    String summary();

    /**
     * Runs it. Exit codes: 0 success, 1 the input had errors, 2 usage error (throw
     * {@link UsageException} for that; the command line prints the usage).
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws UsageException;

    /** Wrong arguments: the message is printed with the command's usage, and the exit code is 2. */
    final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }
}
