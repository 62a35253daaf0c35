package org.handshakelab.app.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.handshakelab.app.sandbox.SandboxView;
import org.handshakelab.app.i18n.Language;
import org.handshakelab.app.presenter.TeachingTools;
import org.handshakelab.app.presenter.ToolsFixture;
import org.handshakelab.app.ui.MainWindow;
import org.handshakelab.model.trace.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The teaching tools in the main window: menu items, export without dialogs, captures, the sandbox. */
@ExtendWith(ApplicationExtension.class)
class TeachingToolsIntegrationTest {
    @TempDir
    Path dir;
    private MainWindow window;
    private TeachingTools tools;

    @Start
    void start(Stage stage) {
        ToolsFixture.Opened opened = ToolsFixture.open(stage, "lost-final-ack", Language.ENGLISH);
        window = opened.window();
        tools = opened.tools();
    }

    private static Set<String> ids(Menu menu) {
        return menu.getItems().stream().flatMap(i -> i instanceof Menu m
                ? java.util.stream.Stream.concat(java.util.stream.Stream.of(m), m.getItems().stream())
                : java.util.stream.Stream.of(i)).map(MenuItem::getId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private Menu menu(String id) {
        return window.menuBar().getMenus().stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
    }

    @Test
    void theFileAndViewMenusHaveTheNewItemsInBothLanguages(FxRobot robot) {
        assertTrue(ids(menu("menu-file")).containsAll(List.of("menu-open-capture", "menu-export-png",
                "menu-export-png-1x", "menu-export-png-2x", "menu-export-png-3x", "menu-export-pcap",
                "menu-export-pcap-all", "menu-export-pcap-delivered")), ids(menu("menu-file")).toString());
        assertTrue(ids(menu("menu-view")).containsAll(List.of("menu-presenter", "menu-quizzes", "menu-sandbox",
                "menu-theme-light", "menu-theme-dark", "menu-theme-projector")));
        MenuItem quizzes = menu("menu-view").getItems().stream().filter(i -> "menu-quizzes".equals(i.getId()))
                .findFirst().orElseThrow();
        assertEquals("Quizzes", quizzes.getText());
        robot.interact(() -> window.i18n().setLanguage(Language.KOREAN));
        assertEquals("퀴즈", quizzes.getText());
    }

    @Test
    void exportPngWritesTheWholeDiagramAtTheChosenScale(FxRobot robot) throws Exception {
        Path png = dir.resolve("lesson.png");
        robot.interact(() -> {
            try {
                tools.export().exportPng(png, 2);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Image image = new Image(new ByteArrayInputStream(Files.readAllBytes(png)));
        assertFalse(image.isError());
        assertEquals((900 + 2 * 16) * 2, image.getWidth());
        assertTrue(image.getHeight() > 1000);
    }

    @Test
    void exportPcapLeavesDroppedSegmentsOutWhenAsked() throws Exception {
        long sent = window.session().open().lesson().result().trace().events().stream()
                .filter(e -> e instanceof TraceEvent.SegmentSent || e instanceof TraceEvent.SegmentDuplicated).count();
        long dropped = window.session().open().lesson().result().trace().events().stream()
                .filter(e -> e instanceof TraceEvent.SegmentDropped).count();
        assertTrue(dropped > 0);
        assertEquals(sent, tools.export().exportPcap(dir.resolve("all.pcap"), true));
        assertEquals(sent - dropped, tools.export().exportPcap(dir.resolve("delivered.pcap"), false));
    }

    @Test
    void openingACaptureShowsItsLanesSaysTheStatesAreInferredAndExportsIt(FxRobot robot) throws Exception {
        Path pcap = dir.resolve("lost-final-ack.pcap");
        tools.export().exportPcap(pcap, true);
        var lesson = window.session().open().lesson();
        robot.interact(() -> window.openCapture(pcap));
        ToolsFixture.waitUntil(() -> window.capture() != null, "the capture is shown");
        assertEquals(lesson.scenario().client().address(), window.lanesModel().clientHeaderProperty().get().address());
        assertEquals(lesson.scenario().server().port(), window.lanesModel().serverHeaderProperty().get().port());
        assertEquals(window.capture().trace(), window.player().playback().trace());
        assertTrue(window.narrationPanel().textLabel().getText().startsWith("Capture: inferred states"),
                window.narrationPanel().textLabel().getText());
        robot.interact(() -> window.player().seekToIndex(window.player().playback().trace().size() - 1));
        assertFalse(window.lanesModel().visibleArrows().isEmpty(), "the capture's segments are drawn as arrows");
        // the export menu items now export the capture: its segments, written again, are the same
        Path again = dir.resolve("again.pcap");
        long segments = window.capture().trace().events().stream()
                .filter(e -> e instanceof TraceEvent.SegmentSent).count();
        assertEquals(segments, tools.export().exportPcap(again, true));
        Path png = dir.resolve("capture.png");
        robot.interact(() -> {
            try {
                tools.export().exportPng(png, 1);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(Files.size(png) > 10_000);
    }

    @Test
    void theSandboxRunsInItsOwnWindowAndItsKeysLeaveTheLessonAlone(FxRobot robot) {
        robot.type(KeyCode.RIGHT, 2);
        int index = window.player().playback().eventIndexProperty().get();
        assertTrue(index >= 1);

        robot.clickOn("#menu-view").clickOn("#menu-sandbox");
        ToolsFixture.waitUntil(() -> sandboxStage() != null, "the sandbox window is shown");
        Stage sandbox = sandboxStage();
        SandboxView view = (SandboxView) sandbox.getScene().getRoot();
        robot.interact(() -> {
            sandbox.requestFocus();
            view.requestFocus();
        });
        robot.type(KeyCode.RIGHT, 3).type(KeyCode.PAGE_DOWN).type(KeyCode.LEFT).type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(index, window.player().playback().eventIndexProperty().get(), "the lesson did not move");
        assertFalse(window.player().isPlaying());

        robot.interact(sandbox::close);
        assertFalse(sandbox.isShowing());
        robot.interact(() -> window.stage().requestFocus());
        robot.clickOn("#lanes-view");
        robot.type(KeyCode.RIGHT);
        assertEquals(index + 1, window.player().playback().eventIndexProperty().get(), "the keys drive the lesson again");
    }

    private Stage sandboxStage() {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && s.isShowing() && s.getScene() != null
                    && s.getScene().getRoot() instanceof SandboxView) {
                return s;
            }
        }
        return null;
    }
}
