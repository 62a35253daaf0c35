package org.handshakelab.app.lanes;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.handshakelab.model.playback.Playback;
import org.handshakelab.model.playback.TimerSpan;
import org.handshakelab.model.playback.TraceIndex;
import org.handshakelab.model.tcp.Side;

/**
 * The two lanes with time running down, drawn virtually: each layout pass works out the visible
 * time range from the scroll position and gives nodes (from {@link NodePool}s) only to the timers,
 * state changes and breaks that intersect it, and has the {@link ArrowLayer} draw the arrows in it,
 * so thousands of segments cost no more than the few dozen on screen. Work per frame is a few
 * binary searches plus what is visible.
 */
final class LanesDiagram extends Region {
    /**
     * Pixels per ms of normal time at zoom 1: a 50 ms one-way latency slopes 40 px, enough for an
     * answer's label to clear the arrow it answers.
     */
    static final double BASE_PX_PER_MS = 0.8;
    static final double TOP_PAD = 34;
    static final double BOTTOM_PAD = 70;
    /** Drawn beyond the viewport so that labels reaching into it are not cut. */
    private static final double OVERSCAN = 60;
    private static final double TIMER_GAP = 13;
    private static final double STATE_GAP = 30;
    /** A trace with more segments than this turns pages when following playback instead of scrolling. */
    static final int PAGE_TURN_SEGMENTS = 200;

    private final LanesViewModel model;
    private final ScrollBar scrollBar = new ScrollBar();
    /**
     * Everything that scrolls. It is unmanaged, so asking it for a layout (as playback does every
     * frame, through {@link #redraw}) lays out only this group: the split panes, boxes and bars
     * around the diagram are not laid out again for a moving playhead.
     */
    private final Group content = new Group() {
        @Override
        protected void layoutChildren() {
            if (redrawPending) {
                redrawNow();
            }
        }
    };
    private final Group laneLayer = new Group();
    private final Group breakLayer = new Group();
    private final Group timerLayer = new Group();
    private final Group stateLayer = new Group();
    private final Line clientLane = new Line();
    private final Line serverLane = new Line();
    private final Line playhead = new Line();
    private final Label playheadTime = new Label();
    private final Label emptyMessage = new Label();
    /** Never shown: its font is the inherited one, which scales the diagram's spacing (projector theme). */
    private final Label fontProbe = new Label("M");
    private double scale = 1;
    /** The y range drawn this frame (the viewport and its overscan), in content coordinates. */
    private double drawTop;
    private double drawBottom;
    private double keepTopTime = Double.NaN;
    private final Rectangle clip = new Rectangle();
    private final ArrowLayer arrows;
    private final NodePool<TimerNode> timers = new NodePool<>(timerLayer, TimerNode::new, TimerNode::styleKey);
    private final NodePool<StateMarkNode> states = new NodePool<>(stateLayer, StateMarkNode::new);
    private final NodePool<BreakNode> breaks = new NodePool<>(breakLayer, BreakNode::new);
    private final ReadOnlyDoubleWrapper clientLaneX = new ReadOnlyDoubleWrapper(this, "clientLaneX", 200);
    private final ReadOnlyDoubleWrapper serverLaneX = new ReadOnlyDoubleWrapper(this, "serverLaneX", 700);

    private DiagramData data;
    private TimeAxis axis;
    private LanesText text;
    /**
     * The words on each timer's bracket ("RTO 1 s") and on each break ("… 440 ms …"), made once per
     * language and trace, not in every frame (formatting them every frame was the largest allocation
     * left while a bulk transfer played, JFR).
     */
    private String[] timerNames = new String[0];
    private String[] breakLabels = new String[0];
    private long followedTime = Long.MIN_VALUE;
    private boolean adjustingScroll;
    private final InvalidationListener relayout = obs -> requestLayout();
    /** Playback moved (its time or its event): redraw the content, nothing else changes size. */
    private final InvalidationListener timeMoved = obs -> redraw();
    private boolean redrawPending;
    /** The geometry of the last full layout, which a redraw reuses. */
    private double laidOutHeight;
    private double laidOutUsable;
    private double laidOutCx;
    private double laidOutSx;

    LanesDiagram(LanesViewModel model) {
        this.model = model;
        getStyleClass().add("lanes-diagram");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.SCROLL_PANE);
        scrollBar.setOrientation(Orientation.VERTICAL);
        scrollBar.setMin(0);
        scrollBar.valueProperty().addListener(obs -> {
            if (!adjustingScroll) {
                requestLayout();
            }
        });
        clientLane.getStyleClass().addAll("lane-line", "client-lane");
        serverLane.getStyleClass().addAll("lane-line", "server-lane");
        laneLayer.getChildren().addAll(clientLane, serverLane);
        playhead.getStyleClass().add("playhead");
        playheadTime.getStyleClass().add("playhead-time");
        emptyMessage.getStyleClass().add("empty-message");
        arrows = new ArrowLayer(model, this);
        content.getChildren().addAll(laneLayer, breakLayer, timerLayer, stateLayer, playhead, playheadTime);
        content.getChildren().addAll(arrows.layers());
        content.setManaged(false);
        content.setAutoSizeChildren(false);
        fontProbe.setVisible(false);
        fontProbe.setManaged(false);
        getChildren().addAll(content, scrollBar, emptyMessage, fontProbe);
        setClip(clip);
        setMinSize(200, 150);

        model.playbackProperty().addListener((obs, old, now) -> attach(old, now));
        model.visibleArrows().addListener((ListChangeListener<ArrowInfo>) c -> redraw());
        model.zoomProperty().addListener(obs -> {
            if (axis != null) { // keep the time at the top of the view where it is
                keepTopTime = axis.time(scrollBar.getValue());
            }
            axis = null;
            requestLayout();
        });
        model.localeProperty().addListener(obs -> {
            text = null;
            requestLayout();
        });
        model.selectedSegmentIdProperty().addListener(relayout);
        model.quickPlaybackProperty().addListener(relayout); // tracks in flight solid or dashed
        model.followPlaybackProperty().addListener(obs -> {
            followedTime = Long.MIN_VALUE;
            requestLayout();
        });
        attach(null, model.playbackProperty().get());

        DiagramNavigation navigation = new DiagramNavigation(model, this);
        addEventHandler(KeyEvent.KEY_PRESSED, navigation::onKey);
        addEventHandler(ScrollEvent.SCROLL, navigation::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
    }

    /** The x of the client's lane in this region (the header centres on it). */
    ReadOnlyDoubleProperty clientLaneXProperty() {
        return clientLaneX.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty serverLaneXProperty() {
        return serverLaneX.getReadOnlyProperty();
    }

    /** How many arrow nodes exist (shown or kept for reuse): bounded by what fits on screen. */
    int arrowNodeCount() {
        return arrows.nodeCount();
    }

    /** The scroll position in px from the top of the diagram. */
    double scrollTop() {
        return scrollBar.getValue();
    }

    void scrollTo(double top) {
        scrollBar.setValue(Math.max(0, Math.min(scrollBar.getMax(), top)));
    }

    TimeAxis axis() {
        return axis;
    }

    /** The height of the whole diagram in px, or -1 before it has been laid out with a playback. */
    double contentHeight() {
        return axis == null || data == null ? -1 : axis.endY() + BOTTOM_PAD;
    }

    private void attach(Playback old, Playback now) {
        if (old != null) {
            old.timeProperty().removeListener(timeMoved);
            old.eventIndexProperty().removeListener(timeMoved);
            old.inFlight().removeListener(timeMoved);
        }
        arrows.clear();
        timers.clear();
        states.clear();
        breaks.clear();
        data = now == null ? null : new DiagramData(now);
        timerNames = new String[0];
        breakLabels = new String[0];
        if (data != null) {
            arrows.prewarm(data);
        }
        axis = null;
        followedTime = Long.MIN_VALUE;
        if (now != null) {
            now.timeProperty().addListener(timeMoved);
            // events at the same millisecond (a segment arrives, the state changes) move only the index
            now.eventIndexProperty().addListener(timeMoved);
            now.inFlight().addListener(timeMoved);
        }
        scrollTo(0);
        requestLayout();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        clip.setWidth(w);
        clip.setHeight(h);
        double barWidth = scrollBar.prefWidth(-1);
        scrollBar.resizeRelocate(w - barWidth, 0, barWidth, h);
        double usable = w - barWidth;
        double fontScale = Math.max(0.5, fontProbe.getFont().getSize() / 13.0);
        if (fontScale != scale) {
            scale = fontScale;
            axis = null;
        }
        // room beside each lane for its state changes ("→ SYN_RECEIVED") and timer brackets
        double margin = Math.min(usable * 0.3, Math.max(usable * 0.17, 190 * scale));
        double cx = margin;
        double sx = usable - margin;
        clientLaneX.set(cx);
        serverLaneX.set(sx);
        if (text == null) {
            text = new LanesText(model.localeProperty().get());
            setAccessibleText(text.get("diagram.accessible"));
            timerNames = new String[0];
            breakLabels = new String[0];
        }
        if (data == null) {
            content.setVisible(false);
            scrollBar.setVisible(false);
            emptyMessage.setVisible(true);
            emptyMessage.setText(text.get("diagram.empty"));
            emptyMessage.autosize();
            emptyMessage.relocate((w - emptyMessage.getWidth()) / 2, (h - emptyMessage.getHeight()) / 2);
            return;
        }
        content.setVisible(true);
        emptyMessage.setVisible(false);
        if (axis == null) {
            // Time grows with the square root of the text scale only: labels lie along their arrows,
            // so larger text needs a little more room, while a scale proportional to the text pushed
            // most of a lesson off a projector's screen (24 px text would nearly double it).
            double timeScale = BASE_PX_PER_MS * Math.sqrt(scale) * model.zoomProperty().get();
            axis = TimeAxis.of(data.activityTimes, timeScale, TOP_PAD * scale);
            breakLabels = new String[0];
            followedTime = Long.MIN_VALUE; // a new axis puts the playhead elsewhere: follow it again
        }
        laidOutHeight = h;
        laidOutUsable = usable;
        laidOutCx = cx;
        laidOutSx = sx;
        arrows.placeLabels(data, axis, cx, sx, scale);
        redrawNow();
    }

    /** Asks for the content to be redrawn in the next pulse, without a layout of the diagram or its parents. */
    private void redraw() {
        redrawPending = true;
        content.requestLayout();
    }

    /** Follows the playhead and draws what is in view, with the geometry of the last full layout. */
    private void redrawNow() {
        redrawPending = false;
        if (data == null || axis == null) {
            requestLayout(); // nothing laid out yet: a full layout draws
            return;
        }
        double h = laidOutHeight;
        Playback playback = data.playback;
        long now = playback.getTime();
        double contentHeight = axis.endY() + BOTTOM_PAD;
        adjustingScroll = true;
        try {
            scrollBar.setMax(Math.max(0, contentHeight - h));
            scrollBar.setVisible(contentHeight > h); // its width stays reserved: lanes do not jump
            scrollBar.setVisibleAmount(Math.min(contentHeight, h));
            scrollBar.setBlockIncrement(h * 0.8);
            scrollBar.setUnitIncrement(40);
            if (!Double.isNaN(keepTopTime)) {
                scrollBar.setValue(Math.max(0, Math.min(scrollBar.getMax(), axis.y(keepTopTime))));
                keepTopTime = Double.NaN;
            }
            if (model.followPlaybackProperty().get() && now != followedTime) {
                follow(axis.y(now), h);
            }
            followedTime = now;
        } finally {
            adjustingScroll = false;
        }
        // Whole pixels: at a fractional offset every bitmap in the content (the landed arrows' canvas
        // bands, cached backgrounds) is copied with bilinear filtering, slower and blurred.
        double top = Math.rint(scrollBar.getValue());
        content.setLayoutY(-top);
        draw(laidOutUsable, h, top, laidOutCx, laidOutSx, playback, now);
    }

    /**
     * Keeps the playhead between 10% and 85% of the height. A lesson-sized trace scrolls with it,
     * keeping the playhead at 85% so that as much of what already happened as fits stays in view,
     * like a textbook figure. A long one (more than {@value #PAGE_TURN_SEGMENTS} segments: a bulk
     * transfer, a capture) turns a page instead: the view jumps so that the playhead is at 25% and
     * then holds still. Scrolling moves every arrow, so each frame repaints the whole diagram; with
     * hundreds of arrows that no longer fits in a frame (BENCHMARKS.md section 2), while a still
     * view repaints only what changed (the playhead, the packets in flight). The choice is made per
     * trace, not per moment, so that playback does not switch between the two. A page turns by whole
     * bands of the landed arrows' canvas (the playhead lands within half a band of 25%), so the bands
     * still in view keep what is painted on them.
     */
    private void follow(double y, double h) {
        double top = scrollBar.getValue();
        if (y > top + 0.85 * h) {
            if (data.longTrace) {
                double band = LandedArrowCanvas.BAND_HEIGHT;
                top += Math.max(1, Math.round((y - 0.25 * h - top) / band)) * band;
            } else {
                top = y - 0.85 * h;
            }
        } else if (y < top + 0.1 * h) {
            top = y - 0.25 * h;
        }
        scrollBar.setValue(Math.max(0, Math.min(scrollBar.getMax(), top)));
    }

    private void draw(double width, double h, double top, double cx, double sx, Playback playback, long now) {
        TraceIndex ix = data.index;
        int cur = playback.getEventIndex();
        double yTop = top - OVERSCAN;
        double yBottom = top + h + OVERSCAN;
        drawTop = yTop;
        drawBottom = yBottom;
        long tMin = (long) Math.floor(axis.time(yTop - slotPx() * 4));
        long tMax = (long) Math.ceil(axis.time(yBottom));
        int iMin = ix.lastIndexAtOrBefore(tMin);
        int iMax = Math.min(ix.lastIndexAtOrBefore(tMax), cur);

        clientLane.setStartX(cx);
        clientLane.setEndX(cx);
        serverLane.setStartX(sx);
        serverLane.setEndX(sx);
        double laneTop = Math.max(0, yTop);
        double laneBottom = Math.min(axis.endY() + BOTTOM_PAD / 2, yBottom);
        clientLane.setStartY(laneTop);
        clientLane.setEndY(laneBottom);
        serverLane.setStartY(laneTop);
        serverLane.setEndY(laneBottom);

        for (int b = axis.firstBreakReaching(yTop); b < axis.breaks().size(); b++) {
            TimeAxis.Break br = axis.breaks().get(b);
            if (br.top() > yBottom) {
                break;
            }
            breaks.acquire(b).place(0, width, br.top(), br.bottom(), breakLabel(b, br));
        }
        breaks.endFrame();

        drawTimers(ix, cur, iMin, iMax, cx, sx);
        drawStates(cur, tMin, tMax, cx, sx);
        arrows.draw(new ArrowLayer.View(data, axis, text, scale, cx, sx, top, width, h, yTop, yBottom), playback, cur,
                iMin, iMax);

        double y = axis.y(now);
        playheadTime.setText(text.clock(now));
        playheadTime.autosize();
        playhead.setStartX(playheadTime.getWidth() + 12);
        playhead.setEndX(sx);
        playhead.setStartY(y);
        playhead.setEndY(y);
        playheadTime.relocate(6, y - playheadTime.getHeight() / 2);
        playheadTime.setVisible(cur >= 0);
        playhead.setVisible(cur >= 0);
    }

    private void drawTimers(TraceIndex ix, int cur, int iMin, int iMax, double cx, double sx) {
        int setSoFar = ix.timersSetBy(cur);
        if (iMin >= 0) {
            ix.forEachTimerRunning(iMin, k -> {
                if (k < setSoFar) {
                    drawTimer(ix, k, cur, cx, sx);
                }
            });
        }
        for (int k = ix.timersSetBy(iMin), end = ix.timersSetBy(iMax); k < end; k++) {
            drawTimer(ix, k, cur, cx, sx);
        }
        timers.endFrame();
    }

    private void drawTimer(TraceIndex ix, int k, int cur, double cx, double sx) {
        TimerSpan span = ix.timers().get(k);
        boolean running = span.endIndex() > cur;
        long end = running ? span.expiresAt() : span.endedAt();
        boolean client = span.side() == Side.CLIENT;
        TimerNode node = timers.acquire(k, TimerNode.styleKey(span.kind()));
        node.style(span.kind(), running);
        String name = timerName(k, span);
        node.place(client ? cx - TIMER_GAP * scale : sx + TIMER_GAP * scale, axis.y(span.setAt()), axis.y(end), client ? 1 : -1, name);
    }

    private String timerName(int k, TimerSpan span) {
        if (timerNames.length != data.index.timers().size()) {
            timerNames = new String[data.index.timers().size()];
        }
        if (timerNames[k] == null) {
            timerNames[k] = text.get("timer." + span.kind().name()) + " " + text.duration(span.expiresAt() - span.setAt());
        }
        return timerNames[k];
    }

    private String breakLabel(int b, TimeAxis.Break br) {
        if (breakLabels.length != axis.breaks().size()) {
            breakLabels = new String[axis.breaks().size()];
        }
        if (breakLabels[b] == null) {
            breakLabels[b] = text.format("break.skipped", text.duration(br.skippedMs()));
        }
        return breakLabels[b];
    }

    private void drawStates(int cur, long tMin, long tMax, double cx, double sx) {
        for (int j = data.firstStateChangeAtOrAfter(tMin); j < data.stateTime.length; j++) {
            if (data.stateTime[j] > tMax || data.stateIndex[j] > cur) {
                break;
            }
            boolean client = data.stateSide[j] == Side.CLIENT;
            double y = axis.y(data.stateTime[j]) + data.stateStack[j] * slotPx();
            states.acquire(j).place(client ? cx : sx, y, client ? -1 : 1, STATE_GAP * scale, data.stateText[j]);
        }
        states.endFrame();
    }

    /** The vertical distance between segments one side sends at the same millisecond. */
    private double slotPx() {
        return DiagramData.SLOT_PX * scale;
    }

    /** Where arrow {@code k} runs in this region's coordinates now (x0, y0, x1, y1), for tests. */
    double[] arrowLineInView(int k) {
        return arrows.lineInView(k);
    }

    /** The canvas a long trace's landed arrows are painted on (tests). */
    LandedArrowCanvas landedCanvas() {
        return arrows.canvas();
    }
}
