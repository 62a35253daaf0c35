package org.handshakelab.app.ui;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.handshakelab.app.i18n.I18n;

/** The main window's small dialogs: keyboard shortcuts, about, and the summary of an unexpected failure. */
public final class Dialogs {
    private Dialogs() {
    }

    /** Lists every shortcut with its localized description; non-modal, so playback keys keep working behind it. */
    public static Dialog<Void> shortcuts(Window owner, I18n i18n) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(i18n.get("shortcuts.title"));
        GridPane grid = new GridPane();
        grid.setId("shortcuts-table");
        grid.getStyleClass().add("shortcuts-table");
        grid.setHgap(24);
        grid.setVgap(6);
        Label keyHeader = new Label(i18n.get("shortcuts.key"));
        Label actionHeader = new Label(i18n.get("shortcuts.action"));
        keyHeader.getStyleClass().add("shortcuts-header");
        actionHeader.getStyleClass().add("shortcuts-header");
        grid.addRow(0, keyHeader, actionHeader);
        int row = 1;
        for (ShortcutAction action : ShortcutAction.values()) {
            Label keys = new Label(action.keysText());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, keys, new Label(i18n.get(action.messageKey())));
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(i18n.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        styleLike(owner, dialog);
        return dialog;
    }

    public static Alert about(Window owner, I18n i18n) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("about.title"));
        String version = Dialogs.class.getPackage().getImplementationVersion();
        alert.setHeaderText(i18n.get("about.header", version == null ? "" : version));
        alert.setContentText(i18n.get("about.text"));
        alert.getButtonTypes().setAll(new ButtonType(i18n.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        styleLike(owner, alert);
        return alert;
    }

    /** A summary of an unexpected failure: what kind of failure and where the log is; never a stack trace. */
    public static Alert failure(Window owner, I18n i18n, Throwable error, Path logFile) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(i18n.get("error.title"));
        alert.setHeaderText(i18n.get("error.header"));
        alert.setContentText(i18n.get("error.text", summary(error),
                logFile == null ? i18n.get("error.noLog") : logFile.toString()));
        alert.getButtonTypes().setAll(new ButtonType(i18n.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        styleLike(owner, alert);
        return alert;
    }

    /** One line naming the failure: its type and message, without any stack frames. */
    static String summary(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String line = root.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    /** Dialogs get the owner's stylesheets (theme, font) so Korean renders in them too. */
    private static void styleLike(Window owner, Dialog<?> dialog) {
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            dialog.getDialogPane().getStyleClass().add("handshake-dialog");
        }
    }
}
