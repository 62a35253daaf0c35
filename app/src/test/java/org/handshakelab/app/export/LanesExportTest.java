package org.handshakelab.app.export;

import static org.handshakelab.app.export.FxTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import org.handshakelab.app.lanes.LaneHeader;
import org.handshakelab.app.lanes.LanesView;
import org.handshakelab.app.lanes.LanesViewModel;
import org.handshakelab.model.playback.Playback;
import org.handshakelab.model.trace.Trace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exports the lanes view. The lanes diagram is virtual (it draws only what its own height shows),
 * so the whole diagram is exported from an off-screen LanesView made tall enough for all of it.
 */
class LanesExportTest {

    @BeforeAll
    static void startFx() {
        FxTesting.startToolkit();
    }

    @Test
    void anOffscreenLanesViewExportsAt2xWithTitleAndLegend() throws Exception {
        Trace trace = org.handshakelab.app.diagram.HandBuiltTrace.handshakeDataAndClose();
        byte[] png = onFx(() -> {
            LanesViewModel model = new LanesViewModel();
            model.clientHeaderProperty().set(new LaneHeader("Client", "10.0.0.1", 49_152));
            model.serverHeaderProperty().set(new LaneHeader("Server", "10.0.0.2", 80));
            model.followPlaybackProperty().set(false);
            Playback playback = new Playback(trace);
            model.playbackProperty().set(playback);
            playback.seekToIndex(trace.size() - 1);
            LanesView view = new LanesView(model);
            Scene scene = new Scene(view, 900, 1100);
            scene.getStylesheets().add(FxTesting.stylesheet("teaching.css"));
            view.applyCss();
            view.layout();
            return new DiagramPngExporter().exportPng(view, "Three-way handshake and close",
                    LanesLegend.entries(Locale.ENGLISH), 2);
        });
        Files.write(FxTesting.picture("teaching-export-lanes-2x.png"), png);
        Image image = new Image(new ByteArrayInputStream(png));
        assertEquals((900 + 2 * DiagramPngExporter.PADDING) * 2, image.getWidth());
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        long ink = java.util.Arrays.stream(argb).filter(p -> p != 0xFFFFFFFF).count();
        assertTrue(ink > 20_000, "drawn pixels: " + ink);
    }
}
