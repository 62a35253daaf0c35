package org.handshakelab.app.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Milliseconds since the JVM started, as the start-up benchmark reports them, and the named phases
 * of start-up ({@code --report-startup} prints them after the total, to show where the time goes).
 * Marks record the wall clock only; the management bean that knows the JVM's start time is asked
 * when reporting, so marking costs nothing measurable and loads no class.
 */
public final class StartupClock {
    private static final List<String> NAMES = new ArrayList<>();
    private static final List<Long> TIMES = new ArrayList<>();

    private StartupClock() {
    }

    public static long millisSinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Records that start-up reached {@code phase} now (any thread). */
    public static synchronized void mark(String phase) {
        NAMES.add(phase);
        TIMES.add(System.currentTimeMillis());
    }

    /**
     * Prints the marks so far, one "startup-phase NAME MS" line each: the form scripts/bench-startup.sh
     * reads, the same for the application and the bare window.
     */
    public static void printPhases() {
        phases().forEach(phase -> System.out.println("startup-phase " + phase));
    }

    /** The marks so far as "phase ms-since-JVM-start" lines, in the order they were made. */
    public static synchronized List<String> phases() {
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            lines.add(NAMES.get(i) + " " + (TIMES.get(i) - start));
        }
        return lines;
    }
}
