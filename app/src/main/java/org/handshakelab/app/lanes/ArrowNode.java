package org.handshakelab.app.lanes;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;

/**
 * The drawing of one segment, reused for other segments as the view scrolls (see LanesDiagram).
 * Style classes: {@code arrow} plus the kind ({@code arrow-syn}, {@code arrow-ack},
 * {@code arrow-data}, {@code arrow-fin}, {@code arrow-rst}) and {@code retransmission},
 * {@code dropped}, {@code discarded}, {@code selected} as they apply. A segment still on the wire is
 * drawn fainter by code, not by a style class: every arrow lands, and a style class change makes
 * JavaFX recompute the CSS of the arrow and all its parts.
 */
final class ArrowNode extends Group {
    static final double HEAD_LENGTH = 12;
    static final double HEAD_HALF_WIDTH = 5.5;
    /** The track of a segment still on the wire is drawn at half opacity (it must still show on the projector theme); solid once it lands. */
    static final double IN_FLIGHT_OPACITY = 0.5;

    final Line hit = new Line();
    final Line line = new Line();
    final Polygon head = new Polygon(0, 0, 0, 0, 0, 0);
    final Label label = new Label();
    final Label mark = new Label();
    final Circle glyph = new Circle(6.5);
    /** Made on the first hover: a tooltip is a popup window, costly to build for every pooled arrow. */
    private Tooltip tooltip;
    private String tooltipText = "";
    private String styleKind = "";
    private int styleFlags = -1;
    private Object describedInfo;
    private Object describedIn;
    private boolean describedFlying;
    private boolean restyled = true;
    /**
     * The dashes the stylesheet gives the line, kept while a long trace's track in flight is drawn
     * solid (see {@link #place}); null when the line shows them.
     */
    private List<Double> styledDashes;
    private double headX = Double.NaN;
    private double headY = Double.NaN;
    private double headUx = Double.NaN;
    private double headUy = Double.NaN;
    int segmentId = -1;

    ArrowNode() {
        hit.getStyleClass().add("arrow-hit");
        line.getStyleClass().add("arrow-line");
        head.getStyleClass().add("arrow-head");
        label.getStyleClass().add("arrow-label");
        glyph.getStyleClass().add("packet-glyph");
        label.setMouseTransparent(false);
        // invisible but still picked: opacity 0 skips rasterising its wide transparent stroke every frame
        hit.setOpacity(0);
        line.setMouseTransparent(true);
        head.setMouseTransparent(true);
        glyph.setMouseTransparent(true);
        // Drawn once into a bitmap and moved as one (by its translation, see place): a dense burst has
        // a hundred or more glyphs moving at once, and rasterising each filled and outlined circle
        // again every frame cost the software renderer several times as much as copying it
        // (scripts/bench-render-cost.sh: 13-23 against 1.5-3.3 µs a glyph).
        glyph.setCache(true);
        mark.setMouseTransparent(true);
        getChildren().addAll(hit, line, head, mark, glyph, label);
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> ensureTooltip()); // its hit line or its label
        getStyleClass().add("arrow");
    }

    /**
     * A number for the style classes these arguments give, so that NodePool can hand an arrow a
     * node already styled like it: equal numbers mean equal classes.
     */
    static int styleKey(String kind, boolean retransmission, boolean dropped, boolean discarded, boolean selected) {
        int flags = (retransmission ? 1 : 0) | (dropped ? 2 : 0) | (discarded ? 4 : 0) | (selected ? 8 : 0);
        return KINDS.indexOf(kind) * 16 + flags;
    }

    private static final List<String> KINDS = List.of("arrow-syn", "arrow-ack", "arrow-data", "arrow-fin", "arrow-rst");
    /** How many {@link #styleKey}s there are: every key is at least 0 and below this. */
    static final int STYLE_KEYS = KINDS.size() * 16;

    /** The {@link #styleKey} of the classes set now; -1 before the first {@link #style} call. */
    int styleKey() {
        return styleFlags < 0 ? -1 : styleKey(styleKind, (styleFlags & 1) != 0, (styleFlags & 2) != 0,
                (styleFlags & 4) != 0, (styleFlags & 8) != 0);
    }

    /** Sets the style classes, touching the list only when they differ from the last call. */
    void style(String kind, boolean retransmission, boolean dropped, boolean discarded, boolean inFlight,
               boolean selected) {
        line.setOpacity(inFlight ? IN_FLIGHT_OPACITY : 1);
        int flags = (retransmission ? 1 : 0) | (dropped ? 2 : 0) | (discarded ? 4 : 0) | (selected ? 8 : 0);
        if (flags == styleFlags && kind.equals(styleKind)) {
            return;
        }
        styleFlags = flags;
        styleKind = kind;
        restyled = true;
        List<String> classes = new java.util.ArrayList<>(6);
        classes.add("arrow");
        classes.add(kind);
        if (retransmission) {
            classes.add("retransmission");
        }
        if (dropped) {
            classes.add("dropped");
        }
        if (discarded) {
            classes.add("discarded");
        }
        if (selected) {
            classes.add("selected");
        }
        solidTrack(false); // the stylesheet's dashes back first, so that the new style starts from them
        getStyleClass().setAll(classes);
        // now, not at the next pulse's CSS pass: this runs during layout, after this pulse's CSS
        // pass, so the arrow would otherwise be drawn once in its old (or no) style
        applyCss();
    }

    /** True when the tooltip must be rewritten: the arrow shows another {@code info}, flight state or language. */
    boolean needsDescription(Object info, boolean flying, Object language) {
        return info != describedInfo || flying != describedFlying || language != describedIn;
    }

    void tooltip(Object info, boolean flying, Object language, String text) {
        describedInfo = info;
        describedIn = language;
        describedFlying = flying;
        tooltipText = text;
        if (tooltip != null && !text.equals(tooltip.getText())) {
            tooltip.setText(text);
        }
    }

    /** Installs the tooltip (once); it shows after the pointer rests, as an installed one always does. */
    private void ensureTooltip() {
        if (tooltip == null) {
            tooltip = new Tooltip(tooltipText);
            // on the arrow, not on its label: a tooltip takes the font of the node it is installed on,
            // and the label's is monospaced, which has no Hangul of its own (KoreanTest)
            Tooltip.install(this, tooltip);
        }
    }

    /** The tooltip's text (kept even before the tooltip itself exists). */
    String tooltipText() {
        return tooltipText;
    }

    /**
     * Lays the arrow out from (x0,y0) to (x1,y1). {@code progress} below 1 puts the packet glyph that
     * far along and draws the track faintly; {@code end} is what the finished arrow ends in: a head,
     * ✕, or head and ⊘.
     *
     * @param labelAt where along the arrow the label's centre goes (0 at the sender), NaN for no label
     * @param longTrace in a long trace a shallow arrow's label is written level ({@link LabelSpot})
     * @param solidInFlight the track in flight is drawn solid, its dashes showing once it lands (a long
     *                      trace played quickly: {@link LanesViewModel#quickPlaybackProperty()})
     */
    void place(double x0, double y0, double x1, double y1, double progress, End end, String text, String markText,
               double labelAt, boolean longTrace, boolean solidInFlight) {
        boolean labelled = !Double.isNaN(labelAt);
        label.setVisible(labelled);
        double tipX = x0 + (x1 - x0) * progress;
        double tipY = y0 + (y1 - y0) * progress;
        boolean flying = progress < 1;
        hit.setStartX(x0);
        hit.setStartY(y0);
        hit.setEndX(x1);
        hit.setEndY(y1);
        double dx = x1 - x0;
        double dy = y1 - y0;
        double length = Math.max(1e-6, Math.hypot(dx, dy));
        double ux = dx / length;
        double uy = dy / length;
        boolean withHead = !flying && end != End.LOST;
        if (flying) {
            // While the segment is on the wire its whole track is drawn, faintly, and only the packet
            // glyph moves: the line keeps its geometry until it lands, so a frame repaints the glyphs
            // rather than every growing line (a burst of segments in flight covers most of the page).
            // The track of a segment that will be lost still reaches the receiver's lane: the loss
            // shows when it happens, not before.
            boolean lost = end == End.LOST;
            line.setStartX(x0);
            line.setStartY(y0);
            line.setEndX(lost ? 2 * x1 - x0 : x1);
            line.setEndY(lost ? 2 * y1 - y0 : y1);
        } else {
            line.setStartX(x0);
            line.setStartY(y0);
            line.setEndX(withHead ? tipX - ux * HEAD_LENGTH * 0.8 : tipX);
            line.setEndY(withHead ? tipY - uy * HEAD_LENGTH * 0.8 : tipY);
        }
        head.setVisible(withHead);
        if (withHead && (x1 != headX || y1 != headY || ux != headUx || uy != headUy)) {
            // only when it moved: replacing the points, even with equal ones, repaints the head
            headX = x1;
            headY = y1;
            headUx = ux;
            headUy = uy;
            double bx = x1 - ux * HEAD_LENGTH;
            double by = y1 - uy * HEAD_LENGTH;
            head.getPoints().setAll(x1, y1, bx - uy * HEAD_HALF_WIDTH, by + ux * HEAD_HALF_WIDTH,
                    bx + uy * HEAD_HALF_WIDTH, by - ux * HEAD_HALF_WIDTH);
        }
        solidTrack(flying && solidInFlight);
        glyph.setVisible(flying);
        glyph.setTranslateX(tipX);
        glyph.setTranslateY(tipY);

        boolean showMark = !flying && end != End.HEAD;
        mark.setVisible(showMark);
        if (showMark) {
            String markClass = end == End.LOST ? "lost-mark" : "discard-mark";
            if (!mark.getStyleClass().contains(markClass)) {
                mark.getStyleClass().setAll(markClass);
                mark.applyCss();
            }
            mark.setText(markText);
            mark.autosize();
            // ✕ where it was lost; ⊘ on the arrow just before its head
            double mx = end == End.LOST ? x1 : x1 - ux * (HEAD_LENGTH + 10);
            double my = end == End.LOST ? y1 : y1 - uy * (HEAD_LENGTH + 10);
            mark.relocate(mx - mark.getWidth() / 2, my - mark.getHeight() / 2);
        }

        if (!labelled) {
            // dense traces leave most arrows unlabelled: skip the text, CSS and measuring of a hidden label
            return;
        }
        if (!text.equals(label.getText())) {
            label.setText(text);
            restyled = true;
        }
        if (restyled) { // measure with the font the style classes give (bold, italic, size)
            label.applyCss();
            restyled = false;
        }
        label.autosize();
        double w = label.getWidth();
        double h = label.getHeight();
        LabelSpot spot = LabelSpot.along(x0, y0, dx, dy, labelAt, w, h, longTrace);
        label.setRotate(spot.angle());
        label.relocate(spot.cx() - w / 2, spot.cy() - h / 2);
    }

    /**
     * Draws the line without its stylesheet's dashes, or gives them back. A dotted ACK track costs the
     * software renderer twice a solid one (scripts/bench-render-cost.sh), and a long trace has a
     * hundred or more in flight at once, each for a frame or two at 4x: too short to see its dots.
     * The kind still shows in flight by the glyph's colour, and by the dashes once the arrow lands.
     */
    private void solidTrack(boolean solid) {
        if (solid && styledDashes == null && !line.getStrokeDashArray().isEmpty()) {
            styledDashes = List.copyOf(line.getStrokeDashArray());
            line.getStrokeDashArray().clear();
        } else if (!solid && styledDashes != null) {
            line.getStrokeDashArray().setAll(styledDashes);
            styledDashes = null;
        }
    }

    /** What a finished arrow ends in. */
    enum End { HEAD, LOST, DISCARDED }
}
