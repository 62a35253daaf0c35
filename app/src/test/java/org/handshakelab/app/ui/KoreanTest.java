package org.handshakelab.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.handshakelab.app.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Switching the language live, and Korean actually drawn with a font that has Hangul. */
@ExtendWith(ApplicationExtension.class)
class KoreanTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.open(stage, Language.ENGLISH);
    }

    private void switchToKorean(FxRobot robot) {
        MenuItem korean = window.menuBar().getMenus().stream()
                .filter(m -> "menu-language".equals(m.getId())).findFirst().orElseThrow()
                .getItems().stream().filter(i -> "menu-lang-ko".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(korean::fire);
    }

    /** The outline of {@code text} drawn in {@code font}: glyph contours as path elements. */
    private static Path outline(String text, Font font) {
        Text node = new Text(text);
        node.setFont(font);
        return (Path) Shape.union(node, new Rectangle(0, 0, 0, 0));
    }

    @Test
    void menusAndNarrationSwitchToKoreanWithoutRestart(FxRobot robot) {
        assertEquals("File", window.menuBar().getMenus().get(0).getText());
        robot.type(KeyCode.PAGE_DOWN); // to a narration point, so narration text is shown
        switchToKorean(robot);
        assertEquals("파일", window.menuBar().getMenus().get(0).getText());
        assertEquals("보기", window.menuBar().getMenus().get(1).getText());
        int index = window.player().playback().eventIndexProperty().get();
        String expected = window.player().narration().current(index).orElseThrow().text().get("ko");
        assertEquals(expected, window.narrationPanel().textLabel().getText());
        assertTrue(window.stage().getTitle().contains(window.session().open().lesson().title().get("ko")));
    }

    @Test
    void koreanTextUsesTheBundledFontWhichHasHangulGlyphs(FxRobot robot) {
        switchToKorean(robot);
        robot.type(KeyCode.PAGE_DOWN);
        Label narration = window.narrationPanel().textLabel();
        assertEquals(Fonts.UI_FAMILY, narration.getFont().getFamily());
        Labeled fileMenu = robot.lookup(".menu-bar .label").queryAll().stream()
                .filter(n -> n instanceof Labeled l && "파일".equals(l.getText()))
                .map(Labeled.class::cast).findFirst().orElseThrow();
        assertEquals(Fonts.UI_FAMILY, fileMenu.getFont().getFamily());

        Font font = narration.getFont();
        int missingGlyph = outline("\uE000", font).getElements().size(); // private use: no glyph in any font
        Path han = outline("한", font);
        Path guk = outline("국", font);
        assertNotEquals(missingGlyph, han.getElements().size(), "한 is drawn as the missing-glyph box");
        assertNotEquals(han.getElements().size(), guk.getElements().size(), "different syllables, same outline");
        assertTrue(han.getElements().size() > 12, "a Hangul syllable has several contours");
    }

    /**
     * Every text on screen that has Hangul in it names the bundled family. A style that picks another
     * family for some text (a monospaced one, say) leaves its Hangul to JavaFX's fallback, which has
     * the bundled font only if it was registered before any text was laid out; the application
     * registers it while the first window is being built, so such a text showed empty boxes there
     * (the playhead's time, "0.040초"), while in these tests, which register it first, it did not.
     */
    @Test
    void everyShownTextWithHangul_isInTheBundledFamily(FxRobot robot) {
        switchToKorean(robot);
        for (int i = 0; i < 6; i++) { // past the first states, timers and a narration point
            robot.type(KeyCode.RIGHT);
        }
        java.util.List<String> others = new java.util.ArrayList<>();
        int[] hangulTexts = {0};
        robot.interact(() -> {
            for (Node n : window.scene().getRoot().lookupAll("*")) {
                if (n instanceof Text t && t.isVisible() && t.getText() != null && t.getText().codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)) {
                    hangulTexts[0]++;
                    if (!t.getFont().getFamily().startsWith(Fonts.UI_FAMILY)) {
                        Node owner = t.getParent() == null ? t : t.getParent();
                        others.add("\"" + t.getText() + "\" in " + t.getFont().getFamily() + " " + owner.getStyleClass());
                    }
                }
            }
        });
        assertTrue(hangulTexts[0] > 20, "Korean on screen: " + hangulTexts[0] + " texts");
        assertEquals(java.util.List.of(), others, "texts with Hangul in another family");
    }

    /** A tooltip is a window of its own: it takes the family of the text it is on unless told; an arrow's label is monospaced. */
    @Test
    void anArrowsTooltip_isInTheBundledFamily(FxRobot robot) throws Exception {
        switchToKorean(robot);
        Label label = null;
        for (int i = 0; i < 30 && label == null; i++) {
            robot.type(KeyCode.RIGHT);
            label = robot.lookup(".arrow-label").queryAllAs(Label.class).stream()
                    .filter(l -> l.isVisible() && l.getParent().isVisible()
                            && l.getParent().lookup(".packet-glyph").isVisible()) // in flight: described in Korean
                    .findFirst().orElse(null);
        }
        assertNotNull(label, "a segment in flight, with its label shown");
        robot.moveTo(label);
        Node hovered = label.getParent(); // the arrow: its tooltip is on it
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> {
            Object tip = hovered.getProperties().get("javafx.scene.control.Tooltip");
            return tip instanceof Tooltip t && t.isShowing();
        });
        Tooltip tip = (Tooltip) hovered.getProperties().get("javafx.scene.control.Tooltip");
        assertTrue(tip.getText().contains("전송 중"), tip.getText());
        assertEquals(Fonts.UI_FAMILY, tip.getFont().getFamily());
    }

    @Test
    void theNativeLanguageNamesAreDrawnInTheBundledFontToo(FxRobot robot) {
        Node anyLabel = robot.lookup(".menu-bar .label").query();
        assertEquals(Fonts.UI_FAMILY, ((Labeled) anyLabel).getFont().getFamily(), "English uses it as well");
    }
}
