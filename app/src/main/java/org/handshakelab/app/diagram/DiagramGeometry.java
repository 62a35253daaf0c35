package org.handshakelab.app.diagram;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import org.handshakelab.model.tcp.State;

/**
 * Where Figure 5 of RFC 9293 puts things, in logical units of a {@value #WIDTH} x {@value #HEIGHT}
 * canvas that the view scales to its size. The figure draws CLOSED twice (top centre, and bottom
 * right where LAST-ACK and TIME-WAIT end); so do we, and both boxes light up together.
 */
final class DiagramGeometry {
    static final double WIDTH = 1060;
    static final double HEIGHT = 960;
    static final double BOX_WIDTH = 168;
    static final double BOX_HEIGHT = 52;

    private static final double LEFT = 150;
    private static final double CENTRE = 530;
    private static final double RIGHT = 890;

    /** The bottom-right copy of CLOSED. */
    static final Point2D CLOSED_AGAIN = new Point2D(RIGHT, 910);

    private static final Map<State, Point2D> CENTRES = new EnumMap<>(State.class);

    static {
        CENTRES.put(State.CLOSED, new Point2D(CENTRE, 50));
        CENTRES.put(State.LISTEN, new Point2D(CENTRE, 190));
        CENTRES.put(State.SYN_RECEIVED, new Point2D(LEFT, 340));
        CENTRES.put(State.SYN_SENT, new Point2D(RIGHT, 340));
        CENTRES.put(State.ESTABLISHED, new Point2D(CENTRE, 480));
        CENTRES.put(State.FIN_WAIT_1, new Point2D(LEFT, 620));
        CENTRES.put(State.CLOSE_WAIT, new Point2D(RIGHT, 620));
        CENTRES.put(State.FIN_WAIT_2, new Point2D(LEFT, 770));
        CENTRES.put(State.CLOSING, new Point2D(CENTRE, 770));
        CENTRES.put(State.LAST_ACK, new Point2D(RIGHT, 770));
        CENTRES.put(State.TIME_WAIT, new Point2D(CENTRE, 910));
    }

    /**
     * How one arrow is drawn: a polyline through {@code points} (the last one gets the arrow head)
     * and its two-line label anchored at {@code label}; {@code align} says which side of the
     * anchor the text lies on.
     */
    record Route(List<Point2D> points, Point2D label, Pos align) {
    }

    private DiagramGeometry() {
    }

    static Point2D centre(State state) {
        return CENTRES.get(state);
    }

    /** The route of an arrow of {@link Transitions#ALL}, laid out by hand after the figure. */
    static Route route(Transitions.Transition t) {
        String key = t.from() + ">" + t.to();
        switch (key) {
            case "CLOSED>LISTEN":
                return route(Pos.CENTER_RIGHT, 492, 120, 500, 76, 500, 164);
            case "LISTEN>CLOSED":
                return route(Pos.CENTER_LEFT, 568, 120, 560, 164, 560, 76);
            case "CLOSED>SYN_SENT":
                return route(Pos.CENTER_LEFT, 958, 170, 614, 40, 950, 40, 950, 314);
            case "SYN_SENT>CLOSED":
                return route(Pos.CENTER_RIGHT, 852, 100, 860, 314, 860, 62, 614, 62);
            case "LISTEN>SYN_RECEIVED":
                return route(Pos.CENTER, 320, 230, 446, 205, 190, 205, 190, 314);
            case "LISTEN>SYN_SENT":
                return route(Pos.CENTER, 715, 230, 614, 205, 820, 205, 820, 314);
            case "SYN_RECEIVED>LISTEN":
                return route(Pos.CENTER, 290, 150, 110, 314, 110, 175, 446, 175);
            case "SYN_SENT>SYN_RECEIVED":
                return route(Pos.CENTER, 530, 318, 806, 340, 234, 340);
            case "SYN_RECEIVED>ESTABLISHED":
                return route(Pos.CENTER, 330, 458, 190, 366, 190, 480, 446, 480);
            case "SYN_SENT>ESTABLISHED":
                return route(Pos.CENTER, 740, 458, 890, 366, 890, 480, 614, 480);
            case "SYN_RECEIVED>FIN_WAIT_1":
                return route(Pos.CENTER_RIGHT, 102, 480, 110, 366, 110, 594);
            case "ESTABLISHED>FIN_WAIT_1":
                return route(Pos.CENTER, 350, 582, 480, 506, 480, 606, 234, 606);
            case "ESTABLISHED>CLOSE_WAIT":
                return route(Pos.CENTER, 710, 598, 580, 506, 580, 620, 806, 620);
            case "FIN_WAIT_1>FIN_WAIT_2":
                return route(Pos.CENTER_RIGHT, 100, 695, 110, 646, 110, 744);
            case "FIN_WAIT_1>CLOSING":
                return route(Pos.CENTER, 360, 656, 234, 634, 500, 634, 500, 744);
            case "FIN_WAIT_1>TIME_WAIT":
                return route(Pos.CENTER, 300, 850, 190, 646, 470, 884);
            case "FIN_WAIT_2>TIME_WAIT":
                return route(Pos.CENTER, 290, 936, 150, 796, 150, 920, 446, 920);
            case "CLOSING>TIME_WAIT":
                return route(Pos.CENTER_LEFT, 568, 840, 560, 796, 560, 884);
            case "CLOSE_WAIT>LAST_ACK":
                return route(Pos.CENTER_LEFT, 898, 695, 890, 646, 890, 744);
            case "LAST_ACK>CLOSED":
                return route(Pos.CENTER_LEFT, 898, 840, 890, 796, 890, 884);
            case "TIME_WAIT>CLOSED":
                return route(Pos.CENTER, 710, 890, 614, 910, 806, 910);
            default:
                throw new IllegalArgumentException("no route for " + key);
        }
    }

    /**
     * A straight arrow for a transition Figure 5 does not draw (a reset or abort, note 3): from the
     * state's box to the nearer CLOSED box, or between the two boxes for anything else.
     */
    static Route adHocRoute(State from, State to) {
        Point2D a = from == State.CLOSED ? CENTRES.get(State.CLOSED) : CENTRES.get(from);
        Point2D b = to == State.CLOSED && from.ordinal() > State.LISTEN.ordinal() ? CLOSED_AGAIN : CENTRES.get(to);
        Point2D start = boxBorder(a, b);
        Point2D end = boxBorder(b, a);
        Point2D mid = start.midpoint(end);
        return new Route(List.of(start, end), mid.add(0, -14), Pos.CENTER);
    }

    /** Where the segment from the centre {@code c} towards {@code towards} leaves the box around {@code c}. */
    private static Point2D boxBorder(Point2D c, Point2D towards) {
        double dx = towards.getX() - c.getX();
        double dy = towards.getY() - c.getY();
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : (BOX_WIDTH / 2 + 4) / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : (BOX_HEIGHT / 2 + 4) / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new Point2D(c.getX() + dx * s, c.getY() + dy * s);
    }

    private static Route route(Pos align, double lx, double ly, double... xy) {
        Point2D[] points = new Point2D[xy.length / 2];
        for (int i = 0; i < points.length; i++) {
            points[i] = new Point2D(xy[2 * i], xy[2 * i + 1]);
        }
        return new Route(List.of(points), new Point2D(lx, ly), align);
    }
}
