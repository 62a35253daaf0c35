package org.handshakelab.app.capture;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.handshakelab.lessons.cli.ImportErrors;
import org.handshakelab.model.capture.Conversation;

/**
 * Lists a capture's TCP conversations — number (from 1, as the {@code import} command lists them),
 * the two endpoints, packets, first and last packet time (UTC) — and lets the user pick one (a
 * double click or Enter picks it in {@link #showDialog}).
 */
public final class ConversationChooser extends VBox {
    private final TableView<Conversation> table = new TableView<>();

    public ConversationChooser(String fileName, List<Conversation> conversations, Locale locale) {
        getStyleClass().add("conversation-chooser");
        setSpacing(8);
        Label heading = new Label(CaptureTexts.get(locale, "capture.chooser.heading", fileName, conversations.size()));
        heading.setId("conversation-heading");
        heading.setWrapText(true);
        table.setId("conversation-table");
        table.getColumns().add(column(CaptureTexts.get(locale, "capture.column.number"), c -> Integer.toString(c.index() + 1), 44));
        table.getColumns().add(column(CaptureTexts.get(locale, "capture.column.endpoints"), Conversation::label, 290));
        table.getColumns().add(column(CaptureTexts.get(locale, "capture.column.packets"), c -> Long.toString(c.packets()), 95));
        table.getColumns().add(column(CaptureTexts.get(locale, "capture.column.first"), c -> ImportErrors.time(c.firstEpochNanos()), 215));
        table.getColumns().add(column(CaptureTexts.get(locale, "capture.column.last"), c -> ImportErrors.time(c.lastEpochNanos()), 215));
        table.setItems(FXCollections.observableArrayList(conversations));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getSelectionModel().selectFirst();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(heading, table);
        setPrefSize(880, 360);
        setMinWidth(600);
    }

    private static TableColumn<Conversation, String> column(String title, java.util.function.Function<Conversation, String> text,
                                                            double width) {
        TableColumn<Conversation, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    public TableView<Conversation> table() {
        return table;
    }

    /** The selected conversation (the first one until the user picks another). */
    public ReadOnlyObjectProperty<Conversation> selectedProperty() {
        return table.getSelectionModel().selectedItemProperty();
    }

    /** Selects the conversation numbered {@code number} (1-based, as shown). */
    public void select(int number) {
        table.getSelectionModel().select(number - 1);
        table.scrollTo(number - 1);
    }

    /** A modal dialog around the chooser; empty when the user cancels. */
    public static Optional<Conversation> showDialog(Window owner, String fileName, List<Conversation> conversations,
                                                    Locale locale) {
        ConversationChooser chooser = new ConversationChooser(fileName, conversations, locale);
        Dialog<Conversation> dialog = new Dialog<>();
        if (owner != null && owner.getScene() != null) { // a dialog copies its owner's style sheets
            dialog.initOwner(owner);
        }
        dialog.setTitle(CaptureTexts.get(locale, "capture.chooser.title"));
        dialog.getDialogPane().setContent(chooser);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(chooser.selectedProperty().isNull());
        ReadOnlyObjectWrapper<Conversation> chosen = new ReadOnlyObjectWrapper<>();
        chooser.table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && chooser.selectedProperty().get() != null) {
                chosen.set(chooser.selectedProperty().get());
                dialog.setResult(chosen.get());
                dialog.close();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? chooser.selectedProperty().get() : null);
        dialog.setOnShown(e -> chooser.table.requestFocus());
        return dialog.showAndWait();
    }
}
