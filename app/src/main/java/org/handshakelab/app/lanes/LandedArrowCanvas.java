package org.handshakelab.app.lanes;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The arrows of a long trace that have landed, painted once into bitmaps the size of the view.
 *
 * <p>Why: while a bulk transfer plays, dozens of segments are in flight at once, spread over the
 * whole page; JavaFX merges their many small dirty rectangles into a few large ones, and repaints
 * every node inside them. With an arrow a node (line, head, label), that was 300 to 550 nodes per
 * frame and 20 to 45 ms of software rendering (BENCHMARKS.md section 2). Here a landed arrow is drawn
 * once, when it lands, and each frame only copies bitmaps; the arrows in flight and the selected
 * one stay nodes above them. The view is cleared and drawn again only when it changes: a scroll, a
 * zoom, a step back in time, another selection, new labels or a new theme. A page turn by whole bands
 * keeps the bands still in view and moves them up ({@link #begin}).
 *
 * <p>The bands span the lanes and what the arrows reach beyond them (heads, marks, labels), not the
 * diagram's whole width: the renderer copies every pixel of a band in each repaint of the area it
 * covers, transparent or not, and the arrows keep to the lanes (BENCHMARKS.md section 2).
 *
 * <p>What each style of arrow looks like is read from an {@link ArrowNode} the stylesheets have
 * styled ({@link ArrowPaint}), so the canvas draws what the node would, in every theme.
 */
final class LandedArrowCanvas extends Group {
    /**
     * The view is cut into bands this tall, each its own canvas: JavaFX repaints a changed canvas
     * whole, so an arrow landing marks only the bands it reaches as changed. An arrow is drawn into
     * each band it reaches, so {@link #draw} works out which those are as tightly as it can. Every
     * band is this tall, the last one reaching below the view, so that any band can take any place.
     */
    static final double BAND_HEIGHT = 64;
    /** Extra width taken whenever the bands must widen, so that the next label reaching a little further fits. */
    static final double WIDEN_SLACK = 16;
    private Canvas[] bands = new Canvas[0];
    /**
     * Bands from this index on were cleared by this frame's {@link #begin} while the ones above kept
     * what they show: arrows already drawn are drawn again into these only. The band count when
     * there are none.
     */
    private int freshFrom;
    /** The bands' left edge, width and height (content coordinates). */
    private double left;
    private double width;
    private double height;
    /** The lanes' x, the diagram's width, for working out the bands' span. */
    private double laneLeft;
    private double laneRight;
    private double viewWidth;
    /**
     * How far beyond the lanes the bands reach, on each side: what the owner expects the labels to
     * need ({@link #expectOverhang}), grown by {@link #draw} when an arrow reaches further.
     */
    private double overhang;
    private double expectedOverhang;
    /** The bands were widened (and cleared) while drawing this frame: every arrow must be drawn again. */
    private boolean widened;
    private final Group prototypes = new Group();
    private final Map<Integer, ArrowNode> prototypeByStyle = new HashMap<>();
    private final Map<Integer, ArrowPaint> paintByStyle = new HashMap<>();
    private final BitSet drawn = new BitSet();
    private final Text measure = new Text();
    /** The label being drawn, measured once for all the bands it reaches. */
    private double labelWidth;
    private double labelHeight;
    private LabelSpot labelSpot;
    private double top = Double.NaN;
    /** What is painted no longer matches what would be painted now: clear it at the next {@link #begin}. */
    private boolean stale = true;
    /** Per drawn arrow, for picking: its index and its line from (x0,y0) to (x1,y1) in view coordinates. */
    private int[] arrows = new int[256];
    private double[] lines = new double[256 * 4];
    private int count;

    LandedArrowCanvas() {
        setMouseTransparent(true); // LanesDiagram picks: see arrowAt
        setManaged(false);
        // styled but never seen: the stylesheets give them the look the canvas copies
        prototypes.setOpacity(0);
        prototypes.setMouseTransparent(true);
        prototypes.setManaged(false);
        prototypes.setLayoutX(-10_000);
    }

    /** The prototypes' group: it must be in the scene (under the lanes view) for CSS to style them. */
    Group prototypes() {
        return prototypes;
    }

    /**
     * Says that what an arrow's drawing depends on has changed (lane positions, zoom, selection,
     * labels, the time going back): the next {@link #begin} clears everything, and every landed
     * arrow in view is drawn again.
     */
    void invalidate() {
        stale = true;
    }

    /**
     * How far beyond the lanes the owner expects arrows to reach (their labels, estimated): the bands
     * start that wide, so that widening in {@link #draw} is rare.
     */
    void expectOverhang(double pixels) {
        expectedOverhang = pixels;
    }

    /**
     * Starts a frame showing the content from {@code top} down, {@code viewWidth} x {@code height},
     * with the lanes at {@code laneA} and {@code laneB}.
     * A new size, a scroll, a new look of the arrows (a theme) or {@link #invalidate} clears it.
     * A move down by whole bands (a page turn, {@link LanesDiagram}) keeps the bands still in view:
     * they move up, and only the bands coming in are cleared. Redrawing the arrows still in view
     * was close to half of the renderer's work in a page turn (BENCHMARKS.md section 2).
     */
    void begin(double laneA, double laneB, double viewWidth, double height, double top) {
        checkStyles();
        widened = false;
        freshFrom = bands.length;
        double down = top - this.top;
        laneLeft = Math.min(laneA, laneB);
        laneRight = Math.max(laneA, laneB);
        this.viewWidth = viewWidth;
        overhang = Math.max(overhang, expectedOverhang);
        double newLeft = spanLeft();
        double newWidth = spanRight() - newLeft;
        if (newLeft != left || newWidth != width || height != this.height) {
            makeBands(newLeft, newWidth, height);
            drawn.clear();
            count = 0;
        } else if (!stale && down > 0 && down % BAND_HEIGHT == 0 && down < bands.length * BAND_HEIGHT) {
            moveUp((int) (down / BAND_HEIGHT));
            forgetAbove(top);
        } else if (down != 0 || stale) {
            for (Canvas band : bands) {
                clear(band);
            }
            drawn.clear();
            count = 0;
        } else {
            return;
        }
        setLayoutY(top);
        this.top = top;
        stale = false;
    }

    /** Moves every band {@code shift} places up; those that leave at the top come in at the bottom, cleared. */
    private void moveUp(int shift) {
        Canvas[] moved = new Canvas[bands.length];
        for (int i = 0; i < bands.length; i++) {
            moved[i] = bands[(i + shift) % bands.length];
            moved[i].setLayoutY(i * BAND_HEIGHT);
        }
        bands = moved;
        freshFrom = bands.length - shift;
        for (int i = freshFrom; i < bands.length; i++) {
            clear(bands[i]);
        }
    }

    private static void clear(Canvas band) {
        band.getGraphicsContext2D().clearRect(0, 0, band.getWidth(), band.getHeight());
    }

    private double spanLeft() {
        return Math.max(0, Math.floor(laneLeft - overhang));
    }

    private double spanRight() {
        return Math.max(spanLeft(), Math.min(viewWidth, Math.ceil(laneRight + overhang)));
    }

    private void makeBands(double left, double width, double height) {
        this.left = left;
        this.width = width;
        this.height = height;
        setLayoutX(left);
        int n = (int) Math.ceil(height / BAND_HEIGHT);
        bands = new Canvas[n];
        for (int i = 0; i < n; i++) {
            bands[i] = new Canvas(width, BAND_HEIGHT);
            bands[i].setLayoutY(i * BAND_HEIGHT);
        }
        getChildren().setAll(bands);
    }

    /** Clears and forgets everything (no trace, or a lesson-sized trace drawn with nodes). */
    void reset() {
        if (bands.length > 0) {
            bands = new Canvas[0];
            getChildren().clear();
            left = 0;
            width = 0;
            height = 0;
        }
        overhang = 0;
        expectedOverhang = 0;
        drawn.clear();
        count = 0;
        stale = true;
    }

    /** Whether any arrow from {@code from} (inclusive) to {@code to} (exclusive) is on the canvas. */
    boolean anyDrawn(int from, int to) {
        int next = drawn.nextSetBit(from);
        return next >= 0 && next < to;
    }

    /** Whether arrow {@code k} is on the canvas already. */
    boolean has(int k) {
        return drawn.get(k);
    }

    /**
     * Whether {@link #draw} has anything to do for arrow {@code k} this frame: it is not on the
     * canvas yet, or bands came in at the bottom that it may reach.
     */
    boolean needsDrawing(int k) {
        return !drawn.get(k) || freshFrom < bands.length;
    }

    /**
     * Whether the bands were widened while drawing this frame ({@link #draw}): they were cleared then,
     * so the owner must draw every arrow in view again, this frame. Reading it resets it.
     */
    boolean takeWidened() {
        boolean was = widened;
        widened = false;
        return was;
    }

    /**
     * Draws landed arrow {@code k} (content coordinates), as {@link ArrowNode#place} lays out a landed
     * arrow: the line, a head unless it was lost, the ✕ or ⊘ mark, and the label where
     * {@link LabelSpot} puts it (level above a shallow arrow, else turned along it).
     * An arrow reaching beyond the bands' sides widens them instead, clearing them: it is not drawn,
     * and {@link #takeWidened} tells the owner to draw everything again.
     */
    void draw(int k, int style, double x0, double y0, double x1, double y1, ArrowNode.End end, String label,
              String markText, double labelAt) {
        ArrowPaint paint = paintByStyle.get(style);
        if (paint == null) {
            throw new IllegalStateException("no prototype for style " + style + ": call prototype() first");
        }
        boolean labelled = !Double.isNaN(labelAt);
        if (labelled) {
            measure.setFont(paint.labelFont());
            measure.setText(label);
            var pad = paint.labelPadding();
            labelWidth = Math.ceil(measure.getLayoutBounds().getWidth() + pad.getLeft() + pad.getRight());
            labelHeight = Math.ceil(measure.getLayoutBounds().getHeight() + pad.getTop() + pad.getBottom());
        }
        // Beyond its line an arrow reaches by its head or stroke, its mark (centred on the line), and
        // its label (just above the line; the box it is drawn in, turned or level).
        double reach = Math.max(ArrowNode.HEAD_HALF_WIDTH, paint.strokeWidth() / 2) + 2;
        if (end != ArrowNode.End.HEAD) {
            reach = Math.max(reach, 0.75 * paint.markFont().getSize() + 2);
        }
        double xMin = Math.min(x0, x1) - reach;
        double xMax = Math.max(x0, x1) + reach;
        double yMin = Math.min(y0, y1) - reach;
        double yMax = Math.max(y0, y1) + reach;
        if (labelled) {
            labelSpot = LabelSpot.along(x0, y0, x1 - x0, y1 - y0, labelAt, labelWidth, labelHeight, true);
            double halfWidth = labelSpot.halfWidth(labelWidth, labelHeight) + 1;
            double halfHeight = labelSpot.halfHeight(labelWidth, labelHeight) + 1;
            xMin = Math.min(xMin, labelSpot.cx() - halfWidth);
            xMax = Math.max(xMax, labelSpot.cx() + halfWidth);
            yMin = Math.min(yMin, labelSpot.cy() - halfHeight);
            yMax = Math.max(yMax, labelSpot.cy() + halfHeight);
        }
        if ((xMin < left && left > 0) || (xMax > left + width && left + width < viewWidth)) {
            widen(Math.max(laneLeft - xMin, xMax - laneRight));
            return;
        }
        // Drawn before (on bands that were kept): only the bands that came in may still need it.
        int firstBand = drawn.get(k) ? freshFrom : 0;
        if (firstBand == 0) {
            drawn.set(k);
            remember(k, x0, y0, x1, y1);
        }
        // Only the bands it reaches: each band an arrow is drawn into costs another rasterisation of it.
        double from = yMin - top;
        double to = yMax - top;
        for (int i = Math.max(firstBand, (int) (from / BAND_HEIGHT)); i < bands.length && i * BAND_HEIGHT < to; i++) {
            GraphicsContext g = bands[i].getGraphicsContext2D();
            g.save();
            g.translate(-left, -i * BAND_HEIGHT);
            drawArrow(g, paint, x0, y0 - top, x1, y1 - top, end, markText);
            if (labelled) {
                drawLabel(g, paint, label, labelSpot.cx(), labelSpot.cy() - top);
            }
            g.restore();
        }
    }

    /** Makes the bands reach {@code needed} beyond the lanes (and some more), cleared. */
    private void widen(double needed) {
        overhang = Math.max(overhang, Math.ceil(needed + WIDEN_SLACK));
        makeBands(spanLeft(), spanRight() - spanLeft(), height);
        freshFrom = bands.length;
        drawn.clear();
        count = 0;
        widened = true;
    }

    private void drawArrow(GraphicsContext g, ArrowPaint paint, double x0, double y0, double x1, double y1,
                           ArrowNode.End end, String markText) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double length = Math.max(1e-6, Math.hypot(dx, dy));
        double ux = dx / length;
        double uy = dy / length;
        boolean withHead = end != ArrowNode.End.LOST;
        g.setStroke(paint.stroke());
        g.setLineWidth(paint.strokeWidth());
        g.setLineCap(paint.cap());
        g.setLineDashes(paint.dashes().isEmpty() ? null : paint.dashArray());
        double endX = withHead ? x1 - ux * ArrowNode.HEAD_LENGTH * 0.8 : x1;
        double endY = withHead ? y1 - uy * ArrowNode.HEAD_LENGTH * 0.8 : y1;
        g.strokeLine(x0, y0, endX, endY);
        if (withHead) {
            double bx = x1 - ux * ArrowNode.HEAD_LENGTH;
            double by = y1 - uy * ArrowNode.HEAD_LENGTH;
            double w = ArrowNode.HEAD_HALF_WIDTH;
            g.setFill(paint.headFill());
            g.fillPolygon(new double[] {x1, bx - uy * w, bx + uy * w}, new double[] {y1, by + ux * w, by - ux * w}, 3);
        }
        if (end != ArrowNode.End.HEAD) {
            double back = end == ArrowNode.End.LOST ? 0 : ArrowNode.HEAD_LENGTH + 10;
            g.setFont(paint.markFont());
            g.setFill(paint.markFill());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(markText, x1 - ux * back, y1 - uy * back);
        }
    }

    /** The label centred at (cx, cy), turned as {@link #labelSpot} says: where ArrowNode places it. */
    private void drawLabel(GraphicsContext g, ArrowPaint paint, String label, double cx, double cy) {
        var pad = paint.labelPadding();
        double w = labelWidth;
        double h = labelHeight;
        g.save();
        g.translate(cx, cy);
        if (labelSpot.angle() != 0) {
            g.rotate(labelSpot.angle());
        }
        g.setFill(paint.labelBackground());
        double arc = 2 * paint.labelRadius();
        g.fillRoundRect(-w / 2, -h / 2, w, h, arc, arc);
        g.setFont(paint.labelFont());
        g.setFill(paint.labelFill());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(label, -w / 2 + pad.getLeft(), 0);
        g.restore();
    }

    /**
     * Makes sure arrows of {@code style} can be drawn: the first time, a prototype arrow styled that
     * way ({@code kind} etc. as {@link ArrowNode#style}) joins the prototypes and its look is read.
     */
    void prototype(int style, String kind, boolean retransmission, boolean dropped, boolean discarded) {
        if (prototypeByStyle.containsKey(style)) {
            return;
        }
        ArrowNode node = new ArrowNode();
        prototypes.getChildren().add(node);
        node.mark.getStyleClass().setAll(dropped ? "lost-mark" : "discard-mark");
        node.style(kind, retransmission, dropped, discarded, false, false); // applies the CSS now
        prototypeByStyle.put(style, node);
        paintByStyle.put(style, ArrowPaint.of(node));
    }

    /** A theme or zoom of text restyles the prototypes: then the canvas is drawn again in the new look. */
    private void checkStyles() {
        for (Map.Entry<Integer, ArrowNode> entry : prototypeByStyle.entrySet()) {
            ArrowNode node = entry.getValue();
            ArrowPaint paint = paintByStyle.get(entry.getKey());
            if (node.line.getStroke() != paint.stroke() || node.line.getStrokeWidth() != paint.strokeWidth()
                    || node.label.getFont() != paint.labelFont() || node.label.getTextFill() != paint.labelFill()
                    || node.head.getFill() != paint.headFill()) {
                paintByStyle.put(entry.getKey(), ArrowPaint.of(node));
                stale = true;
            }
        }
    }

    /** Forgets, for picking, the arrows that lie wholly above {@code top} (content coordinates). */
    private void forgetAbove(double top) {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (Math.max(lines[i * 4 + 1], lines[i * 4 + 3]) >= top) {
                arrows[kept] = arrows[i];
                System.arraycopy(lines, i * 4, lines, kept * 4, 4);
                kept++;
            }
        }
        count = kept;
    }

    /** Remembers where arrow {@code k} runs, in content coordinates, for picking. */
    private void remember(int k, double x0, double y0, double x1, double y1) {
        if (count == arrows.length) {
            arrows = Arrays.copyOf(arrows, count * 2);
            lines = Arrays.copyOf(lines, count * 8);
        }
        arrows[count] = k;
        lines[count * 4] = x0;
        lines[count * 4 + 1] = y0;
        lines[count * 4 + 2] = x1;
        lines[count * 4 + 3] = y1;
        count++;
    }

    /**
     * The index of the drawn arrow nearest to ({@code x}, {@code y}) in this canvas's coordinates, if
     * one passes within {@code reach} pixels; else -1.
     */
    int arrowAt(double x, double y, double reach) {
        int best = -1;
        double bestDistance = reach;
        double yContent = y + top;
        for (int i = 0; i < count; i++) {
            double d = distanceToSegment(x, yContent, lines[i * 4], lines[i * 4 + 1], lines[i * 4 + 2],
                    lines[i * 4 + 3]);
            if (d <= bestDistance) {
                bestDistance = d;
                best = arrows[i];
            }
        }
        return best;
    }

    static double distanceToSegment(double px, double py, double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / lengthSquared));
        return Math.hypot(px - (x0 + t * dx), py - (y0 + t * dy));
    }

    /** The bands' left edge, in content coordinates (tests). */
    double bandsLeft() {
        return left;
    }

    /** The bands, top to bottom (tests). */
    Canvas[] bands() {
        return bands;
    }

    /** How many arrows are on the canvas now (tests). */
    int drawnCount() {
        return drawn.cardinality();
    }
}
