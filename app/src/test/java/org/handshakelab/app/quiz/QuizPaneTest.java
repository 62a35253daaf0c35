package org.handshakelab.app.quiz;

import static org.handshakelab.app.export.FxTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import org.handshakelab.app.export.FxTesting;
import org.handshakelab.lessons.QuizQuestion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuizPaneTest {
    private final QuizQuestion first = QuizSessionTest.question("first", 3, 0);
    private final QuizQuestion second = QuizSessionTest.question("second", 8, 2);

    @BeforeAll
    static void startFx() {
        FxTesting.startToolkit();
    }

    private static String text(QuizPane pane, String id) {
        return onFx(() -> ((Label) pane.lookup("#" + id)).getText());
    }

    @Test
    void aWrongChoiceSaysWrongAndExplainsThenARightOneScores() {
        QuizSession session = new QuizSession("lesson", List.of(first, second));
        QuizPane pane = onFx(() -> {
            QuizPane p = new QuizPane(session);
            FxTesting.sceneOf(p, 640, 400);
            session.eventIndexProperty().set(3);
            return p;
        });
        assertEquals("Question first?", text(pane, "quiz-question"));
        onFx(() -> {
            pane.choose(2);
            pane.check();
            return null;
        });
        assertEquals("Wrong.", text(pane, "quiz-result"));
        assertEquals("Because of first.", text(pane, "quiz-explanation"));
        assertTrue(onFx(() -> pane.lookup("#quiz-explanation").isVisible()));
        assertEquals(Boolean.FALSE, onFx(() -> pane.resultProperty().get()));
        assertEquals("Score: 0 of 1 right", text(pane, "quiz-score"));

        onFx(() -> {
            ((javafx.scene.control.Button) pane.lookup("#quiz-continue")).fire();
            return null;
        });
        assertNull(onFx(() -> pane.questionProperty().get()), "nothing due between the questions");
        onFx(() -> {
            session.eventIndexProperty().set(8);
            return null;
        });
        assertEquals("Question second?", text(pane, "quiz-question"));
        onFx(() -> {
            pane.choose(2);
            pane.check();
            return null;
        });
        assertEquals("Right!", text(pane, "quiz-result"));
        assertEquals(2, session.answeredProperty().get());
        assertEquals(1, session.rightProperty().get());
        assertEquals("Score: 1 of 2 right", text(pane, "quiz-score"));
        FxTesting.saveSnapshot(pane, Color.WHITE, FxTesting.picture("teaching-quiz.png"));
    }

    @Test
    void checkingWithoutAChoiceAsksForOneAndScoresNothing() {
        QuizSession session = new QuizSession("lesson", List.of(first));
        QuizPane pane = onFx(() -> {
            QuizPane p = new QuizPane(session);
            session.eventIndexProperty().set(3);
            p.check();
            return p;
        });
        assertEquals("Choose an answer first.", text(pane, "quiz-result"));
        assertEquals(0, session.answeredProperty().get());
    }

    @Test
    void aDisabledSessionShowsNoQuestion() {
        QuizSession session = new QuizSession("lesson", List.of(first));
        QuizPane pane = onFx(() -> {
            QuizPane p = new QuizPane(session);
            session.enabledProperty().set(false);
            session.eventIndexProperty().set(3);
            return p;
        });
        assertNull(onFx(() -> pane.questionProperty().get()));
        assertFalse(onFx(() -> pane.lookup("#quiz-check").isVisible()));
    }

    @Test
    void koreanTextsAreUsedWhenTheLocaleIsKorean() {
        QuizPane pane = onFx(() -> {
            QuizPane p = new QuizPane();
            p.localeProperty().set(Locale.KOREAN);
            p.questionProperty().set(first);
            p.choose(0);
            p.check();
            return p;
        });
        assertEquals("질문 first?", text(pane, "quiz-question"));
        assertEquals("정답입니다!", text(pane, "quiz-result"));
    }

    @Test
    void choicesShowStateNamesWithTheirUnderscores() {
        QuizQuestion states = new QuizQuestion("states", 0, org.handshakelab.lessons.LocalizedText.of("Which?", null),
                List.of(org.handshakelab.lessons.LocalizedText.of("CLOSE_WAIT", null),
                        org.handshakelab.lessons.LocalizedText.of("FIN_WAIT_2", null)),
                0, null);
        QuizPane pane = onFx(() -> {
            QuizPane p = new QuizPane();
            FxTesting.sceneOf(p, 640, 400);
            p.questionProperty().set(states);
            p.applyCss();
            p.layout();
            return p;
        });
        // a RadioButton parses "_" as a mnemonic marker by default and would show "CLOSEWAIT"
        String shown = onFx(() -> ((javafx.scene.text.Text) pane.lookup("#quiz-choice-0")
                .lookup(".text")).getText());
        assertEquals("CLOSE_WAIT", shown);
    }
}
