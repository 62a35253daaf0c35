package org.handshakelab.app.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;

/**
 * The RFC 9293 connection state diagram (Figure 5) drawn from shapes, with the client's and the
 * server's current states lit in their lane colours ({@code -hl-client}, {@code -hl-server}) and
 * the transition taken last highlighted, its cause written underneath. It scales to its size.
 *
 * <p>The figure itself never changes while a lesson plays: it is drawn once into a bitmap
 * ({@link Node#setCache}) and copied from there, and what changes (the lit boxes, the highlighted
 * arrow and the boxes at its ends) is drawn over it by a few nodes, each made the first time it is
 * needed and kept. Scaled
 * to fit, its forty-odd labels are too costly to draw again at every change: the software renderer
 * fills scaled text glyph by glyph from outlines, and drawing the whole figure took 8-10 ms, most of
 * a frame, each time a state changed (BENCHMARKS.md section 2).
 *
 * <p>Style classes: {@code state-diagram} (this), {@code state-box} (a Rectangle, pseudo-classes
 * {@code :client}, {@code :server}), {@code state-name}, {@code state-tag}, {@code transition-line},
 * {@code transition-head}, {@code transition-label} (pseudo-class {@code :taken} plus the side's),
 * {@code transition-caption}.
 */
public final class StateDiagramView extends BorderPane {
    static final PseudoClass CLIENT = PseudoClass.getPseudoClass("client");
    static final PseudoClass SERVER = PseudoClass.getPseudoClass("server");
    static final PseudoClass TAKEN = PseudoClass.getPseudoClass("taken");
    private static final String BUNDLE = "org.handshakelab.app.i18n.teaching";

    private final StateDiagramModel model;
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.ENGLISH);
    /**
     * Drawn over the cached figure: the highlighted arrow, then the boxes lit or at its ends. Each is
     * made the first time it is needed and then kept, hidden while not needed: new nodes in the scene
     * made the renderer paint the whole window once more in the frame after they came.
     */
    private final Group highlightedEdges = new Group();
    private final Group adHoc = new Group();
    private final Group highlightedBoxes = new Group();
    private final Map<Transitions.Transition, Edge> edgeOverlays = new HashMap<>();
    private final Map<Point2D, StateBox> boxOverlays = new HashMap<>();
    private final List<StateBox> overlaid = new ArrayList<>();
    private final Label caption = new Label();

    public StateDiagramView(StateDiagramModel model) {
        this.model = model;
        getStyleClass().add("state-diagram");
        Group content = new Group();
        content.getStyleClass().add("state-diagram-content");
        Rectangle frame = new Rectangle(DiagramGeometry.WIDTH, DiagramGeometry.HEIGHT);
        frame.getStyleClass().add("state-diagram-frame");
        content.getChildren().add(frame);
        for (Transitions.Transition t : Transitions.ALL) {
            content.getChildren().add(new Edge(DiagramGeometry.route(t), t.event(), t.action()).group);
        }
        for (State s : State.values()) {
            content.getChildren().add(new StateBox(s, DiagramGeometry.centre(s)).group);
        }
        content.getChildren().add(new StateBox(State.CLOSED, DiagramGeometry.CLOSED_AGAIN).group);
        content.setCache(true);
        setCenter(new ScalingPane(new Group(content, highlightedEdges, adHoc, highlightedBoxes)));
        caption.getStyleClass().add("transition-caption");
        caption.setWrapText(true);
        caption.setMaxWidth(Double.MAX_VALUE);
        setBottom(caption);
        model.clientStateProperty().addListener((o, a, b) -> refresh());
        model.serverStateProperty().addListener((o, a, b) -> refresh());
        model.lastTransitionProperty().addListener((o, a, b) -> refresh());
        locale.addListener((o, a, b) -> refresh());
        refresh();
    }

    public StateDiagramModel getModel() {
        return model;
    }

    /** The language of the few words the diagram writes ("client", "server", the caption). */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    /** The caption under the diagram: the last transition and its cause; empty before the first. */
    public String getCaption() {
        return caption.getText();
    }

    /** Whether the box of {@code state} is lit for {@code side} (for tests and accessibility). */
    public boolean isLit(State state, Side side) {
        PseudoClass lit = side == Side.CLIENT ? CLIENT : SERVER;
        return overlaid.stream().anyMatch(box -> box.state == state && box.rect.getPseudoClassStates().contains(lit));
    }

    /** The arrow of Figure 5 currently highlighted as the last transition, or null. */
    public Transitions.Transition getHighlightedTransition() {
        return edgeOverlays.entrySet().stream()
                .filter(e -> e.getValue().group.isVisible() && e.getValue().line.getPseudoClassStates().contains(TAKEN))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private void refresh() {
        ResourceBundle texts = texts(locale.get());
        State client = model.clientStateProperty().get();
        State server = model.serverStateProperty().get();
        // what a screen reader says for the whole picture
        setAccessibleText(texts.getString("diagram.client") + " " + client.rfcName() + ", "
                + texts.getString("diagram.server") + " " + server.rfcName());

        TakenTransition last = model.lastTransitionProperty().get();
        Transitions.Transition drawn = last == null ? null : Transitions.find(last.from(), last.to()).orElse(null);
        for (Map.Entry<Transitions.Transition, Edge> e : edgeOverlays.entrySet()) {
            e.getValue().group.setVisible(e.getKey().equals(drawn));
        }
        adHoc.getChildren().clear();
        if (drawn != null) {
            Edge edge = edgeOverlays.computeIfAbsent(drawn, t -> {
                Edge made = new Edge(DiagramGeometry.route(t), t.event(), t.action());
                highlightedEdges.getChildren().add(made.group);
                return made;
            });
            edge.mark(last.side());
            edge.group.setVisible(true);
        } else if (last != null) { // not an arrow of Figure 5 (rare): made for the moment
            Edge edge = new Edge(DiagramGeometry.adHocRoute(last.from(), last.to()), "", "");
            edge.line.getStyleClass().add("ad-hoc");
            edge.mark(last.side());
            adHoc.getChildren().add(edge.group);
        }
        // boxes lie over arrows, so the boxes at the highlighted arrow's ends are drawn over it again
        overlaid.clear();
        for (State s : State.values()) {
            boolean shown = s == client || s == server || last != null && (s == last.from() || s == last.to());
            overlay(s, DiagramGeometry.centre(s), shown, client, server, texts);
            if (s == State.CLOSED) {
                overlay(s, DiagramGeometry.CLOSED_AGAIN, shown, client, server, texts);
            }
        }
        if (last == null) {
            caption.setText("");
            return;
        }
        String side = texts.getString(last.side() == Side.CLIENT ? "diagram.client" : "diagram.server");
        String text = side + ": " + last.from().rfcName() + " \u2192 " + last.to().rfcName()
                + (last.cause() == null || last.cause().isBlank() ? "" : " \u2014 " + CauseTexts.localized(texts, last.cause()));
        if (drawn != null) {
            text += "  (" + drawn.label() + ", RFC 9293 \u00a7" + drawn.rfcSection() + ")";
        } else {
            text += "  (" + texts.getString("diagram.notInFigure") + ")";
        }
        caption.setText(text);
        caption.pseudoClassStateChanged(CLIENT, last.side() == Side.CLIENT);
        caption.pseudoClassStateChanged(SERVER, last.side() == Side.SERVER);
    }

    /** Shows the box of {@code state} drawn at {@code centre} over the figure, lit as the sides are in it, or hides it. */
    private void overlay(State state, Point2D centre, boolean shown, State client, State server, ResourceBundle texts) {
        StateBox box = boxOverlays.get(centre);
        if (box == null && !shown) {
            return;
        }
        if (box == null) {
            box = new StateBox(state, centre);
            boxOverlays.put(centre, box);
            highlightedBoxes.getChildren().add(box.group);
        }
        box.group.setVisible(shown);
        if (shown) {
            box.light(state == client, state == server, texts);
            overlaid.add(box);
        }
    }

    static ResourceBundle texts(Locale locale) {
        Locale l = locale != null && "ko".equals(locale.getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
        return ResourceBundle.getBundle(BUNDLE, l);
    }

    /** One rounded box: the state's name and, when lit, which side is in it. */
    private static final class StateBox {
        final Group group = new Group();
        final State state;
        final Rectangle rect;
        final Text name;
        final Text tag = new Text();
        final double cx;
        final double cy;

        StateBox(State state, Point2D c) {
            this.state = state;
            cx = c.getX();
            cy = c.getY();
            rect = new Rectangle(cx - DiagramGeometry.BOX_WIDTH / 2, cy - DiagramGeometry.BOX_HEIGHT / 2,
                    DiagramGeometry.BOX_WIDTH, DiagramGeometry.BOX_HEIGHT);
            rect.getStyleClass().add("state-box");
            rect.setArcWidth(18);
            rect.setArcHeight(18);
            name = new Text(state.rfcName());
            name.getStyleClass().add("state-name");
            tag.getStyleClass().add("state-tag");
            centre(name, cy);
            centre(tag, cy + 15);
            group.getChildren().addAll(rect, name, tag);
        }

        void light(boolean client, boolean server, ResourceBundle texts) {
            for (Node n : List.of(rect, name, tag)) {
                n.pseudoClassStateChanged(CLIENT, client);
                n.pseudoClassStateChanged(SERVER, server);
            }
            String c = texts.getString("diagram.client");
            String s = texts.getString("diagram.server");
            tag.setText(client && server ? c + " \u00b7 " + s : client ? c : server ? s : "");
            name.translateYProperty().set(client || server ? -7 : 0);
        }

        /** Keeps a text centred on (cx, y) whatever font the style sheet gives it. */
        private void centre(Text t, double y) {
            t.setTextOrigin(javafx.geometry.VPos.CENTER);
            t.layoutXProperty().bind(Bindings.createDoubleBinding(
                    () -> cx - t.getLayoutBounds().getWidth() / 2, t.layoutBoundsProperty()));
            t.setLayoutY(y);
        }
    }

    /** One arrow: a polyline, its head, and a two-line label (event over action, as in the RFC). */
    private static final class Edge {
        final Group group = new Group();
        final Polyline line = new Polyline();
        final Polygon head = new Polygon();
        final VBox label;

        Edge(DiagramGeometry.Route route, String event, String action) {
            for (Point2D p : route.points()) {
                line.getPoints().addAll(p.getX(), p.getY());
            }
            line.getStyleClass().add("transition-line");
            Point2D tip = route.points().get(route.points().size() - 1);
            Point2D from = route.points().get(route.points().size() - 2);
            Point2D dir = tip.subtract(from).normalize();
            Point2D normal = new Point2D(-dir.getY(), dir.getX());
            Point2D back = tip.subtract(dir.multiply(12));
            head.getPoints().addAll(tip.getX(), tip.getY(),
                    back.getX() + normal.getX() * 5, back.getY() + normal.getY() * 5,
                    back.getX() - normal.getX() * 5, back.getY() - normal.getY() * 5);
            head.getStyleClass().add("transition-head");
            group.getChildren().addAll(line, head);
            if (event.isEmpty()) {
                label = null;
                return;
            }
            Label e = new Label(event);
            e.getStyleClass().add("transition-event");
            Region rule = new Region();
            rule.getStyleClass().add("transition-rule");
            rule.setMinHeight(1);
            rule.setPrefHeight(1);
            rule.setMaxWidth(Double.MAX_VALUE);
            Label a = new Label(action);
            a.getStyleClass().add("transition-action");
            label = new VBox(e, rule, a);
            label.getStyleClass().add("transition-label");
            label.setFillWidth(true);
            label.setAlignment(Pos.CENTER);
            double f = route.align() == Pos.CENTER_RIGHT ? 1 : route.align() == Pos.CENTER_LEFT ? 0 : 0.5;
            Point2D at = route.label();
            label.layoutXProperty().bind(Bindings.createDoubleBinding(() -> at.getX() - f * label.getWidth(),
                    label.widthProperty()));
            label.layoutYProperty().bind(Bindings.createDoubleBinding(() -> at.getY() - label.getHeight() / 2,
                    label.heightProperty()));
            group.getChildren().add(label);
        }

        void mark(Side side) {
            for (Node n : label == null ? List.of(line, head) : List.of(line, head, label)) {
                n.pseudoClassStateChanged(TAKEN, side != null);
                n.pseudoClassStateChanged(CLIENT, side == Side.CLIENT);
                n.pseudoClassStateChanged(SERVER, side == Side.SERVER);
            }
        }
    }

    /** Scales its one child, laid out on the fixed logical canvas, to fit, keeping proportions. */
    private static final class ScalingPane extends Region {
        private final Scale scale = new Scale(1, 1, 0, 0);
        private final Node content;

        ScalingPane(Node content) {
            this.content = content;
            content.getTransforms().add(scale);
            getChildren().add(content);
            getStyleClass().add("state-diagram-canvas");
        }

        @Override
        protected double computePrefWidth(double height) {
            return DiagramGeometry.WIDTH * 0.6 + snappedLeftInset() + snappedRightInset();
        }

        @Override
        protected double computePrefHeight(double width) {
            return DiagramGeometry.HEIGHT * 0.6 + snappedTopInset() + snappedBottomInset();
        }

        @Override
        protected double computeMinWidth(double height) {
            return 100;
        }

        @Override
        protected double computeMinHeight(double width) {
            return 100;
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth() - snappedLeftInset() - snappedRightInset();
            double h = getHeight() - snappedTopInset() - snappedBottomInset();
            double s = Math.max(0.05, Math.min(w / DiagramGeometry.WIDTH, h / DiagramGeometry.HEIGHT));
            scale.setX(s);
            scale.setY(s);
            content.relocate(snappedLeftInset() + (w - DiagramGeometry.WIDTH * s) / 2,
                    snappedTopInset() + (h - DiagramGeometry.HEIGHT * s) / 2);
        }
    }
}
