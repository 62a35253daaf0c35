package org.handshakelab.app.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.handshakelab.lessons.BundledLessons;
import org.handshakelab.lessons.LoadOutcome;
import org.handshakelab.lessons.LoadedLesson;
import org.handshakelab.lessons.cli.ExportPcapCommand;
import org.handshakelab.model.capture.CaptureLimits;
import org.handshakelab.model.capture.CaptureProgress;
import org.handshakelab.model.capture.ConversationIndex;
import org.handshakelab.model.capture.LoadedConversation;
import org.handshakelab.model.capture.PassiveStateTracker;
import org.handshakelab.model.capture.PcapWriter;
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

    /**
     * A capture's states are inferred by the passive observer, which words its causes differently
     * ("saw FIN from server"): every bundled lesson is written as a pcap, read back and inferred, and
     * every cause that gives must have a Korean caption too.
     */
    @Test
    void everyCauseInferredFromACaptureOfABundledLessonHasAKoreanCaption() throws Exception {
        Set<String> causes = new TreeSet<>();
        for (String id : BundledLessons.ids()) {
            LoadedLesson lesson = ((LoadOutcome.Loaded) BundledLessons.load(id)).lesson();
            ByteArrayOutputStream pcap = new ByteArrayOutputStream();
            new PcapWriter(ExportPcapCommand.addresses(lesson.scenario())).write(lesson.result().trace(), pcap);
            byte[] bytes = pcap.toByteArray();
            ConversationIndex index = ConversationIndex.scan(new ByteArrayInputStream(bytes), bytes.length,
                    CaptureLimits.DEFAULTS, CaptureProgress.NONE);
            for (int n = 0; n < index.conversations().size(); n++) {
                LoadedConversation loaded = index.loadConversation(n, new ByteArrayInputStream(bytes), bytes.length,
                        CaptureProgress.NONE);
                for (TraceEvent e : PassiveStateTracker.infer(loaded).trace().events()) {
                    if (e instanceof TraceEvent.StateChanged sc) {
                        causes.add(sc.cause());
                    }
                }
            }
        }
        assertTrue(causes.stream().anyMatch(c -> c.startsWith("saw FIN from")), "the observer's own wording: " + causes);
        assertTrue(causes.size() > 15, "captures of the lessons change state for many reasons: " + causes);
        ResourceBundle ko = StateDiagramView.texts(Locale.KOREAN);
        ResourceBundle en = StateDiagramView.texts(Locale.ENGLISH);
        for (String cause : causes) {
            assertTrue(ko.containsKey(CauseTexts.key(cause)), "Korean caption for the observer's: " + cause);
            assertEquals(cause, CauseTexts.localized(en, cause), "English is the observer's own wording");
        }
    }

    @Test
    void anUnknownCauseIsShownAsTheModelWordedIt() {
        String unknown = "saw a segment nobody has a name for";
        assertEquals(unknown, CauseTexts.localized(StateDiagramView.texts(Locale.KOREAN), unknown));
        assertEquals("FIN 수신", CauseTexts.localized(StateDiagramView.texts(Locale.KOREAN), "received FIN"));
    }
}
