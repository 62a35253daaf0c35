package org.handshakelab.lessons.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line: {@code validate}, {@code trace}, {@code list}, {@code help}. Never touches JavaFX,
 * so it runs headless. The application's Main asks {@link #isCommand} about its first argument and
 * hands the arguments here when it is one; otherwise it starts the GUI.
 *
 * <p>To add a command, implement {@link Command} and add it to {@link #COMMANDS} (or call
 * {@link #register} from a module that depends on this one).
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final Set<String> HELP = Set.of("help", "--help", "-h");
    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        register(new ValidateCommand());
        register(new TraceCommand());
        register(new ListCommand());
        register(new ImportCommand());
        register(new ExportPcapCommand());
    }

    private Cli() {
    }

    /** Adds (or replaces) a command by its name. */
    public static synchronized void register(Command command) {
        COMMANDS.put(command.name(), command);
    }

    /** Whether {@code arg} names a command (so the application should run the command line, not the GUI). */
    public static synchronized boolean isCommand(String arg) {
        return arg != null && (COMMANDS.containsKey(arg) || HELP.contains(arg));
    }

    public static synchronized List<Command> commands() {
        return List.copyOf(COMMANDS.values());
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command named by {@code args[0]}; returns the exit code (0 ok, 1 errors found, 2 usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            usage(err);
            return USAGE;
        }
        if (HELP.contains(args[0])) {
            usage(out);
            return OK;
        }
        Command command;
        synchronized (Cli.class) {
            command = COMMANDS.get(args[0]);
        }
        if (command == null) {
            err.println("unknown command: " + args[0]);
            usage(err);
            return USAGE;
        }
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        try {
            return command.run(rest, out, err);
        } catch (Command.UsageException e) {
            err.println(command.name() + ": " + e.getMessage());
            err.println("usage: handshake-lab " + command.name() + " " + command.arguments());
            return USAGE;
        } catch (RuntimeException e) {
            err.println(command.name() + ": internal error: " + e);
            return FAILED;
        }
    }

    private static void usage(PrintStream s) {
        s.println("usage: handshake-lab [COMMAND [ARGS...]]   (no command: start the application)");
        s.println();
        s.println("commands:");
        for (Command c : commands()) {
            s.printf("  %-40s %s%n", c.name() + " " + c.arguments(), c.summary());
        }
        s.printf("  %-40s %s%n", "help", "show this help");
        s.println();
        s.println("exit status: 0 success, 1 errors found, 2 usage error");
    }
}
