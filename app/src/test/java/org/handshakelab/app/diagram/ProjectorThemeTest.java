package org.handshakelab.app.diagram;

import static org.handshakelab.app.export.FxTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import org.handshakelab.app.export.FxTesting;
import org.handshakelab.app.inspector.PacketInspectorModel;
import org.handshakelab.app.inspector.PacketInspectorView;
import org.handshakelab.app.inspector.WireCodecEncoder;
import org.handshakelab.app.quiz.QuizPane;
import org.handshakelab.lessons.LocalizedText;
import org.handshakelab.lessons.QuizQuestion;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.trace.Trace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** theme-projector.css: text at least 24 px, lines at least 3 px. */
class ProjectorThemeTest {

    @BeforeAll
    static void startFx() {
        FxTesting.startToolkit();
    }

    /** The sheets in the order the app adds them: teaching.css, lanes.css when present, projector last. */
    private static Scene projectorScene(javafx.scene.Parent root, double w, double h) {
        Scene scene = new Scene(root, w, h);
        scene.getStylesheets().add(FxTesting.stylesheet("teaching.css"));
        var lanes = ProjectorThemeTest.class.getResource("/org/handshakelab/app/css/lanes.css");
        if (lanes != null) {
            scene.getStylesheets().add(lanes.toExternalForm());
        }
        scene.getStylesheets().add(FxTesting.stylesheet("theme-projector.css"));
        root.applyCss();
        root.layout();
        return scene;
    }

    @Test
    void aPlainLabelIsAtLeast24px() {
        double size = onFx(() -> {
            Label label = new Label("SYN_SENT");
            projectorScene(new VBox(label), 400, 200);
            return label.getFont().getSize();
        });
        assertTrue(size >= 24, "font size " + size);
    }

    @Test
    void lanesViewLinesAreAtLeast3pxAndItsSmallLabels24px() {
        List<Double> sizes = onFx(() -> {
            Line lane = new Line(0, 0, 0, 100);
            lane.getStyleClass().addAll("lane-line", "client-lane");
            Line arrow = new Line(0, 0, 100, 50);
            arrow.getStyleClass().add("arrow-line");
            Group arrowNode = new Group(arrow);
            arrowNode.getStyleClass().addAll("arrow", "arrow-ack");
            Label arrowLabel = new Label("ACK 1/1");
            arrowLabel.getStyleClass().add("arrow-label");
            Label timerLabel = new Label("2MSL");
            timerLabel.getStyleClass().add("timer-label");
            Pane lanesView = new Pane(lane, arrowNode, arrowLabel, timerLabel);
            lanesView.getStyleClass().add("lanes-view");
            projectorScene(lanesView, 400, 300);
            return List.of(lane.getStrokeWidth(), arrow.getStrokeWidth(),
                    arrowLabel.getFont().getSize(), timerLabel.getFont().getSize());
        });
        assertTrue(sizes.get(0) >= 3, "lane " + sizes.get(0));
        assertTrue(sizes.get(1) >= 3, "arrow " + sizes.get(1));
        assertTrue(sizes.get(2) >= 24, "arrow label " + sizes.get(2));
        assertTrue(sizes.get(3) >= 24, "timer label " + sizes.get(3));
    }

    @Test
    void theLookedUpLineWidthResolvesInAnotherViewsSheet() {
        // a sheet of another view sizing its strokes from the projector's variable. (A looked-up
        // value is not accepted by -fx-font-size, which the CSS parser wants as a number: text
        // follows the 24px of .root through em units instead.)
        String probeCss = ".probe-line { -fx-stroke-width: -hl-line-width; }";
        String dataUri = "data:base64," + Base64.getEncoder().encodeToString(probeCss.getBytes(StandardCharsets.UTF_8));
        double width = onFx(() -> {
            Line line = new Line(0, 0, 10, 10);
            line.getStyleClass().add("probe-line");
            Pane root = new Pane(line);
            Scene scene = projectorScene(root, 200, 200);
            scene.getStylesheets().add(dataUri);
            root.applyCss();
            return line.getStrokeWidth();
        });
        assertEquals(3.0, width, 1e-9);
    }

    @Test
    void theStateDiagramDrawsThickLinesAndA24pxCaption() {
        Trace trace = HandBuiltTrace.handshakeDataAndClose();
        StateDiagramView v = onFx(() -> {
            StateDiagramModel model = new StateDiagramModel();
            model.traceProperty().set(trace);
            model.eventIndexProperty().set(HandBuiltTrace.indexOfChange(trace, Side.CLIENT, State.FIN_WAIT_2));
            StateDiagramView view = new StateDiagramView(model);
            projectorScene(view, 1000, 1000);
            return view;
        });
        double thinnest = onFx(() -> v.lookupAll(".transition-line").stream()
                .mapToDouble(n -> ((javafx.scene.shape.Shape) n).getStrokeWidth()).min().orElse(0));
        double caption = onFx(() -> ((Label) v.lookup(".transition-caption")).getFont().getSize());
        assertTrue(thinnest >= 3, "thinnest transition line " + thinnest);
        assertTrue(caption >= 24, "caption " + caption);
        double stateName = onFx(() -> ((Text) v.lookup(".state-name")).getFont().getSize());
        assertTrue(stateName >= 22, "state names in diagram units " + stateName);
    }

    @Test
    void snapshotsForAPersonToLookAt() {
        Trace trace = HandBuiltTrace.handshakeDataAndClose();
        HBox row = onFx(() -> {
            StateDiagramModel model = new StateDiagramModel();
            model.traceProperty().set(trace);
            model.eventIndexProperty().set(HandBuiltTrace.indexOfChange(trace, Side.SERVER, State.CLOSE_WAIT));
            StateDiagramView diagram = new StateDiagramView(model);
            diagram.setMinSize(1000, 1040);
            PacketInspectorModel im = new PacketInspectorModel(new WireCodecEncoder());
            im.traceProperty().set(trace);
            im.selectedSegmentIdProperty().set(6);
            PacketInspectorView inspector = new PacketInspectorView(im);
            QuizPane quiz = new QuizPane();
            quiz.questionProperty().set(new QuizQuestion("q", 0,
                    LocalizedText.of("Which side waits in TIME-WAIT?", null),
                    List.of(LocalizedText.of("The client, which closed first", null), LocalizedText.of("The server", null)),
                    0, LocalizedText.of("The active closer waits 2 x MSL.", null)));
            quiz.choose(1);
            quiz.check();
            VBox right = new VBox(20, inspector, quiz);
            right.setPrefWidth(880);
            HBox box = new HBox(20, diagram, right);
            box.setStyle("-fx-background-color: #000000;");
            projectorScene(box, 1920, 1080);
            return box;
        });
        FxTesting.saveSnapshot(row, Color.BLACK, FxTesting.picture("teaching-projector.png"));
    }
}
