package org.handshakelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StartupOptionsTest {

    @Test
    void noArgumentsMeansDefaultLessonAndOsLanguage() {
        StartupOptions options = StartupOptions.parse(new String[0]);
        assertNull(options.lesson());
        assertNull(options.language());
        assertFalse(options.reportStartup());
    }

    @Test
    void readsLessonLanguageAndStartupReport() {
        StartupOptions options = StartupOptions.parse(new String[] {
            "--lesson", "my lesson.json", "--lang", "ko", "--report-startup", "--exit-after-startup"});
        assertEquals("my lesson.json", options.lesson());
        assertEquals("ko", options.language());
        assertTrue(options.reportStartup());
        assertTrue(options.exitAfterStartup());
    }

    @Test
    void rejectsUnknownLanguageMissingValueAndUnknownOption() {
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(new String[] {"--lang", "fr"}));
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(new String[] {"--lesson"}));
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(new String[] {"--lesson", "--lang"}));
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(new String[] {"--bogus"}));
    }
}
