package org.handshakelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassPreloaderTest {

    @Test
    void bundledList_namesOnlyClassesThatExist_soItCannotRotSilently() {
        List<String> names = ClassPreloader.names();
        assertTrue(names.size() > 100, "the list made by scripts/startup-classes.sh is bundled");
        assertTrue(names.contains("org.handshakelab.app.lanes.LanesDiagram"), "it names the window's own classes");
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            try {
                Class.forName(name, false, getClass().getClassLoader());
            } catch (ClassNotFoundException e) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing, "classes gone from the build: run scripts/startup-classes.sh");
    }

    @Test
    void load_asksTheLoaderForEveryName_skipsUnknownOnes_andInitialisesNothing() {
        List<String> asked = new ArrayList<>();
        ClassLoader recording = new ClassLoader(getClass().getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                asked.add(name);
                return super.loadClass(name, resolve);
            }
        };
        String probe = "org.handshakelab.app.ClassPreloaderTest$InitialisationProbe";
        int missing = ClassPreloader.load(List.of(probe, "org.example.NoSuchClass", "java.lang.String"), recording);

        assertEquals(List.of(probe, "org.example.NoSuchClass", "java.lang.String"), asked);
        assertEquals(1, missing);
        assertFalse(probeInitialised, "loading must not run static initialisers");
    }

    /** Set by the probe's static initialiser; read here without touching (and so initialising) the probe. */
    static volatile boolean probeInitialised;

    static final class InitialisationProbe {
        static {
            probeInitialised = true;
        }

        private InitialisationProbe() {
        }
    }
}
