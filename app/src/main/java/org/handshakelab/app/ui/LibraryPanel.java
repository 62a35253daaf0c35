package org.handshakelab.app.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.handshakelab.app.i18n.I18n;
import org.handshakelab.app.session.LibraryEntry;

/** The lesson library side panel: bundled lessons with title and summary in the current language. */
public final class LibraryPanel extends VBox {
    private final ListView<LibraryEntry> list = new ListView<>();

    public LibraryPanel(I18n i18n, List<LibraryEntry> entries, Consumer<String> open) {
        getStyleClass().add("library-panel");
        setId("library-panel");
        Label title = new Label();
        title.textProperty().bind(i18n.text("library.title"));
        title.getStyleClass().add("panel-title");
        Label hint = new Label();
        hint.textProperty().bind(i18n.text("library.hint"));
        hint.getStyleClass().add("panel-hint");
        hint.setWrapText(true);

        list.setId("library-list");
        list.getItems().setAll(entries);
        list.setCellFactory(v -> new EntryCell(i18n));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected(open);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(open);
                e.consume();
            }
        });
        i18n.languageProperty().addListener((o, a, b) -> list.refresh());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list, hint);
    }

    public ListView<LibraryEntry> list() {
        return list;
    }

    /** Marks the lesson with this id as the one on screen (null: none of the bundled ones). */
    public void select(String id) {
        list.getItems().stream().filter(e -> e.id().equals(id)).findFirst()
                .ifPresentOrElse(e -> list.getSelectionModel().select(e), () -> list.getSelectionModel().clearSelection());
    }

    private void openSelected(Consumer<String> open) {
        LibraryEntry entry = list.getSelectionModel().getSelectedItem();
        if (entry != null) {
            open.accept(entry.id());
        }
    }

    private static final class EntryCell extends ListCell<LibraryEntry> {
        private final I18n i18n;
        private final Label title = new Label();
        private final Label summary = new Label();
        private final VBox box = new VBox(2, title, summary);

        EntryCell(I18n i18n) {
            this.i18n = i18n;
            title.getStyleClass().add("library-title");
            summary.getStyleClass().add("library-summary");
            summary.setWrapText(true);
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE); // grow to the wrapped height instead of cutting with "..."
            summary.setMinHeight(Region.USE_PREF_SIZE);
            box.setMinWidth(0);
            // wrap at the list's width (less its scroll bar and padding), not at the text's own width
            listViewProperty().addListener((o, old, view) -> {
                box.prefWidthProperty().unbind();
                if (view != null) {
                    box.prefWidthProperty().bind(view.widthProperty().subtract(36));
                    box.maxWidthProperty().bind(box.prefWidthProperty());
                    title.maxWidthProperty().bind(box.prefWidthProperty());
                    summary.maxWidthProperty().bind(box.prefWidthProperty());
                }
            });
        }

        @Override
        protected void updateItem(LibraryEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                setText(null);
            } else {
                title.setText(i18n.pick(entry.title()));
                summary.setText(i18n.pick(entry.summary()));
                setText(null);
                setGraphic(box);
            }
        }
    }
}
