package org.handshakelab.app.bench;

import java.lang.management.ManagementFactory;

/** Milliseconds since the JVM started, as the start-up benchmark reports them. */
public final class StartupClock {
    private StartupClock() {
    }

    public static long millisSinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
