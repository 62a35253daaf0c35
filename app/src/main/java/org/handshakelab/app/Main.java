package org.handshakelab.app;

import org.handshakelab.app.cli.RenderCommand;
import org.handshakelab.lessons.cli.Cli;

/**
 * The jar's entry point. It is deliberately not a JavaFX {@code Application}: launching an
 * {@code Application} subclass as the main class from the class path fails with "JavaFX runtime
 * components are missing", and command-line subcommands must run without touching JavaFX at all.
 * This class therefore names no JavaFX type; the desktop path goes through {@link DesktopLauncher},
 * which the JVM loads only when it is reached.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Cli.register(new RenderCommand()); // names no JavaFX type: JavaFX loads only when render runs
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(Cli.run(args, System.out, System.err));
            return;
        }
        StartupOptions options;
        try {
            options = StartupOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("handshake-lab: " + e.getMessage());
            System.err.println(StartupOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(StartupOptions.USAGE);
            return;
        }
        DesktopLauncher.launch(options, args);
    }
}
