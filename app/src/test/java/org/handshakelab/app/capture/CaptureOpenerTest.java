package org.handshakelab.app.capture;

import static org.handshakelab.app.export.FxTesting.onFx;
import static org.handshakelab.app.export.FxTesting.runFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.DialogPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.handshakelab.app.export.FxTesting;
import org.handshakelab.app.lanes.LanesView;
import org.handshakelab.app.lanes.LanesViewModel;
import org.handshakelab.model.playback.Playback;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.trace.TraceEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class CaptureOpenerTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() {
        FxTesting.startToolkit();
    }

    private static Stage owner() {
        return FxToolkit.toolkitContext().getRegisteredStage();
    }

    private static List<State> states(CaptureResult result, Side side) {
        return result.trace().events().stream()
                .filter(e -> e instanceof TraceEvent.StateChanged s && s.side() == side)
                .map(e -> ((TraceEvent.StateChanged) e).to()).toList();
    }

    private static DialogPane errorDialog() {
        for (Window w : onFx(() -> List.copyOf(Window.getWindows()))) {
            if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane
                    && "capture-error".equals(pane.getId()) && w.isShowing()) {
                return pane;
            }
        }
        return null;
    }

    @Test
    void aOneConversationFileIsOpenedAndHandedOverWithoutAChooser() throws Exception {
        Path file = CaptureTestFiles.conversations(dir, 1);
        AtomicReference<CaptureResult> loaded = new AtomicReference<>();
        runFx(() -> CaptureOpener.open(owner(), file, loaded::set));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> loaded.get() != null);
        assertEquals(List.of(State.SYN_SENT, State.ESTABLISHED, State.FIN_WAIT_1, State.FIN_WAIT_2, State.TIME_WAIT),
                states(loaded.get(), Side.CLIENT));
        assertEquals("conversations-1.pcap \u2014 10.0.0.1:40001 <-> 10.0.0.2:80", loaded.get().title());
    }

    @Test
    void aMalformedFileShowsALocatedErrorAndHandsNothingOver() throws Exception {
        byte[] whole = CaptureTestFiles.pcap(49152, 0);
        Path file = dir.resolve("broken.pcap");
        Files.write(file, Arrays.copyOf(whole, whole.length - 3));
        AtomicReference<CaptureResult> loaded = new AtomicReference<>();
        runFx(() -> CaptureOpener.open(owner(), file, Locale.ENGLISH, loaded::set));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> errorDialog() != null);
        DialogPane pane = errorDialog();
        String text = onFx(pane::getContentText);
        assertTrue(text.matches("broken\\.pcap: packet \\d+, offset \\d+: truncated .*"), text);
        assertEquals("The capture could not be opened. Nothing that was open has changed.", onFx(pane::getHeaderText));
        assertNull(loaded.get(), "nothing handed over");
        runFx(() -> pane.getScene().getWindow().hide());
    }

    /** The capture taken of a real loopback connection on this project's machine (see resources SOURCES.md), shown in the lanes. */
    @Test
    void aRealLoopbackCaptureShowsTheExpectedStatesInTheLanes() throws Exception {
        Path file = CaptureTestFiles.resource(dir, "real-loopback.pcap");
        AtomicReference<CaptureResult> loaded = new AtomicReference<>();
        runFx(() -> CaptureOpener.open(owner(), file, loaded::set));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> loaded.get() != null);
        CaptureResult result = loaded.get();
        assertEquals(List.of(State.SYN_SENT, State.ESTABLISHED, State.FIN_WAIT_1, State.FIN_WAIT_2, State.TIME_WAIT),
                states(result, Side.CLIENT));
        assertEquals(List.of(State.LISTEN, State.SYN_RECEIVED, State.ESTABLISHED, State.CLOSE_WAIT, State.LAST_ACK,
                State.CLOSED), states(result, Side.SERVER));
        assertEquals("127.0.0.1", result.clientHeader(Locale.ENGLISH).address());
        assertEquals(47123, result.serverHeader(Locale.ENGLISH).port());
        LanesView lanes = onFx(() -> {
            LanesViewModel model = new LanesViewModel();
            model.clientHeaderProperty().set(result.clientHeader(Locale.ENGLISH));
            model.serverHeaderProperty().set(result.serverHeader(Locale.ENGLISH));
            Playback playback = new Playback(result.trace());
            playback.seekToIndex(result.trace().size() - 1);
            model.playbackProperty().set(playback);
            LanesView view = new LanesView(model);
            FxTesting.sceneOf(view, 900, 900);
            return view;
        });
        assertEquals("TIME_WAIT", onFx(() -> ((javafx.scene.control.Label) lanes.lookup("#client-state-badge")).getText()));
        assertEquals("CLOSED", onFx(() -> ((javafx.scene.control.Label) lanes.lookup("#server-state-badge")).getText()));
        FxTesting.saveSnapshot(lanes, Color.WHITE, FxTesting.picture("sandbox-real-capture.png"));
    }
}
