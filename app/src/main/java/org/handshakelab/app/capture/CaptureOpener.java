package org.handshakelab.app.capture;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.handshakelab.lessons.cli.ImportErrors;
import org.handshakelab.model.capture.CaptureFormatException;
import org.handshakelab.model.capture.Conversation;
import org.handshakelab.model.capture.ConversationIndex;

/**
 * Opening a capture from the main window, in one call: scan with a progress window (Cancel stops
 * it), choose a conversation when there are several, load it with progress, then hand the result
 * to {@code onLoaded} on the JavaFX thread. What is already open is never touched unless a
 * conversation loads: a failure shows an error dialog with the file, packet number and byte offset
 * (never a stack trace), a cancel just closes the progress window.
 */
public final class CaptureOpener {
    private CaptureOpener() {
    }

    /** Opens {@code file} in English; see {@link #open(Window, Path, Locale, Consumer)}. */
    public static void open(Window owner, Path file, Consumer<CaptureResult> onLoaded) {
        open(owner, file, Locale.ENGLISH, onLoaded);
    }

    /** Call on the JavaFX thread (menu File > Open capture…, or a drop of a capture file). */
    public static void open(Window owner, Path file, Locale locale, Consumer<CaptureResult> onLoaded) {
        CaptureImportTask scan = new CaptureImportTask(file);
        run(owner, scan, file, CaptureTexts.get(locale, "capture.progress.scanning", file.getFileName()), locale, index -> {
            List<Conversation> conversations = index.conversations();
            if (conversations.isEmpty()) {
                showError(owner, locale, CaptureTexts.get(locale, "capture.error.none", file.getFileName(), index.packets()));
                return;
            }
            Optional<Conversation> chosen = conversations.size() == 1 ? Optional.of(conversations.get(0))
                    : ConversationChooser.showDialog(owner, file.getFileName().toString(), conversations, locale);
            chosen.ifPresent(c -> load(owner, file, index, c, locale, onLoaded));
        });
    }

    private static void load(Window owner, Path file, ConversationIndex index, Conversation c, Locale locale,
                             Consumer<CaptureResult> onLoaded) {
        ConversationLoadTask task = new ConversationLoadTask(file, index, c.index());
        run(owner, task, file, CaptureTexts.get(locale, "capture.progress.loading", c.index() + 1, c.label()), locale, onLoaded);
    }

    private static <T> void run(Window owner, Task<T> task, Path file, String heading, Locale locale, Consumer<T> then) {
        Stage progress = progressWindow(owner, task, heading, locale);
        task.setOnSucceeded(e -> {
            progress.close();
            then.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            progress.close();
            showError(owner, locale, describeFailure(file, task.getException(), locale));
        });
        task.setOnCancelled(e -> progress.close());
        Thread thread = new Thread(task, "capture-reader");
        thread.setDaemon(true);
        progress.show();
        thread.start();
    }

    private static Stage progressWindow(Window owner, Task<?> task, String heading, Locale locale) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(CaptureTexts.get(locale, "capture.progress.title"));
        Label label = new Label(heading);
        ProgressBar bar = new ProgressBar();
        bar.setId("capture-progress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        Button cancel = new Button(CaptureTexts.get(locale, "capture.progress.cancel"));
        cancel.setId("capture-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> task.cancel());
        cancel.disableProperty().bind(task.stateProperty().isNotEqualTo(Worker.State.RUNNING)
                .and(task.stateProperty().isNotEqualTo(Worker.State.SCHEDULED))
                .and(task.stateProperty().isNotEqualTo(Worker.State.READY)));
        VBox box = new VBox(10, label, bar, cancel);
        box.setPadding(new Insets(14));
        stage.setScene(new Scene(box));
        stage.setOnCloseRequest(e -> task.cancel());
        return stage;
    }

    /**
     * What to tell the user when reading failed: {@code FILE: packet P, offset O: message} for a bad
     * file, else a one-line reason. Never a stack trace.
     */
    public static String describeFailure(Path file, Throwable failure, Locale locale) {
        return describeFailure(file.getFileName().toString(), failure, locale);
    }

    private static String describeFailure(String name, Throwable failure, Locale locale) {
        if (failure instanceof CaptureFormatException e) {
            return ImportErrors.located(name, e);
        }
        if (failure instanceof CancellationException) {
            return CaptureTexts.get(locale, "capture.error.cancelled", name);
        }
        String reason = failure == null || failure.getMessage() == null ? String.valueOf(failure) : failure.getMessage();
        return CaptureTexts.get(locale, "capture.error.unreadable", name, reason);
    }

    private static void showError(Window owner, Locale locale, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        if (owner != null && owner.getScene() != null) { // a dialog copies its owner's style sheets
            alert.initOwner(owner);
        }
        alert.setTitle(CaptureTexts.get(locale, "capture.error.title"));
        alert.setHeaderText(CaptureTexts.get(locale, "capture.error.header"));
        alert.getDialogPane().setId("capture-error");
        alert.show();
    }
}
