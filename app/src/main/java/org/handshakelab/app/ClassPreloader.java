package org.handshakelab.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.handshakelab.app.bench.StartupClock;

/**
 * Loads, on a background thread, the classes that building and showing the first window needs,
 * while the JavaFX toolkit starts: during that half-second the second core is otherwise idle once
 * the first lesson is loaded, and the same classes would be read from the jar and defined later on
 * the start-up path, one at a time. Classes are only loaded, not initialised
 * ({@code Class.forName(name, false, loader)}), so no static initialiser runs early or on the wrong
 * thread; the application's class loader is parallel capable, so a class the FX thread asks for
 * meanwhile is simply waited for.
 *
 * <p>The list, {@value #LIST}, is made by {@code scripts/startup-classes.sh} from a run of the
 * application. A name that no longer exists is skipped (a test keeps the list current).
 */
final class ClassPreloader {
    static final String LIST = "/org/handshakelab/app/startup-classes.txt";

    private ClassPreloader() {
    }

    /**
     * Loads the listed classes on the calling thread (the first lesson's background thread, once the
     * lesson is loaded). Off with {@code -Dhandshakelab.preload=false}: the script that makes the
     * list measures without it.
     */
    static void run() {
        if (!Boolean.parseBoolean(System.getProperty("handshakelab.preload", "true"))) {
            return;
        }
        int missing = load(names(), ClassPreloader.class.getClassLoader());
        StartupClock.mark("classes-preloaded" + (missing > 0 ? " (" + missing + " not found)" : ""));
    }

    /** Loads each class (without initialising it); returns how many were not found. */
    static int load(List<String> names, ClassLoader loader) {
        int missing = 0;
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                missing++;
            }
        }
        return missing;
    }

    /** The names on the bundled list, in the order the application first needed them; empty if there is none. */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        try (InputStream in = ClassPreloader.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return names;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            names.clear(); // a speed-up only: without the list, start-up just loads as it goes
        }
        return names;
    }
}
