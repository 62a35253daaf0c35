package org.handshakelab.app.sandbox;

import static org.handshakelab.app.export.FxTesting.onFx;
import static org.handshakelab.app.export.FxTesting.runFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.handshakelab.app.export.FxTesting;
import org.handshakelab.lessons.LessonLoader;
import org.handshakelab.lessons.LoadOutcome;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.trace.TraceEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class SandboxViewTest {
    private final FxRobot robot = new FxRobot();
    private SandboxSession session;
    private SandboxView view;

    @BeforeAll
    static void startFx() {
        FxTesting.startToolkit();
    }

    @BeforeEach
    void show() throws TimeoutException {
        session = new SandboxSession();
        FxToolkit.setupStage(stage -> {
            view = new SandboxView(session);
            Scene scene = new Scene(view, 1200, 760);
            scene.getStylesheets().add(FxTesting.stylesheet("teaching.css"));
            stage.setScene(scene);
            stage.show();
            stage.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String id) {
        return onFx(() -> ((Label) view.lookup(id)).getText());
    }

    private boolean disabled(String id) {
        return onFx(() -> view.lookup(id).isDisabled());
    }

    private void advance(long ms) {
        runFx(() -> session.advanceBy(ms));
    }

    @Test
    void clickingTheLaneButtonsMakesTheCalls() {
        robot.clickOn("#server-listen");
        assertEquals(State.LISTEN, session.state(Side.SERVER));
        robot.clickOn("#client-connect");
        assertEquals(State.SYN_SENT, session.state(Side.CLIENT));
        assertEquals("SYN_SENT", text("#client-live-state"));
        advance(200);
        assertEquals("ESTABLISHED", text("#client-state-badge"), "the lanes view shows the playback's state");
        assertEquals("ESTABLISHED", text("#server-state-badge"));
        assertEquals("t = 0.200 s", text("#sandbox-clock"));

        robot.clickOn("#client-send-text").write("hi there");
        robot.clickOn("#client-send");
        advance(200);
        assertEquals(8, session.trace().events().stream().filter(e -> e instanceof TraceEvent.DataDelivered d
                && d.side() == Side.SERVER).mapToInt(e -> ((TraceEvent.DataDelivered) e).data().length).sum());
        assertEquals("", onFx(() -> ((javafx.scene.control.TextField) view.lookup("#client-send-text")).getText()));

        robot.clickOn("#client-close");
        assertEquals(State.FIN_WAIT_1, session.state(Side.CLIENT));
        robot.clickOn("#server-abort");
        assertTrue(text("#sandbox-status").startsWith("abort at t = "), text("#sandbox-status"));
    }

    @Test
    void theNetworkButtonsAndKeysClaimTheNextSegments() {
        robot.clickOn("#server-listen");
        robot.clickOn("#client-drop");
        assertEquals("fault drop-client-1 waits for its segment", text("#sandbox-status"));
        runFx(view::requestFocus);
        robot.type(KeyCode.D); // drop the client's next segment too
        robot.type(KeyCode.C); // connect
        assertEquals(State.SYN_SENT, session.state(Side.CLIENT));
        advance(5_000);
        long drops = session.trace().events().stream().filter(e -> e instanceof TraceEvent.SegmentDropped).count();
        assertEquals(2, drops, "the SYN and its first retransmission");
        assertEquals(State.ESTABLISHED, session.state(Side.CLIENT));
    }

    @Test
    void steppingBackDisablesActionsAndLiveEnablesThem() {
        robot.clickOn("#server-listen");
        robot.clickOn("#client-connect");
        advance(200);
        assertFalse(disabled("#client-close"));
        assertTrue(disabled("#sandbox-live"));
        robot.clickOn("#sandbox-step-back");
        robot.clickOn("#sandbox-step-back");
        assertFalse(session.isLive());
        assertTrue(disabled("#client-close"), "no new action while looking at the past");
        assertEquals("STEPPED BACK", text("#sandbox-live-badge"));
        robot.clickOn("#sandbox-live");
        assertTrue(session.isLive());
        assertFalse(disabled("#client-close"));
        assertEquals("ESTABLISHED", text("#client-state-badge"));
    }

    @Test
    void rateButtonsAndPauseSetTheClock() {
        robot.clickOn("#rate-100");
        assertEquals(100.0, view.clock().rateProperty().get());
        runFx(view::requestFocus);
        robot.type(KeyCode.DIGIT2);
        assertEquals(10.0, view.clock().rateProperty().get());
        robot.clickOn("#sandbox-pause");
        assertTrue(view.clock().pausedProperty().get());
        robot.type(KeyCode.K);
        assertFalse(view.clock().pausedProperty().get());
    }

    @Test
    void aRecordedSessionIsSavedAsALessonAndPictured(@TempDir Path dir) throws Exception {
        robot.clickOn("#server-listen");
        robot.clickOn("#client-connect");
        advance(200);
        robot.clickOn("#client-send-text").write("GET /");
        robot.clickOn("#client-send");
        advance(10);
        robot.clickOn("#server-drop"); // lose the server's ACK of the request
        advance(1_500);
        robot.clickOn("#client-close");
        advance(100);
        robot.clickOn("#server-close");
        advance(400);
        assertEquals(State.TIME_WAIT, session.state(Side.CLIENT));
        Path file = dir.resolve("sandbox.json");
        onFx(() -> {
            view.saveAsLesson(file);
            return null;
        });
        LoadOutcome outcome = new LessonLoader().load(file);
        assertTrue(outcome instanceof LoadOutcome.Loaded, outcome::toString);
        assertTrue(Files.readString(file).contains("\"id\" : \"drop-server-"));
        FxTesting.saveSnapshot(view, Color.WHITE, FxTesting.picture("sandbox-view.png"));
        Node badge = onFx(() -> view.lookup("#client-state-badge"));
        assertEquals("TIME_WAIT", onFx(() -> ((Label) badge).getText()));
        assertTrue(onFx(() -> ((Button) view.lookup("#sandbox-save")).getGraphic() != null), "icon buttons");
    }
}
