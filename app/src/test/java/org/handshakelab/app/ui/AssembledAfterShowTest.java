package org.handshakelab.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.handshakelab.app.AppHome;
import org.handshakelab.app.i18n.I18n;
import org.handshakelab.app.i18n.Language;
import org.handshakelab.app.session.LessonSession;
import org.handshakelab.app.session.LessonSource;
import org.handshakelab.app.session.RecentFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window as the application starts it: the shell (lanes with the lesson) built off the FX
 * thread, shown at once, and the panels added over the next pulses.
 */
@ExtendWith(ApplicationExtension.class)
class AssembledAfterShowTest {
    private MainWindow window;
    private final AtomicInteger completions = new AtomicInteger();
    // what the window had when show() returned, before any pulse
    private boolean menuAtShow;
    private boolean playbackBarAtShow;
    private boolean libraryAtShow;
    private boolean lanesAtShow;
    private String clientBadgeAtShow;
    private int eventIndexAfterRightKey;
    // where the lanes were in the first frame
    private double lanesSceneXAtFirstFrame = Double.NaN;
    private double lanesWidthAtFirstFrame = Double.NaN;

    @Start
    void start(Stage stage) {
        System.setProperty(MainWindow.NOTIFICATIONS_PROPERTY, "false");
        LessonSession session = new LessonSession(new RecentFiles(AppHome.dir().resolve("recent-" + System.nanoTime() + ".txt")));
        session.show(LessonSource.loadBundled(LessonSource.DEFAULT_ID), null, LessonSource.DEFAULT_ID);
        I18n i18n = new I18n(Language.ENGLISH);
        // as HandshakeLabApp.init() does: the shell is built on another thread than the FX thread
        WindowShell shell = CompletableFuture.supplyAsync(() -> new WindowShell(i18n).showing(session.open())).join();
        window = MainWindow.assembledAfterShow(stage, i18n, session, shell, completions::incrementAndGet);
        stage.setOnHidden(e -> session.close());
        window.scene().addPostLayoutPulseListener(new Runnable() { // the layout the first frame is drawn with
            @Override
            public void run() {
                window.scene().removePostLayoutPulseListener(this);
                Node lanes = window.scene().lookup("#lanes-view");
                lanesSceneXAtFirstFrame = lanes.localToScene(lanes.getLayoutBounds()).getMinX();
                lanesWidthAtFirstFrame = lanes.getLayoutBounds().getWidth();
            }
        });
        stage.show();

        menuAtShow = window.menuBar() != null;
        playbackBarAtShow = window.playbackBar() != null;
        libraryAtShow = window.libraryPanel() != null;
        lanesAtShow = window.scene().lookup("#lanes-view") != null;
        clientBadgeAtShow = ((Label) window.scene().lookup("#client-state-badge")).getText();
        window.scene().getRoot().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.RIGHT,
                false, false, false, false));
        eventIndexAfterRightKey = window.player().playback().eventIndexProperty().get();
    }

    @Test
    void theFirstFrameHasTheLessonInTheLanesAndNoneOfTheOtherPanels() {
        assertTrue(lanesAtShow, "the lanes are in the scene when it is shown");
        assertEquals("CLOSED", clientBadgeAtShow, "with the lesson's first state on the client's lane");
        assertEquals(false, menuAtShow, "the menu bar comes in a later pulse");
        assertEquals(false, playbackBarAtShow, "the playback bar comes in a later pulse");
        assertEquals(false, libraryAtShow, "the library comes in a later pulse");
    }

    @Test
    void theKeyboardStepsTheLessonBeforeThePanelsArrive() {
        assertEquals(0, eventIndexAfterRightKey, "Right stepped from before the first event to the first");
    }

    @Test
    void everyPanelArrivesAndCompletionIsSignalledOnce() {
        WindowFixture.waitUntil(() -> window.completeProperty().get(), "the window is complete");
        BorderPane root = (BorderPane) window.scene().getRoot();
        assertSame(window.menuBar(), root.getTop(), "the menu bar is at the top");
        assertNotNull(window.playbackBar().getScene(), "the playback bar is in the scene");
        assertNotNull(window.narrationPanel().getScene(), "the narration is in the scene");
        assertNotNull(window.teachingPanel().getScene(), "the teaching tabs are in the scene");
        assertNotNull(window.problemsPanel().getScene(), "the problems panel is in the scene");
        assertEquals(LessonSource.DEFAULT_ID,
                window.libraryPanel().list().getSelectionModel().getSelectedItem().id(),
                "the library, added after the lesson was shown, marks it");
        assertEquals(1, completions.get(), "whenComplete ran once");
    }

    @Test
    void thePanelsArriveWithoutMovingOrResizingTheLanesSideways() {
        WindowFixture.waitUntil(() -> window.completeProperty().get(), "the window is complete");
        assertTrue(!Double.isNaN(lanesSceneXAtFirstFrame), "the first frame was seen");
        Node lanes = window.scene().lookup("#lanes-view");
        assertEquals(lanesSceneXAtFirstFrame, lanes.localToScene(lanes.getLayoutBounds()).getMinX(), 0.5,
                "the lanes' left edge: the library's slot had its final width in the first frame");
        assertEquals(lanesWidthAtFirstFrame, lanes.getLayoutBounds().getWidth(), 0.5, "the lanes' width");
    }

    @Test
    void aPublicConstructorBuildsEveryPanelAtOnce(FxRobot robot) {
        // the other way of building it, which tests and benchmarks use: nothing arrives later
        MainWindow[] built = new MainWindow[1];
        robot.interact(() -> {
            LessonSession session = new LessonSession(new RecentFiles(AppHome.dir().resolve("recent-" + System.nanoTime() + ".txt")));
            session.show(LessonSource.loadBundled(LessonSource.DEFAULT_ID), null, LessonSource.DEFAULT_ID);
            built[0] = new MainWindow(new Stage(), new I18n(Language.ENGLISH), session);
            session.close();
        });
        assertTrue(built[0].completeProperty().get());
        assertNotNull(built[0].menuBar());
        assertNotNull(built[0].libraryPanel());
        assertNull(built[0].capture());
    }
}
