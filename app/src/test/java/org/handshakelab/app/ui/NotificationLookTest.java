package org.handshakelab.app.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.handshakelab.app.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pop-up notifications ("Opened …", "Reloaded …") are ControlsFX's, styled with Modena's
 * looked-up colours, which the AtlantaFX themes lack: without app.css's rule JavaFX logged a
 * ClassCastException for each one and drew it with no box. In every theme it has its box, light,
 * under ControlsFX's dark text.
 */
@ExtendWith(ApplicationExtension.class)
class NotificationLookTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowFixture.open(stage, Language.ENGLISH);
    }

    @Test
    void everyTheme_aNotificationHasItsBoxAndText_inTheThemesColours(FxRobot robot) {
        for (Theme theme : Theme.values()) {
            robot.interact(() -> {
                window.setTheme(theme);
                Notifications.create().owner(stage).text("Reloaded " + theme).hideAfter(Duration.seconds(60))
                        .showInformation();
            });
            WaitForAsyncUtils.waitForFxEvents();
            Region[] box = new Region[1];
            Label[] text = new Label[1];
            robot.interact(() -> {
                box[0] = notificationPane("Reloaded " + theme).orElse(null);
                if (box[0] != null) {
                    text[0] = (Label) box[0].lookupAll(".label").stream()
                            .filter(n -> n instanceof Label l && l.getText().equals("Reloaded " + theme))
                            .findFirst().orElse(null);
                }
            });
            assertNotNull(box[0], theme + ": the notification is shown");
            assertTrue(box[0].getBackground() != null && box[0].getBackground().getFills().size() == 3,
                    theme + ": it has its border, inner border and body");
            assertNotNull(text[0], theme + ": its text is there");
            Color body = (Color) box[0].getBackground().getFills().get(2).getFill();
            Color ink = (Color) text[0].getTextFill();
            assertTrue(contrast(body, ink) >= 7, theme + ": its text reads on its body: " + ink + " on " + body
                    + ", contrast " + contrast(body, ink));
        }
    }

    /** WCAG 2 contrast ratio of two opaque colours. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** The box of the notification showing {@code text}, in whichever pop-up window shows it. */
    private static Optional<Region> notificationPane(String text) {
        for (Window w : Window.getWindows()) {
            if (w.getScene() == null) {
                continue;
            }
            w.getScene().getRoot().applyCss();
            for (Node n : w.getScene().getRoot().lookupAll(".notification-bar > .pane")) {
                if (n instanceof Region region && region.lookupAll(".label").stream()
                        .anyMatch(l -> l instanceof Label label && label.getText().equals(text))) {
                    return Optional.of(region);
                }
            }
        }
        return Optional.empty();
    }
}
