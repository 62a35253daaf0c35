package org.handshakelab.app.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.handshakelab.lessons.BundledLessons;
import org.handshakelab.lessons.LoadOutcome;
import org.handshakelab.model.trace.TraceEvent;
import org.junit.jupiter.api.Test;

class CauseTextsTest {

    @Test
    void everyCauseInTheBundledLessonsHasAKoreanCaption() {
        Set<String> causes = new TreeSet<>();
        for (String id : BundledLessons.ids()) {
            LoadOutcome outcome = BundledLessons.load(id);
            assertTrue(outcome instanceof LoadOutcome.Loaded, id + " loads");
            for (TraceEvent e : ((LoadOutcome.Loaded) outcome).lesson().result().trace().events()) {
                if (e instanceof TraceEvent.StateChanged sc) {
                    causes.add(sc.cause());
                }
            }
        }
        ResourceBundle ko = StateDiagramView.texts(Locale.KOREAN);
        ResourceBundle en = StateDiagramView.texts(Locale.ENGLISH);
        assertTrue(causes.size() > 10, "the lessons change state for many reasons: " + causes);
        for (String cause : causes) {
            assertTrue(ko.containsKey(CauseTexts.key(cause)), "Korean caption for: " + cause);
            assertNotEquals(cause, CauseTexts.localized(ko, cause), "translated: " + cause);
            assertEquals(cause, CauseTexts.localized(en, cause), "English is the model's own wording");
        }
    }

    @Test
    void anUnknownCauseIsShownAsTheModelWordedIt() {
        String capture = "saw FIN from server";
        assertEquals(capture, CauseTexts.localized(StateDiagramView.texts(Locale.KOREAN), capture));
        assertEquals("FIN 수신", CauseTexts.localized(StateDiagramView.texts(Locale.KOREAN), "received FIN"));
    }
}
