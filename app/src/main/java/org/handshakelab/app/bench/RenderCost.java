package org.handshakelab.app.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.stage.Stage;

/**
 * What the renderer costs per node of each kind the lanes draw (not a test): 150 nodes of one kind,
 * shaped and coloured as the lanes' (a track 440 px across and 40 px down, a packet glyph, a label),
 * drawn by {@code Node.snapshot} with the pipeline in use, best of 30 after 10 to warm up, less the
 * same for an empty group. {@code scripts/bench-render-cost.sh} runs it with the software pipeline.
 */
public final class RenderCost extends Application {
    private static final int NODES = 150;
    private static final int WARM_UP = 10;
    private static final int RUNS = 30;
    private static final double WIDTH = 860;
    private static final double HEIGHT = 800;

    private record Kind(String name, IntFunction<Node> make) {
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Group(), 100, 100));
        stage.show();
        Color ack = Color.web("#009E73");
        Color data = Color.web("#E69F00");
        List<Kind> kinds = List.of(
                new Kind("ACK track, dotted, half opacity (in flight)", i -> track(i, ack, 2.5, true, 0.5)),
                new Kind("ACK track, solid, half opacity", i -> track(i, ack, 2.5, false, 0.5)),
                new Kind("data track, 5 px, half opacity (in flight)", i -> track(i, data, 5, false, 0.5)),
                new Kind("data track, 5 px, opaque", i -> track(i, data, 5, false, 1)),
                new Kind("glyph: filled, outlined circle", i -> glyph(i, data, false)),
                new Kind("glyph: the same, cached, moved by translation", i -> glyph(i, data, true)),
                new Kind("label with its background, level", i -> label(i, 0)),
                new Kind("label with its background, turned 5 degrees", i -> label(i, 5)));
        double empty = bestMillis(i -> new Group());
        System.out.printf(Locale.ROOT, "empty group: %.2f ms a snapshot (subtracted below)%n", empty);
        for (Kind kind : kinds) {
            double perNode = (bestMillis(kind.make()) - empty) / NODES * 1000;
            System.out.printf(Locale.ROOT, "%-50s %6.1f us a node%n", kind.name(), perNode);
        }
        Platform.exit();
    }

    private static Line track(int i, Color colour, double width, boolean dotted, double opacity) {
        Line line = new Line(200, 10 + i * 5, 640, 50 + i * 5);
        line.setStroke(colour);
        line.setStrokeWidth(width);
        line.setStrokeLineCap(StrokeLineCap.BUTT);
        if (dotted) {
            line.getStrokeDashArray().setAll(2.0, 4.0);
        }
        line.setOpacity(opacity);
        return line;
    }

    private static Circle glyph(int i, Color colour, boolean cached) {
        Circle circle = new Circle(6.5, colour);
        circle.setStroke(Color.WHITE);
        circle.setStrokeWidth(1.5);
        circle.setTranslateX(300 + i);
        circle.setTranslateY(10 + i * 5);
        circle.setCache(cached);
        return circle;
    }

    private static Label label(int i, double angle) {
        Label label = new Label("ACK 1/224071");
        label.setFont(Font.font("Monospaced", 12));
        label.setStyle("-fx-background-color: rgba(255, 255, 255, 0.88); -fx-background-radius: 3; -fx-padding: 0 3 0 3;");
        label.relocate(300, 10 + i * 5);
        label.setRotate(angle);
        return label;
    }

    /** The shortest of {@link #RUNS} snapshots of a white page with {@link #NODES} nodes from {@code make}. */
    private static double bestMillis(IntFunction<Node> make) {
        Group group = new Group(new javafx.scene.shape.Rectangle(WIDTH, HEIGHT, Color.WHITE));
        for (int i = 0; i < NODES; i++) {
            group.getChildren().add(make.apply(i));
        }
        new Scene(group, WIDTH, HEIGHT);
        WritableImage image = new WritableImage((int) WIDTH, (int) HEIGHT);
        SnapshotParameters parameters = new SnapshotParameters();
        for (int w = 0; w < WARM_UP; w++) {
            group.snapshot(parameters, image);
        }
        long best = Long.MAX_VALUE;
        for (int r = 0; r < RUNS; r++) {
            long start = System.nanoTime();
            group.snapshot(parameters, image);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best / 1e6;
    }

    /** Launcher: an Application subclass cannot be the class-path main class. */
    public static final class Launch {
        private Launch() {
        }

        public static void main(String[] args) {
            Application.launch(RenderCost.class, args);
        }
    }
}
