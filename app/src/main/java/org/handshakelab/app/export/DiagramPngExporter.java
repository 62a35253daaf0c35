package org.handshakelab.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.transform.Transform;

/**
 * Exports a diagram to PNG at 1x, 2x or 3x: the lesson title on top, the WHOLE content node (every
 * part, also what a scroll pane hides: give the full-size content node, not its viewport), and a
 * legend of arrow kinds below. Rendering uses {@code Node.snapshot} with a scale transform, in tiles
 * so a long diagram at 3x stays within texture limits, and {@link PngEncoder} (no AWT).
 *
 * <p>Call on the JavaFX application thread. The content node keeps its scene and its CSS; it is
 * not moved.
 */
public final class DiagramPngExporter {
    /** Logical pixels around and between the parts. */
    static final double PADDING = 16;
    private static final int TILE = 2048;
    /** 100 million pixels (400 MB of ARGB) at most; beyond that ask for a smaller scale. */
    private static final long MAX_PIXELS = 100_000_000L;

    private final Color background;

    /** White background, for documents and slides. */
    public DiagramPngExporter() {
        this(Color.WHITE);
    }

    /** @param background the page colour; the title and legend text are dark or light to contrast with it */
    public DiagramPngExporter(Color background) {
        this.background = background;
    }

    /** PNG bytes of the composed picture. */
    public byte[] exportPng(Node content, String title, List<LegendEntry> legend, double scale) {
        Picture p = render(content, title, legend, scale);
        return PngEncoder.encode(p.argb, p.width, p.height);
    }

    /** Writes the PNG to {@code file}. */
    public void write(Path file, Node content, String title, List<LegendEntry> legend, double scale)
            throws IOException {
        Files.write(file, exportPng(content, title, legend, scale));
    }

    /** The composed picture as an image (e.g. for the clipboard). */
    public WritableImage renderImage(Node content, String title, List<LegendEntry> legend, double scale) {
        Picture p = render(content, title, legend, scale);
        WritableImage image = new WritableImage(p.width, p.height);
        image.getPixelWriter().setPixels(0, 0, p.width, p.height, PixelFormat.getIntArgbInstance(), p.argb, 0, p.width);
        return image;
    }

    private record Picture(int[] argb, int width, int height) {
    }

    private Picture render(Node content, String title, List<LegendEntry> legend, double scale) {
        if (!(scale > 0 && scale <= 8)) {
            throw new IllegalArgumentException("scale must be in (0, 8]: " + scale);
        }
        Color ink = background.getBrightness() > 0.5 ? Color.web("#1f2328") : Color.WHITE;
        Node titleNode = titleNode(title, ink);
        Bounds cb = content.getBoundsInParent();
        Node legendNode = legend.isEmpty() ? null : legendNode(legend, ink, Math.max(cb.getWidth(), 400));
        Bounds tb = titleNode.getBoundsInParent();
        Bounds lb = legendNode == null ? null : legendNode.getBoundsInParent();
        double logicalWidth = Math.max(cb.getWidth(), Math.max(tb.getWidth(), lb == null ? 0 : lb.getWidth()))
                + 2 * PADDING;
        int pad = (int) Math.round(PADDING * scale);
        int width = (int) Math.ceil(logicalWidth * scale);
        int titleHeight = px(tb.getHeight(), scale);
        int contentHeight = px(cb.getHeight(), scale);
        int legendHeight = lb == null ? 0 : px(lb.getHeight(), scale);
        int height = pad + titleHeight + pad + contentHeight + (lb == null ? 0 : pad + legendHeight) + pad;
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("the picture would be " + width + " x " + height
                    + " pixels; choose a smaller scale");
        }
        int[] argb = new int[width * height];
        java.util.Arrays.fill(argb, argb(background));
        int y = pad;
        draw(titleNode, scale, argb, width, pad, y);
        y += titleHeight + pad;
        draw(content, scale, argb, width, pad, y);
        y += contentHeight;
        if (legendNode != null) {
            draw(legendNode, scale, argb, width, pad, y + pad);
        }
        return new Picture(argb, width, height);
    }

    private static int px(double logical, double scale) {
        return (int) Math.ceil(logical * scale);
    }

    /** Snapshots {@code node} scaled, tile by tile, into the picture at (x0, y0). */
    private void draw(Node node, double scale, int[] out, int outWidth, int x0, int y0) {
        Bounds b = node.getBoundsInParent();
        int w = px(b.getWidth(), scale);
        int h = px(b.getHeight(), scale);
        int outHeight = out.length / outWidth;
        for (int ty = 0; ty < h; ty += TILE) {
            for (int tx = 0; tx < w; tx += TILE) {
                int tw = Math.min(TILE, w - tx);
                int th = Math.min(TILE, h - ty);
                SnapshotParameters params = new SnapshotParameters();
                params.setFill(background);
                params.setTransform(Transform.scale(scale, scale));
                // the snapshot applies the scale before the node's own transforms: the viewport is in the
                // scaled coordinates of its parent, where the node lies at boundsInParent x scale
                params.setViewport(new Rectangle2D(b.getMinX() * scale + tx, b.getMinY() * scale + ty, tw, th));
                WritableImage tile = node.snapshot(params, new WritableImage(tw, th));
                int[] row = new int[tw * th];
                tile.getPixelReader().getPixels(0, 0, tw, th, PixelFormat.getIntArgbInstance(), row, 0, tw);
                for (int r = 0; r < th && y0 + ty + r < outHeight; r++) {
                    int copy = Math.min(tw, outWidth - (x0 + tx));
                    if (copy > 0) {
                        System.arraycopy(row, r * tw, out, (y0 + ty + r) * outWidth + x0 + tx, copy);
                    }
                }
            }
        }
    }

    private static Node titleNode(String title, Color ink) {
        Label label = new Label(title == null ? "" : title);
        label.setFont(Font.font(family(), FontWeight.BOLD, 22));
        label.setTextFill(ink);
        return laidOut(label);
    }

    /** The legend in rows no wider than {@code maxWidth} (one row if it fits), as narrow as its items. */
    private static Node legendNode(List<LegendEntry> legend, Color ink, double maxWidth) {
        FlowPane pane = new FlowPane(20, 6);
        for (LegendEntry e : legend) {
            Line line = new Line(0, 0, 36, 0);
            line.setStroke(e.color());
            line.setStrokeWidth(3);
            line.setStrokeLineCap(StrokeLineCap.BUTT);
            line.getStrokeDashArray().setAll(e.dashArray());
            Label name = new Label(e.label());
            name.setFont(Font.font(family(), 14));
            name.setTextFill(ink);
            HBox item = new HBox(8, line, name);
            item.setAlignment(Pos.CENTER_LEFT);
            pane.getChildren().add(item);
        }
        pane.setPadding(new Insets(2, 0, 2, 0));
        pane.setPrefWrapLength(maxWidth);
        laidOut(pane);
        double used = pane.getChildren().stream().mapToDouble(n -> n.getBoundsInParent().getMaxX()).max().orElse(0);
        pane.setPrefWrapLength(Math.ceil(used));
        return laidOut(pane);
    }

    /** The bundled UI family when it is loaded (it has Hangul; JavaFX has no CJK fallback), else the default. */
    private static String family() {
        String bundled = org.handshakelab.app.ui.Fonts.UI_FAMILY;
        return Font.getFamilies().contains(bundled) ? bundled : Font.getDefault().getFamily();
    }

    /** Gives a new node a scene of its own so that CSS and layout are applied before the snapshot. */
    private static Node laidOut(javafx.scene.Parent node) {
        if (node.getScene() == null) {
            new Scene(new Group(node));
        }
        node.applyCss();
        node.autosize();
        node.layout();
        return node;
    }

    private static int argb(Color c) {
        return ((int) Math.round(c.getOpacity() * 255) << 24) | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }
}
