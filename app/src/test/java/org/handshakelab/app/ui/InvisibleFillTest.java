package org.handshakelab.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.handshakelab.app.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * JavaFX paints every background fill a region has, blending it over the area being repainted pixel
 * by pixel, even a fill with no colour at all. A large region with such a fill costs the software
 * renderer on every repaint it is under: the theme gave the split pane holding the lanes diagram one,
 * a fifth of the renderer's time while a bulk transfer played (BENCHMARKS.md section 2).
 */
@ExtendWith(ApplicationExtension.class)
class InvisibleFillTest {
    /** Thin tracks, tabs and menu buttons with a transparent fill cost little: only large regions count. */
    private static final double LARGE = 200 * 200;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.open(stage, Language.ENGLISH);
    }

    @Test
    void everyTheme_noLargeRegionPaintsAFillNobodyCanSee(FxRobot robot) {
        for (Theme theme : Theme.values()) {
            robot.interact(() -> {
                window.setTheme(theme);
                window.scene().getRoot().applyCss();
                window.scene().getRoot().layout();
            });
            List<String> found = new ArrayList<>();
            robot.interact(() -> collect(window.scene().getRoot(), found));
            assertEquals(List.of(), found, theme + ": large regions with a transparent fill");
        }
        assertTrue(robot.lookup(".lanes-diagram").tryQuery().isPresent(), "the lanes diagram was among the regions looked at");
    }

    @Test
    void everyTheme_theWindowsRootPaintsNothing_andTheSceneIsFilledWithTheThemesBackground(FxRobot robot) {
        for (Theme theme : Theme.values()) {
            Color[] seen = new Color[2];
            robot.interact(() -> {
                window.setTheme(theme);
                seen[0] = lookedUp("-color-bg-default");
                Region rootRegion = (Region) window.scene().getRoot();
                seen[1] = rootRegion.getBackground() == null || rootRegion.getBackground().getFills().isEmpty()
                        ? null : Color.GRAY;
            });
            assertEquals(seen[0], window.scene().getFill(), theme + ": the scene's fill is the theme's background");
            assertEquals(null, seen[1], theme + ": the root paints no background of its own");
        }
    }

    @Test
    void everyTheme_theLanesViewPaintsNoFill_forUnderItIsTheScenesFill_whichIsTheLanesBackground(FxRobot robot) {
        for (Theme theme : Theme.values()) {
            Color[] lanesBackground = new Color[1];
            List<String> filled = new ArrayList<>();
            robot.interact(() -> {
                window.setTheme(theme);
                lanesBackground[0] = lookedUp("-hl-background");
                Node lanes = window.scene().lookup("#lanes-view");
                // the lanes view and everything it lies in paint nothing, so the scene's fill shows
                for (Node n = lanes; n != null; n = n.getParent()) {
                    if (n instanceof Region region && region.getBackground() != null
                            && !region.getBackground().getFills().isEmpty()) {
                        filled.add(region.getClass().getSimpleName() + region.getStyleClass());
                    }
                }
            });
            assertEquals(List.of(), filled, theme + ": the lanes view and the regions it lies in paint no fill");
            assertEquals(lanesBackground[0], window.scene().getFill(), theme + ": the scene's fill is the lanes' background");
        }
    }

    /**
     * What the window's stylesheets and theme make of the looked-up colour {@code name}, seen from
     * inside the lanes view (where the lanes' colours are defined; the theme's are inherited there).
     */
    private Color lookedUp(String name) {
        javafx.scene.layout.BorderPane lanes = (javafx.scene.layout.BorderPane) window.scene().lookup("#lanes-view");
        Region probe = new Region();
        probe.setManaged(false);
        probe.setStyle("-fx-background-color: " + name + ";");
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(probe);
        holder.setManaged(false);
        Node bottom = lanes.getBottom();
        lanes.setBottom(holder);
        window.scene().getRoot().applyCss();
        Color colour = (Color) probe.getBackground().getFills().get(0).getFill();
        lanes.setBottom(bottom);
        return colour;
    }

    private static void collect(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Region region && region.getBackground() != null
                && region.getWidth() * region.getHeight() >= LARGE) {
            for (BackgroundFill fill : region.getBackground().getFills()) {
                if (fill.getFill() instanceof Color colour && colour.getOpacity() == 0) {
                    found.add(region.getClass().getSimpleName() + region.getStyleClass() + " "
                            + (int) region.getWidth() + "x" + (int) region.getHeight());
                }
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }
}
