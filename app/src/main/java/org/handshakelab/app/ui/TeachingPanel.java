package org.handshakelab.app.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.handshakelab.app.diagram.StateDiagramModel;
import org.handshakelab.app.diagram.StateDiagramView;
import org.handshakelab.app.i18n.I18n;
import org.handshakelab.app.inspector.PacketInspectorModel;
import org.handshakelab.app.inspector.PacketInspectorView;
import org.handshakelab.app.inspector.WireCodecEncoder;
import org.handshakelab.app.lanes.LanesViewModel;
import org.handshakelab.app.player.Player;
import org.handshakelab.app.quiz.QuizPane;
import org.handshakelab.app.quiz.QuizSession;
import org.handshakelab.app.session.OpenLesson;
import org.handshakelab.lessons.LoadedLesson;
import org.handshakelab.model.tcp.Side;

/**
 * The teaching views beside the narration, as tabs: the RFC 9293 state diagram with both endpoints'
 * states lit, the packet inspector for the segment selected in the lanes view, and the lesson's quiz.
 * Selecting an arrow shows its packet; a quiz question falling due pauses playback and shows it.
 */
public final class TeachingPanel extends TabPane {
    private final I18n i18n;
    private final Player player;
    private final Tab quizTab = new Tab();
    private final Tab packetTab = new Tab();
    private final PacketInspectorModel inspector = new PacketInspectorModel(new WireCodecEncoder());
    private QuizPane quiz;

    public TeachingPanel(I18n i18n, Player player, LanesViewModel lanes) {
        this.i18n = i18n;
        this.player = player;
        setId("teaching-tabs");
        getStyleClass().add("teaching-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);

        StateDiagramModel diagramModel = new StateDiagramModel();
        diagramModel.followPlayback(player.playbackProperty());
        StateDiagramView diagram = new StateDiagramView(diagramModel);
        diagram.localeProperty().bind(lanes.localeProperty());
        Tab diagramTab = tab("tab-diagram", "teaching.diagram", diagram);

        inspector.followPlayback(player.playbackProperty());
        inspector.selectedSegmentIdProperty().bindBidirectional(lanes.selectedSegmentIdProperty());
        packetTab.setId("tab-packet");
        packetTab.textProperty().bind(i18n.text("teaching.packet"));
        // built when first shown: its many cells would otherwise add to the first frame's CSS work
        packetTab.selectedProperty().addListener((o, was, selected) -> {
            if (selected && packetTab.getContent() == null) {
                PacketInspectorView packet = new PacketInspectorView(inspector);
                packet.localeProperty().bind(lanes.localeProperty());
                ScrollPane packetScroll = new ScrollPane(packet);
                packetScroll.setFitToWidth(true);
                DeferredTabContent.set(packetTab, packetScroll); // built now, in the scene when first shown
            }
        });
        lanes.selectedSegmentIdProperty().addListener((o, old, id) -> {
            if (id != null) {
                getSelectionModel().select(packetTab);
            }
        });

        quizTab.setId("tab-quiz");
        quizTab.textProperty().bind(i18n.text("teaching.quiz"));
        getTabs().addAll(diagramTab, packetTab, quizTab);
        showQuiz(null);
    }

    /** The quiz pane of the open lesson, or null when it has no quiz (for tests). */
    public QuizPane quiz() {
        return quiz;
    }

    public Tab quizTab() {
        return quizTab;
    }

    /** Called when a lesson is shown: its endpoints for the inspector, a fresh quiz session. */
    public void show(OpenLesson open) {
        if (open == null) {
            showQuiz(null);
            return;
        }
        LoadedLesson lesson = open.lesson();
        inspector.setEndpoints(lesson.scenario().client(), lesson.scenario().server());
        showQuiz(lesson);
    }

    /** A capture on screen: its addresses for the inspector; no quiz. */
    public void showCapture(org.handshakelab.app.capture.CaptureResult capture) {
        inspector.clientAddressProperty().set(capture.address(Side.CLIENT));
        inspector.serverAddressProperty().set(capture.address(Side.SERVER));
        showQuiz(null);
    }

    private void showQuiz(LoadedLesson lesson) {
        if (lesson == null || lesson.quiz().isEmpty()) {
            quiz = null;
            Label none = new Label();
            none.textProperty().bind(i18n.text("teaching.noQuiz"));
            none.setWrapText(true);
            none.getStyleClass().add("panel-hint");
            DeferredTabContent.set(quizTab, none);
            return;
        }
        QuizSession session = new QuizSession(lesson.id(), lesson.quiz());
        session.follow(player.playback());
        quiz = new QuizPane(session);
        quiz.localeProperty().bind(Bindings.createObjectBinding(() -> i18n.language().locale(), i18n.languageProperty()));
        session.dueProperty().addListener((o, old, due) -> {
            if (due != null) {
                player.pause(); // a question is asked where it is anchored
                getSelectionModel().select(quizTab);
            }
        });
        ScrollPane scroll = new ScrollPane(quiz);
        scroll.setFitToWidth(true);
        DeferredTabContent.set(quizTab, scroll);
    }

    private Tab tab(String id, String key, javafx.scene.Node content) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(i18n.text(key));
        tab.setContent(content);
        return tab;
    }
}
