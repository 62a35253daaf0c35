package org.handshakelab.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TeachingBundleTest {
    private static final String BUNDLE = "org.handshakelab.app.i18n.teaching";

    @Test
    void englishAndKoreanHaveTheSameKeysAndNoEmptyText() {
        ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        ResourceBundle ko = ResourceBundle.getBundle(BUNDLE, Locale.KOREAN);
        Set<String> enKeys = en.keySet();
        assertEquals(enKeys, ko.keySet());
        for (String key : enKeys) {
            assertFalse(en.getString(key).isBlank(), key);
            assertFalse(ko.getString(key).isBlank(), key);
        }
        // read as UTF-8: Hangul, not mojibake
        assertEquals("확인", ko.getString("quiz.check"));
    }

    @Test
    void theLanesLegendNamesItsKindsInTheChosenLanguage() {
        var en = LanesLegend.entries(Locale.ENGLISH);
        var ko = LanesLegend.entries(Locale.KOREAN);
        assertEquals(6, en.size());
        assertEquals("data", en.get(2).label());
        assertEquals("데이터", ko.get(2).label());
        assertNotEquals(en.get(0).dashArray(), en.get(1).dashArray(), "SYN and ACK differ in greyscale too");
    }
}
