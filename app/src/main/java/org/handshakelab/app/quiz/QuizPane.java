package org.handshakelab.app.quiz;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.handshakelab.lessons.LocalizedText;
import org.handshakelab.lessons.QuizQuestion;

/**
 * One quiz question: the choices as radio buttons; "Check" says right or wrong and shows the
 * explanation. With a {@link QuizSession} the pane shows the session's due question, scores the
 * answer, and "Continue" (or "Skip") moves on.
 *
 * <p>Ids: {@code quiz-question}, {@code quiz-choice-0..n}, {@code quiz-check}, {@code quiz-continue},
 * {@code quiz-skip}, {@code quiz-result} (pseudo-classes {@code :right}, {@code :wrong}),
 * {@code quiz-explanation}, {@code quiz-score}.
 */
public final class QuizPane extends VBox {
    private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    private static final String BUNDLE = "org.handshakelab.app.i18n.teaching";

    private final QuizSession session;
    private final ObjectProperty<QuizQuestion> question = new SimpleObjectProperty<>(this, "question");
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.ENGLISH);
    private final ReadOnlyObjectWrapper<Boolean> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final Label questionLabel = new Label();
    private final VBox choiceBox = new VBox(6);
    private final ToggleGroup group = new ToggleGroup();
    private final List<RadioButton> choices = new ArrayList<>();
    private final Button check = new Button();
    private final Button next = new Button();
    private final Button skip = new Button();
    private final Label resultLabel = new Label();
    private final Label explanation = new Label();
    private final Label score = new Label();

    /** A pane for questions set through {@link #questionProperty()}. */
    public QuizPane() {
        this(null);
    }

    /** A pane that asks {@code session}'s due questions and keeps its score. */
    public QuizPane(QuizSession session) {
        this.session = session;
        getStyleClass().add("quiz-pane");
        questionLabel.setId("quiz-question");
        questionLabel.getStyleClass().add("quiz-question");
        questionLabel.setWrapText(true);
        check.setId("quiz-check");
        check.setDefaultButton(true);
        check.setOnAction(e -> check());
        next.setId("quiz-continue");
        next.setOnAction(e -> moveOn());
        skip.setId("quiz-skip");
        skip.setOnAction(e -> moveOn());
        resultLabel.setId("quiz-result");
        resultLabel.getStyleClass().add("quiz-result");
        explanation.setId("quiz-explanation");
        explanation.getStyleClass().add("quiz-explanation");
        explanation.setWrapText(true);
        score.setId("quiz-score");
        score.getStyleClass().add("quiz-score");
        getChildren().addAll(questionLabel, choiceBox, new HBox(8, check, next, skip), resultLabel, explanation, score);
        question.addListener((o, a, b) -> show());
        locale.addListener((o, a, b) -> show());
        if (session != null) {
            session.dueProperty().addListener((o, a, b) -> followSession());
            session.answeredProperty().addListener((o, a, b) -> showScore());
            session.rightProperty().addListener((o, a, b) -> showScore());
            followSession();
        }
        show();
    }

    /** The question shown; null shows nothing. With a session it follows the session's due question. */
    public ObjectProperty<QuizQuestion> questionProperty() {
        return question;
    }

    /** The language of the question's texts ("ko" or English, the fallback) and of the buttons. */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    /** Null until "Check" is pressed with a choice made; then whether it was right. */
    public ReadOnlyObjectProperty<Boolean> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public QuizSession getSession() {
        return session;
    }

    /** Selects choice {@code i} (as clicking it would). */
    public void choose(int i) {
        choices.get(i).setSelected(true);
    }

    /** Presses "Check". */
    public void check() {
        QuizQuestion q = question.get();
        if (q == null || result.get() != null) {
            return;
        }
        ResourceBundle texts = texts();
        int chosen = choices.indexOf(group.getSelectedToggle());
        if (chosen < 0) {
            resultLabel.setText(texts.getString("quiz.pick"));
            return;
        }
        boolean right = session != null ? session.answer(q, chosen) : chosen == q.answer();
        result.set(right);
        resultLabel.setText(texts.getString(right ? "quiz.right" : "quiz.wrong"));
        resultLabel.pseudoClassStateChanged(RIGHT, right);
        resultLabel.pseudoClassStateChanged(WRONG, !right);
        explanation.setText(q.explanation() == null ? "" : q.explanation().get(language()));
        explanation.setVisible(true);
        // keep the choices readable (not greyed out) but fixed; mark the right one and a wrong pick
        for (int i = 0; i < choices.size(); i++) {
            RadioButton c = choices.get(i);
            c.setMouseTransparent(true);
            c.setFocusTraversable(false);
            c.pseudoClassStateChanged(RIGHT, i == q.answer());
            c.pseudoClassStateChanged(WRONG, i == chosen && !right);
        }
        check.setDisable(true);
        next.setVisible(session != null);
        skip.setVisible(false);
    }

    private void moveOn() {
        QuizQuestion q = question.get();
        if (session != null && q != null) {
            session.done(q);
            followSession();
        }
    }

    /** Shows the session's due question unless the one on screen was checked and not yet left. */
    private void followSession() {
        QuizQuestion due = session.dueProperty().get();
        QuizQuestion shown = question.get();
        boolean checkedAndStillDue = shown != null && result.get() != null && shown.equals(due);
        if (!checkedAndStillDue) {
            question.set(due);
        }
    }

    private void show() {
        ResourceBundle texts = texts();
        QuizQuestion q = question.get();
        result.set(null);
        resultLabel.setText("");
        resultLabel.pseudoClassStateChanged(RIGHT, false);
        resultLabel.pseudoClassStateChanged(WRONG, false);
        explanation.setText("");
        explanation.setVisible(false);
        choiceBox.getChildren().clear();
        choices.clear();
        check.setText(texts.getString("quiz.check"));
        next.setText(texts.getString("quiz.continue"));
        skip.setText(texts.getString("quiz.skip"));
        next.setVisible(false);
        skip.setVisible(session != null && q != null);
        check.setDisable(q == null);
        check.setVisible(q != null);
        if (q == null) {
            questionLabel.setText("");
        } else {
            questionLabel.setText(q.question().get(language()));
            for (int i = 0; i < q.choices().size(); i++) {
                RadioButton r = new RadioButton(text(q.choices().get(i)));
                r.setId("quiz-choice-" + i);
                // lesson text, not a menu label: "FIN_WAIT_2" must keep its underscore (no mnemonic)
                r.setMnemonicParsing(false);
                r.setToggleGroup(group);
                r.setWrapText(true);
                r.getStyleClass().add("quiz-choice");
                choices.add(r);
                choiceBox.getChildren().add(r);
            }
        }
        showScore();
    }

    private void showScore() {
        if (session == null) {
            score.setText("");
            return;
        }
        score.setText(MessageFormat.format(texts().getString("quiz.score"),
                String.valueOf(session.rightProperty().get()), String.valueOf(session.answeredProperty().get())));
    }

    private String text(LocalizedText t) {
        return t == null ? "" : t.get(language());
    }

    private String language() {
        Locale l = locale.get();
        return l == null ? "en" : l.getLanguage();
    }

    private ResourceBundle texts() {
        return ResourceBundle.getBundle(BUNDLE, "ko".equals(language()) ? Locale.KOREAN : Locale.ENGLISH);
    }
}
