package org.handshakelab.app.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handshakelab.lessons.LocalizedText;
import org.handshakelab.lessons.QuizQuestion;
import org.junit.jupiter.api.Test;

class QuizSessionTest {
    static QuizQuestion question(String id, int at, int answer) {
        return new QuizQuestion(id, at, LocalizedText.of("Question " + id + "?", "질문 " + id + "?"),
                List.of(LocalizedText.of("The client", "클라이언트"), LocalizedText.of("The server", "서버"),
                        LocalizedText.of("Both", "둘 다")),
                answer, LocalizedText.of("Because of " + id + ".", id + " 때문입니다."));
    }

    private final QuizQuestion atStart = question("start", -1, 0);
    private final QuizQuestion atFive = question("five", 5, 1);
    private final QuizQuestion atNine = question("nine", 9, 2);

    @Test
    void aQuestionFallsDueWhenItsEventIsReachedAndOnlyThen() {
        QuizSession s = new QuizSession("l1", List.of(atNine, atFive));
        assertNull(s.dueProperty().get());
        s.eventIndexProperty().set(4);
        assertNull(s.dueProperty().get());
        s.eventIndexProperty().set(5);
        assertEquals(atFive, s.dueProperty().get());
        assertEquals(atFive, s.questionAt(5));
        assertNull(s.questionAt(6));
    }

    @Test
    void aQuestionAnchoredAtTheStartIsDueAtOnce() {
        QuizSession s = new QuizSession("l1", List.of(atStart, atFive));
        assertEquals(atStart, s.dueProperty().get());
    }

    @Test
    void aSeekThatJumpsOverTheAnchorStillAsksTheQuestionsInOrder() {
        QuizSession s = new QuizSession("l1", List.of(atFive, atNine));
        s.eventIndexProperty().set(20);
        assertEquals(atFive, s.dueProperty().get());
        s.skip(atFive);
        assertEquals(atNine, s.dueProperty().get());
    }

    @Test
    void eachQuestionIsAskedOnceAndScoredOnce() {
        QuizSession s = new QuizSession("l1", List.of(atFive));
        s.eventIndexProperty().set(5);
        assertFalse(s.answer(atFive, 0));
        assertTrue(s.answer(atFive, 1)); // a second try is right but does not score
        assertEquals(1, s.answeredProperty().get());
        assertEquals(0, s.rightProperty().get());
        s.done(atFive);
        assertNull(s.dueProperty().get());
        s.eventIndexProperty().set(2);
        s.eventIndexProperty().set(5);
        assertNull(s.dueProperty().get(), "asked once");
        assertNull(s.questionAt(5));
    }

    @Test
    void steppingBackBeforeAnUnansweredQuestionWithdrawsItUntilReachedAgain() {
        QuizSession s = new QuizSession("l1", List.of(atFive));
        s.eventIndexProperty().set(5);
        s.eventIndexProperty().set(4);
        assertNull(s.dueProperty().get());
        s.eventIndexProperty().set(5);
        assertEquals(atFive, s.dueProperty().get());
    }

    @Test
    void disabledQuizzesNeverFallDue() {
        QuizSession s = new QuizSession("l1", List.of(atFive, atNine));
        s.enabledProperty().set(false);
        s.eventIndexProperty().set(5);
        assertNull(s.dueProperty().get());
        assertNull(s.questionAt(5));
        s.eventIndexProperty().set(7);
        s.enabledProperty().set(true);
        assertNull(s.dueProperty().get(), "questions passed while disabled are not asked afterwards");
        s.eventIndexProperty().set(9);
        assertEquals(atNine, s.dueProperty().get());
        s.enabledProperty().set(false);
        assertNull(s.dueProperty().get(), "switching off hides a due question");
    }
}
