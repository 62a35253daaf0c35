package org.handshakelab.app.presenter;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * A laser-pointer stand-in for a projected lecture: while {@link #KEY} (H) is held, a translucent
 * yellow circle follows the mouse. It is an unmanaged, mouse-transparent child of the scene's root
 * pane, so it never changes the layout and never takes a click. H is not used by any other shortcut;
 * key repeat while holding it is ignored (the circle simply stays shown).
 */
public final class PointerHighlight {
    public static final KeyCode KEY = KeyCode.H;
    static final double RADIUS = 36;

    private final Circle circle = new Circle(RADIUS);
    private double mouseX = -1000;
    private double mouseY = -1000;

    /** Installs the highlight on {@code scene}; its root must be a {@link Pane} (BorderPane, StackPane...). */
    public PointerHighlight(Scene scene) {
        circle.setId("pointer-highlight");
        circle.getStyleClass().add("pointer-highlight");
        circle.setFill(Color.rgb(255, 212, 0, 0.35));
        circle.setStroke(Color.rgb(255, 212, 0, 0.9));
        circle.setStrokeWidth(3);
        circle.setManaged(false);
        circle.setMouseTransparent(true);
        circle.setVisible(false);
        Pane root = (Pane) scene.getRoot();
        root.getChildren().add(circle);
        scene.addEventFilter(MouseEvent.ANY, e -> {
            mouseX = e.getSceneX();
            mouseY = e.getSceneY();
            place();
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KEY && !e.isShortcutDown() && !PresenterMode.typingIn(scene)) {
                circle.toFront();
                place();
                circle.setVisible(true);
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KEY) {
                circle.setVisible(false);
            }
        });
        // a window that loses focus never sees the release: hide then, so it cannot get stuck
        scene.windowProperty().addListener((o, old, window) -> {
            if (window != null) {
                window.focusedProperty().addListener((o2, was, focused) -> {
                    if (!focused) {
                        circle.setVisible(false);
                    }
                });
            }
        });
    }

    private void place() {
        var local = circle.getParent().sceneToLocal(mouseX, mouseY);
        circle.setCenterX(local.getX());
        circle.setCenterY(local.getY());
    }

    /** The circle (for tests: visible while the key is held). */
    public Circle circle() {
        return circle;
    }
}
