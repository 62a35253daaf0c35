package org.handshakelab.app.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.handshakelab.model.capture.CaptureNote;
import org.junit.jupiter.api.Test;

class CaptureTextsTest {
    private static CaptureNote example(CaptureNote.Kind kind) {
        return kind == CaptureNote.Kind.PACKETS_OMITTED ? CaptureNote.omitted(4321) : CaptureNote.of(kind);
    }

    @Test
    void everyNoteOfTheObserver_isWordedInEnglishAndInKorean() {
        for (CaptureNote.Kind kind : CaptureNote.Kind.values()) {
            String english = CaptureTexts.note(Locale.ENGLISH, example(kind));
            String korean = CaptureTexts.note(Locale.KOREAN, example(kind));
            assertNotEquals(english, korean, kind.name());
            assertTrue(korean.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL),
                    kind + " in Korean: " + korean);
        }
    }

    @Test
    void theOmittedPacketsNote_givesTheCountInBothLanguages() {
        assertEquals("4,321 packets of this conversation were beyond the limit and are not shown.",
                CaptureTexts.note(Locale.ENGLISH, example(CaptureNote.Kind.PACKETS_OMITTED)));
        assertTrue(CaptureTexts.note(Locale.KOREAN, example(CaptureNote.Kind.PACKETS_OMITTED)).contains("4,321"));
    }
}
