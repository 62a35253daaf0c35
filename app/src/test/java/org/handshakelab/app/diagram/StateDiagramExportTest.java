package org.handshakelab.app.diagram;

import static org.handshakelab.app.export.FxTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.handshakelab.app.export.DiagramPngExporter;
import org.handshakelab.app.export.FxTesting;
import org.handshakelab.app.export.LegendEntry;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.trace.Trace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Exporting a live view keeps the CSS of the scene it lives in (the lit state's colour shows). */
class StateDiagramExportTest {

    @BeforeAll
    static void startFx() {
        FxTesting.startToolkit();
    }

    @Test
    void anExportedDiagramShowsTheLitStateInTheClientColour() throws Exception {
        Trace trace = HandBuiltTrace.handshakeDataAndClose();
        StateDiagramView view = onFx(() -> {
            StateDiagramModel model = new StateDiagramModel();
            model.traceProperty().set(trace);
            model.eventIndexProperty().set(HandBuiltTrace.indexOfChange(trace, Side.CLIENT, State.SYN_SENT));
            StateDiagramView v = new StateDiagramView(model);
            FxTesting.sceneOf(v, 700, 680);
            return v;
        });
        List<LegendEntry> legend = List.of(LegendEntry.solid("client", Color.web("#56B4E9")),
                LegendEntry.solid("server", Color.web("#E69F00")));
        byte[] png = onFx(() -> new DiagramPngExporter().exportPng(view, "Opening: SYN sent", legend, 2));
        Files.write(FxTesting.picture("teaching-export-diagram-2x.png"), png);
        Image image = new Image(new ByteArrayInputStream(png));
        PixelReader reader = image.getPixelReader();
        Color client = Color.web("#56B4E9");
        int clientPixels = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = reader.getColor(x, y);
                if (Math.abs(c.getRed() - client.getRed()) < 0.02 && Math.abs(c.getGreen() - client.getGreen()) < 0.02
                        && Math.abs(c.getBlue() - client.getBlue()) < 0.02) {
                    clientPixels++;
                }
            }
        }
        // the lit SYN-SENT box alone is about 168 x 52 diagram units; at 2x and the view's scale, thousands of pixels
        assertTrue(clientPixels > 5000, "client-coloured pixels: " + clientPixels);
    }
}
