package org.handshakelab.app.presenter;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
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
                        Consumer<Theme> applyTheme, BooleanProperty quizzesEnabled, Runnable showPlayhead) {
    }

    private record Saved(Theme theme, double zoom, List<Node> items, double[] dividers, Node top,
                         boolean quizzes, boolean fullScreen, Rectangle2D bounds, double splitWidth) {
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
                stage != null && stage.isFullScreen(),
                stage == null ? null : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()),
                parts.split().getWidth());
        parts.split().getItems().setAll(parts.centre().get());
        parts.root().setTop(strip);
        parts.applyTheme().accept(Theme.PROJECTOR);
        parts.zoom().set(saved.zoom() * ZOOM);
        parts.showPlayhead().run(); // zooming keeps the top time; the playhead may now be below the view
        parts.quizzesEnabled().set(false);
        active.set(true); // last: listeners see the presenter layout complete
        if (stage != null && !stage.isFullScreen()) {
            // cover the screen first: without a window manager (a kiosk, Xvfb) full screen alone
            // leaves the window where it was; with one, full screen takes over as usual
            Rectangle2D b = saved.bounds();
            var screens = Screen.getScreensForRectangle(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
            Rectangle2D screen = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getBounds();
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
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
        parts.showPlayhead().run();
        parts.quizzesEnabled().set(s.quizzes());
        active.set(false); // after the restore, before full screen ends (whose listener calls exit)
        Stage stage = parts.stage();
        if (stage != null && stage.isFullScreen() != s.fullScreen()) {
            stage.setFullScreen(s.fullScreen());
        }
        if (stage != null && !s.fullScreen()) {
            stage.setX(s.bounds().getMinX());
            stage.setY(s.bounds().getMinY());
            stage.setWidth(s.bounds().getWidth());
            stage.setHeight(s.bounds().getHeight());
        }
        keepDividersUntilResized(s);
    }

    /**
     * The window gets its old size back asynchronously (the windowing system confirms it later), and
     * each resize moves the dividers of panels that do not resize with their parent: set them again
     * on every width change until the split pane has its old width.
     */
    private void keepDividersUntilResized(Saved s) {
        SplitPane split = parts.split();
        // after this pulse's layout, when the window already has its size (a headless or quick platform)
        javafx.application.Platform.runLater(() -> split.setDividerPositions(s.dividers()));
        javafx.beans.value.ChangeListener<Number> again = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number width) {
                javafx.application.Platform.runLater(() -> split.setDividerPositions(s.dividers()));
                if (Math.abs(width.doubleValue() - s.splitWidth()) < 0.5 || active.get()) {
                    split.widthProperty().removeListener(this);
                }
            }
        };
        split.widthProperty().addListener(again);
    }

    /** Whether a text field has the focus, so that a typed P or H is text, not a command. */
    static boolean typingIn(Scene scene) {
        return scene.getFocusOwner() instanceof TextInputControl;
    }
}
