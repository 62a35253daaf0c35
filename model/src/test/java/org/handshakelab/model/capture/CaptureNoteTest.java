package org.handshakelab.model.capture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CaptureNoteTest {
    @Test
    void onlyTheOmittedPacketsNote_carriesACount() {
        assertThrows(IllegalArgumentException.class, () -> new CaptureNote(CaptureNote.Kind.JOINED_AFTER_HANDSHAKE, 3));
        assertThrows(IllegalArgumentException.class, () -> new CaptureNote(CaptureNote.Kind.PACKETS_OMITTED, 0));
        assertThrows(IllegalArgumentException.class, () -> CaptureNote.omitted(-1));
        assertThrows(IllegalArgumentException.class, () -> new CaptureNote(null, 0));
    }

    @Test
    void everyKind_hasEnglishWords() {
        for (CaptureNote.Kind kind : CaptureNote.Kind.values()) {
            CaptureNote note = kind == CaptureNote.Kind.PACKETS_OMITTED ? CaptureNote.omitted(2) : CaptureNote.of(kind);
            assertFalse(note.english().isBlank(), kind.name());
        }
    }
}
