package org.handshakelab.app;

/**
 * The jar's entry point. It is deliberately not a JavaFX {@code Application}: launching an
 * {@code Application} subclass as the main class from the class path fails with "JavaFX runtime
 * components are missing", and command-line subcommands must run without touching JavaFX at all.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        HandshakeLabApp.launchApp(args);
    }
}
