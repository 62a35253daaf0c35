package org.handshakelab.app.export;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * One line of an exported diagram's legend: an arrow kind drawn as a short line in its colour and
 * dash pattern, and its name, e.g. ("SYN", blue, []) or ("lost", red, [6, 4]).
 *
 * @param dashArray the dash pattern in logical pixels as for {@code Shape.getStrokeDashArray()}; empty = solid
 */
public record LegendEntry(String label, Color color, List<Double> dashArray) {

    public LegendEntry {
        dashArray = List.copyOf(dashArray);
    }

    public static LegendEntry solid(String label, Color color) {
        return new LegendEntry(label, color, List.of());
    }
}
