package org.handshakelab.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.handshakelab.app.ui.ShortcutAction;
import org.junit.jupiter.api.Test;

class BundlesTest {

    private static Properties read(String lang) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/org/handshakelab/app/i18n/messages_" + lang + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndKoreanHaveTheSameKeys() throws IOException {
        assertEquals(read("en").stringPropertyNames(), read("ko").stringPropertyNames());
    }

    @Test
    void koreanBundleIsReadAsUtf8Hangul() {
        I18n i18n = new I18n(Language.KOREAN);
        assertEquals("파일", i18n.get("menu.file"));
        i18n.setLanguage(Language.ENGLISH);
        assertEquals("File", i18n.get("menu.file"));
    }

    @Test
    void everyShortcutIsDescribedInBothLanguages() {
        for (Language language : Language.values()) {
            I18n i18n = new I18n(language);
            for (ShortcutAction action : ShortcutAction.values()) {
                assertFalse(i18n.get(action.messageKey()).startsWith("!"), action + " in " + language);
            }
        }
    }

    @Test
    void patternsFormatTheirArguments() {
        assertEquals("Event 3 / 12", new I18n(Language.ENGLISH).get("status.event", 3, 12));
        assertEquals("2 problems in x.json. The lesson that was open stays open.",
                new I18n(Language.ENGLISH).get("problems.errors", 2, "x.json"));
        assertTrue(new I18n(Language.KOREAN).get("problems.errors", 2, "x.json").contains("2개"));
    }

    @Test
    void defaultLanguageFollowsTheLocale() {
        assertEquals(Language.KOREAN, Language.forLocale(Locale.KOREA));
        assertEquals(Language.ENGLISH, Language.forLocale(Locale.GERMANY));
    }
}
