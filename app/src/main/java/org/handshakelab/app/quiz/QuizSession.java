package org.handshakelab.app.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.handshakelab.lessons.QuizQuestion;
import org.handshakelab.model.playback.Playback;

/**
 * The quiz of one lesson while it plays: which question is due and the score.
 *
 * <p>A question falls due when playback reaches its anchor event going forward (also when a seek
 * jumps over it), and stays due until it is {@link #done(QuizQuestion) done} (after its answer was
 * checked) or {@link #skip(QuizQuestion) skipped}; each is asked once. Stepping back before an
 * unanswered question's anchor makes it not due again until it is reached again. While
 * {@link #enabledProperty() disabled} (projected demonstrations) nothing falls due.
 */
public final class QuizSession {
    private final String lessonId;
    private final List<QuizQuestion> questions;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final IntegerProperty eventIndex = new SimpleIntegerProperty(this, "eventIndex", -1);
    private final ReadOnlyObjectWrapper<QuizQuestion> due = new ReadOnlyObjectWrapper<>(this, "due");
    private final ReadOnlyIntegerWrapper answered = new ReadOnlyIntegerWrapper(this, "answered");
    private final ReadOnlyIntegerWrapper right = new ReadOnlyIntegerWrapper(this, "right");
    /** Questions reached and not yet done, in anchor order. */
    private final List<QuizQuestion> reached = new ArrayList<>();
    /** The result of each question answered: true = right. */
    private final Map<String, Boolean> results = new HashMap<>();
    private final List<String> doneIds = new ArrayList<>();

    /** @param questions the lesson's quiz; the anchors are indexes into the lesson's trace (-1 = start) */
    public QuizSession(String lessonId, List<QuizQuestion> questions) {
        this.lessonId = lessonId;
        List<QuizQuestion> sorted = new ArrayList<>(questions);
        sorted.sort(Comparator.comparingInt(QuizQuestion::eventIndex));
        this.questions = List.copyOf(sorted);
        reach(Integer.MIN_VALUE, eventIndex.get());
        eventIndex.addListener((o, a, b) -> moved(a.intValue(), b.intValue()));
        enabled.addListener((o, a, b) -> updateDue());
    }

    public String lessonId() {
        return lessonId;
    }

    /** The questions in anchor order. */
    public List<QuizQuestion> questions() {
        return questions;
    }

    /** False switches quizzes off: no question falls due (for projected demonstrations). */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** Binds the event index to the playback's (one session per lesson, so per playback). */
    public void follow(Playback playback) {
        eventIndex.unbind();
        if (playback != null) {
            eventIndex.bind(playback.eventIndexProperty());
        }
    }

    /** Bind to the playback's event index, or use {@link #follow(Playback)}. */
    public IntegerProperty eventIndexProperty() {
        return eventIndex;
    }

    /** The question to ask now; null when none. */
    public ReadOnlyObjectProperty<QuizQuestion> dueProperty() {
        return due.getReadOnlyProperty();
    }

    /** How many questions were answered (each counted once). */
    public ReadOnlyIntegerProperty answeredProperty() {
        return answered.getReadOnlyProperty();
    }

    /** How many of them were answered right the first time. */
    public ReadOnlyIntegerProperty rightProperty() {
        return right.getReadOnlyProperty();
    }

    /**
     * The first question anchored exactly at {@code index} that has not been done, or null (and
     * null whenever quizzes are disabled). A pure query: it changes nothing.
     */
    public QuizQuestion questionAt(int index) {
        if (!enabled.get()) {
            return null;
        }
        return questions.stream().filter(q -> q.eventIndex() == index && !doneIds.contains(q.id()))
                .findFirst().orElse(null);
    }

    /**
     * Checks {@code choice} against the answer and scores it; only the first answer to a question
     * counts. The question stays due until {@link #done(QuizQuestion)}.
     *
     * @return whether the choice is right
     */
    public boolean answer(QuizQuestion question, int choice) {
        boolean correct = choice == question.answer();
        if (!results.containsKey(question.id())) {
            results.put(question.id(), correct);
            // right first: a listener on answered then sees a consistent score
            if (correct) {
                right.set(right.get() + 1);
            }
            answered.set(answered.get() + 1);
        }
        return correct;
    }

    /** The first answer's result for a question: true, false, or null if not answered. */
    public Boolean result(QuizQuestion question) {
        return results.get(question.id());
    }

    /** The question has been asked: it is never due again. */
    public void done(QuizQuestion question) {
        if (!doneIds.contains(question.id())) {
            doneIds.add(question.id());
        }
        reached.removeIf(q -> q.id().equals(question.id()));
        updateDue();
    }

    /** Passes over a question without scoring it; it is not asked again. */
    public void skip(QuizQuestion question) {
        done(question);
    }

    private void moved(int from, int to) {
        if (to > from) {
            reach(from, to);
        } else {
            reached.removeIf(q -> q.eventIndex() > to);
            updateDue();
        }
    }

    /** Marks reached every open question anchored in (from, to]. */
    private void reach(int from, int to) {
        if (enabled.get()) {
            for (QuizQuestion q : questions) {
                if (q.eventIndex() > from && q.eventIndex() <= to && !doneIds.contains(q.id()) && !reached.contains(q)) {
                    reached.add(q);
                }
            }
            reached.sort(Comparator.comparingInt(QuizQuestion::eventIndex));
        }
        updateDue();
    }

    private void updateDue() {
        due.set(enabled.get() && !reached.isEmpty() ? reached.get(0) : null);
    }
}
