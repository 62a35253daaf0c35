package org.handshakelab.app.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.handshakelab.app.i18n.I18n;
import org.handshakelab.app.session.LessonSession;
import org.handshakelab.lessons.Diagnostic;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The problems of the lesson last loaded, each as {@code file:line:column: message}, in a list whose
 * rows can be selected and copied (Copy button or Ctrl+C; nothing selected copies all). Shown only
 * when there are problems; Close hides it until the next load.
 */
public final class ProblemsPanel extends VBox {
    private static final javafx.css.PseudoClass WARNING = javafx.css.PseudoClass.getPseudoClass("warning");
    private final ListView<Diagnostic> list = new ListView<>();

    public ProblemsPanel(I18n i18n, LessonSession session) {
        setId("problems-panel");
        getStyleClass().add("problems-panel");
        Label title = new Label();
        title.setId("problems-title");
        title.getStyleClass().add("problems-title");
        title.setGraphic(new FontIcon(Material2AL.ERROR_OUTLINE));
        title.setWrapText(true);
        title.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get(session.problemsAreErrorsProperty().get() ? "problems.errors" : "problems.warnings",
                        session.problems().size(), session.problemsSourceProperty().get()),
                session.problems(), session.problemsSourceProperty(), session.problemsAreErrorsProperty(),
                i18n.languageProperty()));
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("warnings"), false);
        session.problemsAreErrorsProperty().addListener((o, a, errors) ->
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("warnings"), !errors));

        Button copy = new Button();
        copy.setId("problems-copy");
        copy.textProperty().bind(i18n.text("problems.copy"));
        copy.setGraphic(new FontIcon(Material2AL.CONTENT_COPY));
        copy.setOnAction(e -> copy());
        Button close = new Button();
        close.setId("problems-close");
        close.textProperty().bind(i18n.text("problems.close"));
        close.setGraphic(new FontIcon(Material2AL.CLOSE));
        close.setOnAction(e -> session.clearProblems());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, copy, close);
        HBox.setHgrow(title, Priority.SOMETIMES);

        list.setId("problems-list");
        list.setItems(session.problems());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Diagnostic item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.format());
                pseudoClassStateChanged(WARNING, !empty && item != null
                        && item.severity() == Diagnostic.Severity.WARNING);
            }
        });
        list.setPrefHeight(170);
        KeyCombination copyKeys = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        list.setOnKeyPressed(e -> {
            if (copyKeys.match(e)) {
                copy();
                e.consume();
            }
        });
        getChildren().addAll(header, list);
        visibleProperty().bind(Bindings.isNotEmpty(session.problems()));
        managedProperty().bind(visibleProperty());
    }

    public ListView<Diagnostic> list() {
        return list;
    }

    /** The text Copy puts on the clipboard: the selected rows, or all of them, one a line. */
    public String copyText() {
        List<Diagnostic> rows = list.getSelectionModel().getSelectedItems().isEmpty()
                ? list.getItems()
                : list.getSelectionModel().getSelectedItems();
        StringBuilder text = new StringBuilder();
        for (Diagnostic d : rows) {
            text.append(d.format()).append(System.lineSeparator());
        }
        return text.toString();
    }

    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(copyText());
        Clipboard.getSystemClipboard().setContent(content);
    }
}
