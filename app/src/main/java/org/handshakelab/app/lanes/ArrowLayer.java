package org.handshakelab.app.lanes;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.handshakelab.model.playback.InFlightSegment;
import org.handshakelab.model.playback.Playback;
import org.handshakelab.model.playback.SegmentLife;
import org.handshakelab.model.playback.TraceIndex;
import org.handshakelab.model.tcp.Side;

/**
 * The arrows of the lanes diagram: where each runs, where its label sits, and how it is drawn. An
 * arrow in view gets a node from a {@link NodePool} while it is in flight or selected, and always
 * in a lesson-sized trace; a long trace's landed arrows are painted once on a
 * {@link LandedArrowCanvas} instead, which the owner's mouse handlers pick on (a click selects, a
 * rest shows the same tooltip a node would).
 */
final class ArrowLayer {
    private static final double LABEL_HEIGHT = 17;
    /** How far from a painted arrow a click or hover still reaches it (the nodes' hit line is 14 px wide). */
    private static final double PICK_REACH = 7;

    /** Where the arrows are drawn this frame: the diagram's geometry and the y range in view (content coordinates). */
    record View(DiagramData data, TimeAxis axis, LanesText text, double scale, double cx, double sx, double top,
                double width, double height, double drawTop, double drawBottom) {
        /** The vertical distance between segments one side sends at the same millisecond. */
        double slotPx() {
            return DiagramData.SLOT_PX * scale;
        }
    }

    private final LanesViewModel model;
    private final Region owner;
    private final Group nodes = new Group();
    private final NodePool<ArrowNode> pool = new NodePool<>(nodes, this::newArrowNode, ArrowNode::styleKey);
    private final LandedArrowCanvas landed = new LandedArrowCanvas();
    /**
     * Made on the first hover over a painted arrow: a tooltip is a popup window, and building the
     * first one (its class, behaviour and window) was half of building the lanes view at start-up.
     */
    private Tooltip landedTooltip;
    private int landedTooltipArrow = -1;
    /** What the painted arrows were last drawn with: when any of it changes, the canvas is invalidated. */
    private double landedCx = Double.NaN;
    private double landedSx = Double.NaN;
    private double landedPxPerMs = Double.NaN;
    private int landedSelected = Integer.MIN_VALUE;
    private int landedCur = Integer.MAX_VALUE;
    private double[] landedLabels;
    /** Per arrow, where along it its label sits, NaN for none; chosen per zoom and width by {@link LabelPlacer}. */
    private double[] labelAt = new double[0];
    private double[] labelsFor = new double[0];
    private final double[] line = new double[4];
    private View view;

    ArrowLayer(LanesViewModel model, Region owner) {
        this.model = model;
        this.owner = owner;
        model.visibleArrows().addListener((ListChangeListener<ArrowInfo>) c -> {
            while (c.next()) {
                // arrows being added is playback going on; an arrow already painted that changes
                // (new labels, a language, numbering) means painting them all again
                if (!c.wasAdded() || c.wasRemoved()) {
                    int end = c.getFrom() + Math.max(c.getRemovedSize(), c.getAddedSize());
                    if (landed.anyDrawn(c.getFrom(), end)) {
                        landed.invalidate();
                    }
                }
            }
        });
        owner.addEventHandler(MouseEvent.MOUSE_CLICKED, this::selectPainted);
        owner.addEventHandler(MouseEvent.MOUSE_MOVED, this::describePainted);
    }

    /** The layers to put in the diagram's content, bottom to top. */
    List<Node> layers() {
        return List.of(landed, nodes, landed.prototypes());
    }

    /** Forgets everything drawn: another playback. */
    void clear() {
        pool.clear();
        landed.reset();
        labelsFor = new double[0];
        view = null;
    }

    /**
     * Gets a long trace ready to play, when it is opened: the canvas learns the look of every arrow
     * style in it, and the pool gets spare nodes of each style, already styled. Made on demand,
     * the first second of playing a bulk transfer created and styled them, ~28 MB of CSS garbage
     * and most of that second's long frames (BENCHMARKS.md section 2). How many: {@value #PREWARM_NODES}
     * in all, shared in proportion to how many segments of each style the trace has (at least one of
     * each). Only the arrows in view get nodes: 58 at most while the 5,000-segment benchmark lesson
     * plays, though over 600 of its segments are in flight at once at its peak.
     */
    void prewarm(DiagramData data) {
        if (!data.longTrace) {
            return;
        }
        List<SegmentLife> segments = data.index.segments();
        // the first segments tell the mix of styles well enough, and the count stays short on the FX
        // thread however long the trace (a capture's conversation may have hundreds of thousands)
        int n = Math.min(segments.size(), PREWARM_COUNTED_SEGMENTS);
        int[] count = new int[ArrowNode.STYLE_KEYS];
        int[] example = new int[ArrowNode.STYLE_KEYS];
        for (int k = 0; k < n; k++) {
            SegmentLife life = segments.get(k);
            int style = ArrowNode.styleKey(data.kindClass[k], life.retransmission(), life.dropped(), life.discarded(),
                    false);
            count[style]++;
            example[style] = k;
        }
        int key = -1; // keys no arrow has: the nodes go back to the pool as spares at once
        for (int style = 0; style < ArrowNode.STYLE_KEYS; style++) {
            if (count[style] == 0) {
                continue;
            }
            SegmentLife life = segments.get(example[style]);
            String kind = data.kindClass[example[style]];
            landed.prototype(style, kind, life.retransmission(), life.dropped(), life.discarded());
            for (int j = (int) Math.ceil((double) count[style] * PREWARM_NODES / n); j > 0; j--) {
                pool.acquire(key--, style).style(kind, life.retransmission(), life.dropped(), life.discarded(),
                        true, false);
            }
        }
        pool.endFrame(); // shown
        pool.endFrame(); // not shown again: spares, by style
    }

    private static final int PREWARM_NODES = 64;
    /** At most this many segments, from the start, are counted. */
    private static final int PREWARM_COUNTED_SEGMENTS = 50_000;
    /**
     * Passes over the arrows in a frame at most: one, and one more each time the canvas widens. It
     * widens to what the arrow needs and a slack, and at most to the diagram's width, so a few do.
     */
    private static final int MAX_PASSES = 4;

    /** How many arrow nodes exist (shown or kept for reuse): bounded by what fits on screen. */
    int nodeCount() {
        return pool.size();
    }

    LandedArrowCanvas canvas() {
        return landed;
    }

    /**
     * Places every arrow's label once per zoom, width and numbering (not per frame, and the same
     * whatever has been played), so labels neither flicker while scrolling nor move when stepping.
     */
    void placeLabels(DiagramData data, TimeAxis axis, double cx, double sx, double scale) {
        if (labelsFor.length == 4 && labelsFor[0] == cx && labelsFor[1] == sx && labelsFor[2] == axis.pxPerMs()
                && labelsFor[3] == numbering() && labelAt.length == data.index.segments().size()) {
            return;
        }
        List<SegmentLife> segments = data.index.segments();
        int n = segments.size();
        double[] x0 = new double[n];
        double[] y0 = new double[n];
        double[] x1 = new double[n];
        double[] y1 = new double[n];
        double[] widths = new double[n];
        for (int k = 0; k < n; k++) {
            lineOf(data, axis, DiagramData.SLOT_PX * scale, k, cx, sx, line);
            x0[k] = line[0];
            y0[k] = line[1];
            x1[k] = line[2];
            y1[k] = line[3];
            // monospaced label: about 0.6 em a character, plus padding and a "↻ " for retransmissions
            int chars = model.labelOf(k).length() + (segments.get(k).retransmission() ? 2 : 0);
            widths[k] = (chars * 0.6 * 13 * 0.95 + 8) * scale;
        }
        double height = LABEL_HEIGHT * scale;
        labelAt = LabelPlacer.place(x0, y0, x1, y1, widths, height);
        labelsFor = new double[] {cx, sx, axis.pxPerMs(), numbering()};
        if (!data.longTrace) {
            return; // no canvas to size
        }
        // how far the labels reach beyond the lanes, by the same estimate: the canvas starts that wide
        double overhang = 0;
        for (int k = 0; k < n; k++) {
            if (!Double.isNaN(labelAt[k])) {
                LabelSpot spot = LabelSpot.along(x0[k], y0[k], x1[k] - x0[k], y1[k] - y0[k], labelAt[k], widths[k],
                        height, true);
                double half = spot.halfWidth(widths[k], height);
                overhang = Math.max(overhang,
                        Math.max(Math.min(cx, sx) - (spot.cx() - half), spot.cx() + half - Math.max(cx, sx)));
            }
        }
        landed.expectOverhang(overhang + LandedArrowCanvas.WIDEN_SLACK);
    }

    private double numbering() {
        return model.absoluteNumbersProperty().get() ? 1 : 0;
    }

    /** Draws the arrows of events {@code iMin} to {@code iMax} (and those still in flight from before) in {@code v}. */
    void draw(View v, Playback playback, int cur, int iMin, int iMax) {
        view = v;
        TraceIndex ix = v.data().index;
        List<ArrowInfo> infos = model.visibleArrows();
        int revealed = Math.min(ix.segmentsSentBy(cur), infos.size());
        Integer selected = model.selectedSegmentIdProperty().get();
        int selectedId = selected == null ? -1 : selected;
        if (v.data().longTrace) {
            if (v.cx() != landedCx || v.sx() != landedSx || v.axis().pxPerMs() != landedPxPerMs
                    || selectedId != landedSelected || cur < landedCur || labelAt != landedLabels) {
                landed.invalidate(); // moved, re-selected, relabelled, or stepped back (arrows un-land)
                landedCx = v.cx();
                landedSx = v.sx();
                landedPxPerMs = v.axis().pxPerMs();
                landedSelected = selectedId;
                landedLabels = labelAt;
            }
            landedCur = cur;
            landed.begin(v.cx(), v.sx(), v.width(), v.height(), v.top());
        } else {
            landed.reset();
        }
        // again if the canvas had to widen for an arrow reaching beyond it, which cleared it (its
        // bands only span the lanes and what the arrows need); each time it widens further
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            if (iMin >= 0) {
                ix.forEachSegmentInFlight(iMin, k -> {
                    if (k < revealed) {
                        drawArrow(v, playback, k, infos.get(k), cur, selectedId);
                    }
                });
            }
            for (int k = ix.segmentsSentBy(iMin), end = Math.min(revealed, ix.segmentsSentBy(iMax)); k < end; k++) {
                drawArrow(v, playback, k, infos.get(k), cur, selectedId);
            }
            if (!landed.takeWidened()) {
                break;
            }
        }
        pool.endFrame();
    }

    private void drawArrow(View v, Playback playback, int k, ArrowInfo info, int cur, int selectedId) {
        DiagramData data = v.data();
        SegmentLife life = data.index.segments().get(k);
        lineOf(data, v.axis(), v.slotPx(), k, v.cx(), v.sx(), line);
        double x0 = line[0];
        double y0 = line[1];
        double x1 = line[2];
        double y1 = line[3];
        boolean flying = life.endIndex() > cur;
        // Segments sent in the same millisecond are stacked below one another, so an arrow whose time
        // is in view may lie far below it (a burst of hundreds, during a loss); it is not drawn then.
        double trackEnd = flying && life.dropped() ? 2 * y1 - y0 : y1;
        if (y0 > v.drawBottom() || trackEnd < v.drawTop()) {
            return;
        }
        ArrowNode.End end = info.dropped() ? ArrowNode.End.LOST
                : info.discarded() ? ArrowNode.End.DISCARDED : ArrowNode.End.HEAD;
        String mark = end == ArrowNode.End.LOST ? "✕" : "⊘";
        boolean selected = life.id() == selectedId;
        if (!flying && !selected && data.longTrace) {
            if (landed.needsDrawing(k)) { // painted arrows cost nothing per frame after this
                String shown = shownLabel(info);
                int style = ArrowNode.styleKey(data.kindClass[k], info.retransmission(), info.dropped(), info.discarded(),
                        false);
                landed.prototype(style, data.kindClass[k], info.retransmission(), info.dropped(), info.discarded());
                landed.draw(k, style, x0, y0, x1, y1, end, shown, mark, labelAt[k]);
            }
            return; // painted: no node
        }
        String shown = shownLabel(info);
        ArrowNode node = pool.acquire(k, ArrowNode.styleKey(data.kindClass[k], info.retransmission(), info.dropped(),
                info.discarded(), selected));
        node.segmentId = life.id();
        node.style(data.kindClass[k], info.retransmission(), info.dropped(), info.discarded(), flying, selected);
        double at = labelAt[k];
        node.place(x0, y0, x1, y1, flying ? progressOf(playback, life) : 1.0, end, shown, mark,
                Double.isNaN(at) ? (selected ? LabelPlacer.POSITIONS[0] : Double.NaN) : at, data.longTrace,
                data.longTrace && model.quickPlaybackProperty().get());
        if (node.needsDescription(info, flying, v.text())) { // ArrowInfo records are replaced when they change
            node.tooltip(info, flying, v.text(), describe(v.text(), life, info, flying));
        }
    }

    /** The label an arrow shows: a retransmission's is marked ↻. */
    private static String shownLabel(ArrowInfo info) {
        return info.retransmission() ? "↻ " + info.label() : info.label();
    }


    /**
     * Where arrow {@code k} runs, in content coordinates, into {@code out}: x0, y0 (sent), x1, y1
     * (arrived, or where it was lost: half-way across, as SegmentDropped comes at half the
     * latency). Segments one side sends in the same millisecond are stacked below one another.
     */
    private static void lineOf(DiagramData data, TimeAxis axis, double slotPx, int k, double cx, double sx,
                               double[] out) {
        SegmentLife life = data.index.segments().get(k);
        boolean fromClient = life.sender() == Side.CLIENT;
        double offset = data.slot[k] * slotPx;
        double x0 = fromClient ? cx : sx;
        double xr = fromClient ? sx : cx;
        out[0] = x0;
        out[1] = axis.y(life.sentAt()) + offset;
        out[2] = life.dropped() ? (x0 + xr) / 2 : xr;
        out[3] = axis.y(life.endsAt()) + offset;
    }

    /** Where arrow {@code k} runs in the owner's coordinates, as last drawn (x0, y0, x1, y1), for tests. */
    double[] lineInView(int k) {
        double[] out = new double[4];
        lineOf(view.data(), view.axis(), view.slotPx(), k, view.cx(), view.sx(), out);
        out[1] -= view.top();
        out[3] -= view.top();
        return out;
    }

    private ArrowNode newArrowNode() {
        ArrowNode node = new ArrowNode();
        node.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (node.segmentId >= 0) {
                model.selectedSegmentIdProperty().set(node.segmentId);
                owner.requestFocus();
                e.consume();
            }
        });
        return node;
    }

    /** A click on a painted arrow selects it, as a click on an arrow node does. */
    private void selectPainted(MouseEvent e) {
        int k = e.isConsumed() || view == null ? -1 : landed.arrowAt(e.getX(), e.getY(), PICK_REACH);
        if (k >= 0) {
            model.selectedSegmentIdProperty().set(view.data().index.segments().get(k).id());
            owner.requestFocus();
            e.consume();
        }
    }

    /** The pointer over a painted arrow gets its tooltip, as over an arrow node. */
    private void describePainted(MouseEvent e) {
        int k = view == null ? -1 : landed.arrowAt(e.getX(), e.getY(), PICK_REACH);
        if (k == landedTooltipArrow) {
            return;
        }
        landedTooltipArrow = k;
        if (k < 0) {
            if (landedTooltip != null) {
                Tooltip.uninstall(owner, landedTooltip);
            }
            return;
        }
        if (landedTooltip == null) {
            landedTooltip = new Tooltip();
        }
        landedTooltip.setText(describe(view.text(), view.data().index.segments().get(k), model.visibleArrows().get(k),
                false));
        Tooltip.install(owner, landedTooltip);
    }

    private static double progressOf(Playback playback, SegmentLife life) {
        for (InFlightSegment s : playback.inFlight()) {
            if (s.id() == life.id()) {
                return s.progress();
            }
        }
        return 0;
    }

    private static String describe(LanesText text, SegmentLife life, ArrowInfo info, boolean flying) {
        StringBuilder b = new StringBuilder(info.label());
        if (info.retransmission()) {
            b.append('\n').append(text.get("arrow.retransmission"));
        }
        if (life.duplicate()) {
            b.append('\n').append(text.get("arrow.duplicate"));
        }
        if (flying) {
            b.append('\n').append(text.get("arrow.inFlight"));
        }
        if (info.dropped()) {
            b.append('\n').append(life.note() == null ? text.get("arrow.lost")
                    : text.format("arrow.lostBecause", life.note()));
        }
        if (info.discarded()) {
            b.append('\n').append(text.get("arrow.discarded")).append(": ")
                    .append(text.get("discard." + life.discardReason().name()));
            if (life.note() != null && !life.note().isEmpty()) {
                b.append(" (").append(life.note()).append(')');
            }
        }
        return b.toString();
    }
}
