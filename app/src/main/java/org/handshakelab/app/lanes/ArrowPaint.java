package org.handshakelab.app.lanes;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;

/**
 * How a landed arrow of one style looks, read from an {@link ArrowNode} that the stylesheets have
 * styled ({@link #of}), so that {@link LandedArrowCanvas} draws what the node would show, in every
 * theme: line, head, label and the ✕ / ⊘ mark. Equal paints mean the canvas needs no redraw.
 */
record ArrowPaint(Paint stroke, double strokeWidth, List<Double> dashes, StrokeLineCap cap, Paint headFill,
                  Font labelFont, Paint labelFill, Paint labelBackground, double labelRadius, Insets labelPadding,
                  Font markFont, Paint markFill) {

    /** The look {@code styled} has now (its CSS applied). */
    static ArrowPaint of(ArrowNode styled) {
        Background background = styled.label.getBackground();
        boolean filled = background != null && !background.getFills().isEmpty();
        return new ArrowPaint(styled.line.getStroke(), styled.line.getStrokeWidth(),
                List.copyOf(styled.line.getStrokeDashArray()), styled.line.getStrokeLineCap(), styled.head.getFill(),
                styled.label.getFont(), styled.label.getTextFill(),
                filled ? background.getFills().get(0).getFill() : Color.TRANSPARENT,
                filled ? background.getFills().get(0).getRadii().getTopLeftHorizontalRadius() : 0,
                styled.label.getPadding(), styled.mark.getFont(), styled.mark.getTextFill());
    }

    double[] dashArray() {
        double[] array = new double[dashes.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = dashes.get(i);
        }
        return array;
    }
}
