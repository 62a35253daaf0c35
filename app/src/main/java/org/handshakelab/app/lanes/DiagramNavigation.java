package org.handshakelab.app.lanes;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Keyboard and wheel for the diagram: Up/Down select the previous/next arrow, Home/End the first/
 * last, Escape clears the selection, Page Up/Down and the wheel scroll, Ctrl +/-/0 and Ctrl+wheel
 * zoom. Left and Right are left to the application, which steps playback with them.
 */
final class DiagramNavigation {
    private final LanesViewModel model;
    private final LanesDiagram diagram;

    DiagramNavigation(LanesViewModel model, LanesDiagram diagram) {
        this.model = model;
        this.diagram = diagram;
    }

    void onScroll(ScrollEvent e) {
        if (e.isControlDown()) {
            zoomBy(e.getDeltaY() > 0 ? 1.25 : 0.8);
        } else {
            diagram.scrollTo(diagram.scrollTop() - e.getDeltaY());
        }
        e.consume();
    }

    private void zoomBy(double factor) {
        model.zoomProperty().set(model.zoomProperty().get() * factor);
    }

    void onKey(KeyEvent e) {
        if (e.isShortcutDown()) {
            switch (e.getCode()) {
                case PLUS, EQUALS, ADD -> zoomBy(1.25);
                case MINUS, SUBTRACT -> zoomBy(0.8);
                case DIGIT0, NUMPAD0 -> model.zoomProperty().set(1.0);
                default -> {
                    return;
                }
            }
            e.consume();
            return;
        }
        KeyCode code = e.getCode();
        List<ArrowInfo> infos = model.visibleArrows();
        switch (code) {
            // Left and Right are left to the application (stepping playback back and forward)
            case DOWN -> select(infos, +1);
            case UP -> select(infos, -1);
            case HOME -> selectAt(infos, 0);
            case END -> selectAt(infos, infos.size() - 1);
            case ESCAPE -> model.selectedSegmentIdProperty().set(null);
            case PAGE_DOWN -> diagram.scrollTo(diagram.scrollTop() + diagram.getHeight() * 0.8);
            case PAGE_UP -> diagram.scrollTo(diagram.scrollTop() - diagram.getHeight() * 0.8);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void select(List<ArrowInfo> infos, int step) {
        if (infos.isEmpty()) {
            return;
        }
        Integer selected = model.selectedSegmentIdProperty().get();
        int k = selected == null ? -1 : model.ordinalOf(selected);
        int next = k < 0 ? (step > 0 ? 0 : infos.size() - 1) : Math.max(0, Math.min(infos.size() - 1, k + step));
        selectAt(infos, next);
    }

    private void selectAt(List<ArrowInfo> infos, int k) {
        if (k < 0 || k >= infos.size()) {
            return;
        }
        ArrowInfo info = infos.get(k);
        model.selectedSegmentIdProperty().set(info.id());
        TimeAxis axis = diagram.axis();
        if (axis != null) {
            double y0 = axis.y(info.sentAt());
            double y1 = axis.y(info.endsAt());
            double top = diagram.scrollTop();
            if (y0 < top + 20 || y1 > top + diagram.getHeight() - 20) {
                diagram.scrollTo(y0 - diagram.getHeight() * 0.3);
            }
        }
    }
}
