package org.handshakelab.app.export;

import static org.handshakelab.app.export.FxTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DiagramPngExporterTest {
    private static final List<LegendEntry> LEGEND = List.of(
            LegendEntry.solid("SYN", Color.web("#1f6feb")),
            new LegendEntry("lost", Color.web("#cf222e"), List.of(6.0, 4.0)));

    @BeforeAll
    static void startFx() {
        FxTesting.startToolkit();
    }

    /** 600 x 300 content with a 100 x 100 pure red square, in a scroll pane that shows only 200 x 150 of it, scrolled. */
    private static Pane contentInSmallScrollPane() {
        Pane content = new Pane();
        content.setMinSize(600, 300);
        content.setPrefSize(600, 300);
        content.setMaxSize(600, 300);
        Rectangle red = new Rectangle(450, 180, 100, 100);
        red.setFill(Color.RED);
        Line line = new Line(10, 10, 590, 290);
        line.setStroke(Color.BLUE);
        line.setStrokeWidth(3);
        content.getChildren().addAll(line, red);
        ScrollPane scroll = new ScrollPane(content);
        new Scene(scroll, 200, 150);
        scroll.applyCss();
        scroll.layout();
        scroll.setHvalue(0.5);
        scroll.setVvalue(0.5);
        scroll.layout();
        return content;
    }

    private static int[] pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

    @Test
    void exportsTheWholeContentAtEachScaleAsADecodablePng() throws Exception {
        Pane content = onFx(DiagramPngExporterTest::contentInSmallScrollPane);
        DiagramPngExporter exporter = new DiagramPngExporter();
        int heightAt1 = 0;
        for (int scale = 1; scale <= 3; scale++) {
            double s = scale;
            byte[] png = onFx(() -> exporter.exportPng(content, "Three-way handshake", LEGEND, s));
            Image decoded = new Image(new ByteArrayInputStream(png));
            assertFalse(decoded.isError(), "decodes");
            assertEquals((600 + 2 * DiagramPngExporter.PADDING) * scale, decoded.getWidth(), "width at " + scale + "x");
            if (scale == 1) {
                heightAt1 = (int) decoded.getHeight();
                assertTrue(heightAt1 > 300 + 3 * DiagramPngExporter.PADDING, "title and legend add height");
            } else {
                assertEquals(heightAt1 * scale, decoded.getHeight(), scale + 1.0, "height scales");
            }
            int[] argb = pixels(decoded);
            int red = 0;
            int notWhite = 0;
            for (int p : argb) {
                if (p == 0xFFFF0000) {
                    red++;
                }
                if (p != 0xFFFFFFFF) {
                    notWhite++;
                }
            }
            // the square lies outside the scroll pane's visible part: it is there only if the whole content is drawn
            assertEquals(100 * 100 * scale * scale, red, 0.02 * 100 * 100 * scale * scale, "red pixels at " + scale + "x");
            assertTrue(notWhite > red + 500 * scale, "title, line and legend drawn too");
        }
    }

    @Test
    void thePngHoldsExactlyThePixelsRendered() {
        Pane content = onFx(DiagramPngExporterTest::contentInSmallScrollPane);
        DiagramPngExporter exporter = new DiagramPngExporter();
        WritableImage rendered = onFx(() -> exporter.renderImage(content, "Round trip", LEGEND, 1));
        byte[] png = onFx(() -> exporter.exportPng(content, "Round trip", LEGEND, 1));
        assertArrayEquals(pixels(rendered), pixels(new Image(new ByteArrayInputStream(png))));
    }

    @Test
    void pngEncoderKeepsTransparencyAndOddSizes() {
        int[] argb = {0x00000000, 0x80FF0000, 0xFF00FF00, 0xFF0000FF, 0x7F123456, 0xFFFFFFFF};
        byte[] png = PngEncoder.encode(argb, 3, 2);
        Image decoded = new Image(new ByteArrayInputStream(png));
        assertEquals(3, decoded.getWidth());
        assertEquals(2, decoded.getHeight());
        int[] back = pixels(decoded);
        for (int i = 0; i < argb.length; i++) {
            int alpha = argb[i] >>> 24;
            assertEquals(alpha, back[i] >>> 24, "alpha of pixel " + i);
            if (alpha == 255) {
                assertEquals(argb[i], back[i], "pixel " + i);
            }
        }
    }

    @Test
    void writesAPictureToLookAt() throws Exception {
        Pane content = onFx(DiagramPngExporterTest::contentInSmallScrollPane);
        var file = FxTesting.picture("teaching-export-2x.png");
        onFx(() -> {
            new DiagramPngExporter().write(file, content, "Export at 2x", LEGEND, 2);
            return null;
        });
        assertTrue(Files.size(file) > 1000);
    }
}
