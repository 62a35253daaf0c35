package org.handshakelab.app.presenter;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.handshakelab.app.ui.Theme;

/**
 * Presenter mode for a lecture hall, toggled by {@link #KEY} (P): full screen; the side panels
 * (library, narration and teaching tabs) and the menu bar hidden, the narration shown instead as a
 * slim strip of large text above the lanes; the projector theme (text at least 24 px, lines at least
 * 3 px); the lanes zoomed by {@link #ZOOM}; and quizzes off, since a projected demonstration should
 * not stop for questions meant for one student (View > Quizzes switches them back on). Leaving it,
 * by P again or by Esc ending full screen, restores exactly what was there before: the split
 * pane's items and dividers, the menu bar, the theme, the zoom, the quiz switch and full screen.
 */
public final class PresenterMode {
    public static final KeyCode KEY = KeyCode.P;
    public static final double ZOOM = 1.5;

    /** The parts of the window it rearranges; {@code centre} is what stays in the split pane (lanes or sandbox). */
    public record Parts(Stage stage, Scene scene, BorderPane root, SplitPane split, Supplier<Node> centre,
                        ObservableStringValue narration, DoubleProperty zoom, Supplier<Theme> theme,
                        Consumer<Theme> applyTheme, BooleanProperty quizzesEnabled) {
    }

    private record Saved(Theme theme, double zoom, List<Node> items, double[] dividers, Node top,
                         boolean quizzes, boolean fullScreen) {
    }

    private final Parts parts;
    private final Label strip = new Label();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);
    private Saved saved;

    public PresenterMode(Parts parts) {
        this.parts = parts;
        strip.setId("narration-strip");
        strip.getStyleClass().add("narration-strip");
        strip.setWrapText(true);
        strip.setMaxWidth(Double.MAX_VALUE);
        strip.setStyle("-fx-font-size: 30px; -fx-padding: 10 24 10 24; -fx-text-fill: -color-fg-default;"
                + " -fx-background-color: -hl-narration-bg; -fx-border-color: transparent transparent"
                + " -hl-narration-accent transparent; -fx-border-width: 0 0 3 0;");
        strip.textProperty().bind(parts.narration());
        parts.scene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KEY && !e.isShortcutDown() && !e.isAltDown() && !typingIn(parts.scene())) {
                toggle();
                e.consume();
            }
        });
        if (parts.stage() != null) {
            parts.stage().fullScreenProperty().addListener((o, was, full) -> {
                if (!full && active.get()) {
                    exit(); // Esc left full screen: leave presenter mode with it
                }
            });
        }
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public boolean isActive() {
        return active.get();
    }

    /** The narration strip shown in presenter mode (for tests). */
    public Label strip() {
        return strip;
    }

    public void toggle() {
        if (active.get()) {
            exit();
        } else {
            enter();
        }
    }

    public void enter() {
        if (active.get()) {
            return;
        }
        Stage stage = parts.stage();
        saved = new Saved(parts.theme().get(), parts.zoom().get(), List.copyOf(parts.split().getItems()),
                parts.split().getDividerPositions(), parts.root().getTop(), parts.quizzesEnabled().get(),
                stage != null && stage.isFullScreen());
        parts.split().getItems().setAll(parts.centre().get());
        parts.root().setTop(strip);
        parts.applyTheme().accept(Theme.PROJECTOR);
        parts.zoom().set(saved.zoom() * ZOOM);
        parts.quizzesEnabled().set(false);
        active.set(true); // last: listeners see the presenter layout complete
        if (stage != null && !stage.isFullScreen()) {
            stage.setFullScreen(true);
        }
    }

    public void exit() {
        if (!active.get()) {
            return;
        }
        Saved s = saved;
        saved = null;
        parts.root().setTop(s.top());
        parts.split().getItems().setAll(s.items());
        parts.split().setDividerPositions(s.dividers());
        parts.applyTheme().accept(s.theme());
        parts.zoom().set(s.zoom());
        parts.quizzesEnabled().set(s.quizzes());
        active.set(false); // after the restore, before full screen ends (whose listener calls exit)
        Stage stage = parts.stage();
        if (stage != null && stage.isFullScreen() != s.fullScreen()) {
            stage.setFullScreen(s.fullScreen());
        }
    }

    /** Whether a text field has the focus, so that a typed P or H is text, not a command. */
    static boolean typingIn(Scene scene) {
        return scene.getFocusOwner() instanceof TextInputControl;
    }
}
