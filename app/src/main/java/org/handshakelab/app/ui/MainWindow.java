package org.handshakelab.app.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.handshakelab.app.capture.CaptureOpener;
import org.handshakelab.app.capture.CaptureResult;
import org.handshakelab.app.i18n.I18n;
import org.handshakelab.app.lanes.LaneHeader;
import org.handshakelab.app.lanes.LanesViewModel;
import org.handshakelab.app.player.Player;
import org.handshakelab.app.presenter.PresenterTexts;
import org.handshakelab.app.sandbox.SandboxSession;
import org.handshakelab.app.sandbox.SandboxView;
import org.handshakelab.app.session.LessonSession;
import org.handshakelab.app.session.LessonSource;
import org.handshakelab.app.session.OpenLesson;
import org.handshakelab.lessons.LoadOutcome;
import org.handshakelab.lessons.LoadedLesson;
import org.handshakelab.lessons.LocalizedText;
import org.handshakelab.lessons.NarrationPoint;
import org.handshakelab.model.playback.Playback;
import org.handshakelab.model.sim.EndpointSetup;
import org.handshakelab.model.tcp.Side;

/**
 * The main window: menu bar; the lesson library, the lanes view and the narration side by side;
 * the problems of a lesson that failed to load; the playback bar and the status bar. It wires the
 * open lesson to the {@link Player} and the {@link LanesViewModel}, and the keyboard to both.
 */
public final class MainWindow {
    /** System property: "false" turns the pop-up notifications off (tests). */
    public static final String NOTIFICATIONS_PROPERTY = "handshakelab.notifications";
    private static final List<String> CAPTURE_PATTERNS = List.of("*.pcap", "*.pcapng", "*.cap");
    private static final double MIN_ZOOM = 0.25;
    private static final double MAX_ZOOM = 8;
    private static final double ZOOM_STEP = 1.25;

    private final Stage stage;
    private final I18n i18n;
    private final LessonSession session;
    private final Player player;
    private final LanesViewModel lanesModel;
    private final Scene scene;
    private final BorderPane root;
    private final SplitPane split;
    private final VBox centre;
    private final javafx.beans.property.ReadOnlyBooleanWrapper complete =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "complete");
    // the panels around the lanes: built by the assembly steps, so null until their step has run
    private MainMenu menu;
    private LibraryPanel library;
    private NarrationPanel narration;
    private TeachingPanel teaching;
    private PlaybackBar playbackBar;
    private ProblemsPanel problems;
    private Theme theme = Theme.LIGHT;
    /** The capture on screen instead of a lesson, or null. */
    private CaptureResult capture;
    private final javafx.beans.property.ReadOnlyStringWrapper shownName =
            new javafx.beans.property.ReadOnlyStringWrapper(this, "shownName", "");

    /** Builds the whole window at once (tests, benchmarks, anything that needs every panel now). */
    public MainWindow(Stage stage, I18n i18n, LessonSession session) {
        this(stage, i18n, session, new WindowShell(i18n));
        assemblySteps().forEach(Runnable::run);
        complete.set(true);
    }

    /**
     * Builds the window so that its first frame comes quickly: the constructor makes only what that
     * frame needs to show the lesson (the lanes, in their place in the layout, and the keyboard),
     * and the panels around them (playback bar, menus, narration, teaching tabs, library, problems)
     * are added one per pulse after the window is shown, so the window draws between them.
     * {@link #completeProperty()} turns true, and {@code whenComplete} runs, once all are in.
     *
     * @param shell the lanes and layout, built beforehand (on any thread) with the same {@code i18n}
     */
    public static MainWindow assembledAfterShow(Stage stage, I18n i18n, LessonSession session, WindowShell shell,
                                                Runnable whenComplete) {
        MainWindow window = new MainWindow(stage, i18n, session, shell);
        PulseSteps.run(window.assemblySteps(), () -> {
            window.complete.set(true);
            whenComplete.run();
        });
        return window;
    }

    private MainWindow(Stage stage, I18n i18n, LessonSession session, WindowShell shell) {
        this.stage = stage;
        this.i18n = i18n;
        this.session = session;
        player = shell.player;
        lanesModel = shell.lanesModel;
        centre = shell.centre;
        split = shell.split;
        root = shell.root;
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, screen.getWidth() * 0.9, screen.getHeight() * 0.9);
        theme.apply(scene);
        installKeys();
        installDragAndDrop();

        session.openProperty().addListener((o, old, open) -> show(open));
        session.setNotifier(this::notify);
        i18n.languageProperty().addListener(o -> refreshTexts());
        Fonts.load(); // before any node is styled (that happens from here on): the CSS names the bundled family
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.fullScreenExitHintProperty().bind(i18n.text("fullScreen.hint"));
        show(session.open());
    }

    /**
     * The panels around the lanes, in the order they are added: the menu bar first, since it is the
     * only one that moves the lanes (down, by its height), so that happens at once; then what a
     * user reaches for first.
     */
    private List<Runnable> assemblySteps() {
        return List.of(this::addMenu, this::addPlaybackBar, this::addSidePanels, this::addLibrary, this::addProblems);
    }

    private void addPlaybackBar() {
        playbackBar = new PlaybackBar(i18n, player);
        StatusPanel status = new StatusPanel(i18n, player, session, shownName.getReadOnlyProperty());
        root.setBottom(new VBox(playbackBar, status.node()));
    }

    private void addMenu() {
        menu = new MainMenu(i18n, this);
        root.setTop(menu.bar());
    }

    private void addSidePanels() {
        narration = new NarrationPanel(i18n, player);
        teaching = new TeachingPanel(i18n, player, lanesModel);
        if (capture != null) {
            teaching.showCapture(capture);
        } else {
            teaching.show(session.open());
        }
        SplitPane side = new SplitPane(narration, teaching);
        side.setOrientation(javafx.geometry.Orientation.VERTICAL);
        side.setDividerPositions(0.42);
        side.setId("side-split");
        ((PanelSlot) split.getItems().get(2)).fill(side);
    }

    private void addLibrary() {
        library = new LibraryPanel(i18n, LessonSource.library(), this::openBundled);
        selectInLibrary();
        ((PanelSlot) split.getItems().get(0)).fill(library);
    }

    private void addProblems() {
        problems = new ProblemsPanel(i18n, session);
        centre.getChildren().add(problems);
    }

    /** True once every panel of the window is built (at once for the public constructor). */
    public javafx.beans.property.ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    public Stage stage() {
        return stage;
    }

    public Scene scene() {
        return scene;
    }

    public I18n i18n() {
        return i18n;
    }

    public LessonSession session() {
        return session;
    }

    public Player player() {
        return player;
    }

    public LanesViewModel lanesModel() {
        return lanesModel;
    }

    /** The menu bar; null until its assembly step has run (see {@link #assembledAfterShow}). */
    public MenuBar menuBar() {
        return menu == null ? null : menu.bar();
    }

    public NarrationPanel narrationPanel() {
        return narration;
    }

    public TeachingPanel teachingPanel() {
        return teaching;
    }

    public ProblemsPanel problemsPanel() {
        return problems;
    }

    public LibraryPanel libraryPanel() {
        return library;
    }

    public PlaybackBar playbackBar() {
        return playbackBar;
    }

    public Theme theme() {
        return theme;
    }

    /** Opens a lesson file (off the FX thread); errors are listed and the open lesson stays. */
    public Task<LoadOutcome> openFile(Path file) {
        return session.openFile(file);
    }

    public Task<LoadOutcome> openBundled(String id) {
        return session.openBundled(id);
    }

    /** Reloads the lesson file (or bundled lesson), or reads the capture on screen again. */
    public void reload() {
        if (capture != null) {
            openCapture(capture.file());
        } else {
            session.reload();
        }
    }

    /**
     * Opens a packet capture (pcap/pcapng): scanned and loaded off the FX thread with a progress
     * window; with several conversations the user picks one. What is on screen stays unless it loads.
     */
    public void openCapture(Path file) {
        CaptureOpener.open(stage, file, i18n.language().locale(), this::showCapture);
    }

    /** Shows one conversation of a capture in the lanes, with the observer's notes as narration. */
    public void showCapture(CaptureResult result) {
        capture = result;
        // first of all: these states are inferred from what a tap saw, not computed by the model
        List<NarrationPoint> narration = List.of(new NarrationPoint("capture-notes", -1, false, LocalizedText.of(
                captureNarration(result, java.util.Locale.ENGLISH), captureNarration(result, java.util.Locale.KOREAN))));
        player.load(new Playback(result.trace()), narration, -1);
        if (teaching != null) {
            teaching.showCapture(result);
        }
        selectInLibrary();
        refreshTexts();
    }

    /** The capture's narration in one language: what it shows, then each assumption the observer made. */
    private static String captureNarration(CaptureResult result, java.util.Locale language) {
        String paragraph = System.lineSeparator() + System.lineSeparator();
        StringBuilder text = new StringBuilder(PresenterTexts.get(language, "capture.narration"));
        for (String note : result.notes(language)) {
            text.append(paragraph).append(note);
        }
        return text.toString();
    }

    /** The capture on screen, or null when a lesson is (for tests). */
    public CaptureResult capture() {
        return capture;
    }

    public void showOpenCaptureDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("dialog.capture.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("dialog.capture.filter"),
                CAPTURE_PATTERNS));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            openCapture(chosen.toPath());
        }
    }

    public void showOpenDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("dialog.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("dialog.open.filter"), "*.json"));
        OpenLesson open = session.open();
        if (open != null && open.file() != null && open.file().getParent() != null) {
            chooser.setInitialDirectory(open.file().getParent().toFile());
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            openFile(chosen.toPath());
        }
    }

    public void zoomIn() {
        setZoom(lanesModel.zoomProperty().get() * ZOOM_STEP);
    }

    public void zoomOut() {
        setZoom(lanesModel.zoomProperty().get() / ZOOM_STEP);
    }

    public void zoomReset() {
        setZoom(1.0);
    }

    private void setZoom(double zoom) {
        lanesModel.zoomProperty().set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom)));
    }

    public void toggleFullScreen() {
        stage.setFullScreen(!stage.isFullScreen());
    }

    public void setTheme(Theme value) {
        theme = value;
        value.apply(scene);
    }

    /**
     * Opens the sandbox (drive both endpoints and the network by hand) in a window of its own, in
     * the current language and theme; its clock runs while the window is open.
     */
    public Stage openSandbox() {
        SandboxView view = new SandboxView(new SandboxSession(), i18n.language().locale());
        Scene sandboxScene = new Scene(view, Math.min(1280, stage.getWidth()), Math.min(820, stage.getHeight()));
        sandboxScene.getStylesheets().setAll(scene.getStylesheets());
        Stage window = new Stage();
        window.initOwner(stage);
        window.setTitle(i18n.get("sandbox.window.title"));
        window.setScene(sandboxScene);
        window.setOnShown(e -> view.start());
        window.setOnHidden(e -> view.stop());
        window.show();
        return window;
    }

    public void showShortcuts() {
        Dialogs.shortcuts(stage, i18n).show();
    }

    public void showAbout() {
        Dialogs.about(stage, i18n).show();
    }

    public void exit() {
        session.close();
        Platform.exit();
    }

    private void installKeys() {
        new KeyboardShortcuts()
                .on(ShortcutAction.PLAY_PAUSE, player::togglePlay)
                .on(ShortcutAction.STEP_FORWARD, player::stepForward)
                .on(ShortcutAction.STEP_BACK, player::stepBack)
                .on(ShortcutAction.NEXT_NARRATION, player::nextNarration)
                .on(ShortcutAction.PREVIOUS_NARRATION, player::previousNarration)
                .on(ShortcutAction.RESTART, player::restart)
                .on(ShortcutAction.OPEN, this::showOpenDialog)
                .on(ShortcutAction.OPEN_CAPTURE, this::showOpenCaptureDialog)
                .on(ShortcutAction.RELOAD, this::reload)
                .on(ShortcutAction.FULL_SCREEN, this::toggleFullScreen)
                .on(ShortcutAction.ZOOM_IN, this::zoomIn)
                .on(ShortcutAction.ZOOM_OUT, this::zoomOut)
                .on(ShortcutAction.ZOOM_RESET, this::zoomReset)
                .on(ShortcutAction.SHORTCUTS, this::showShortcuts)
                .install(scene);
    }

    private void installDragAndDrop() {
        scene.setOnDragOver(event -> {
            if (droppedLesson(event) != null || droppedCapture(event) != null) {
                event.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            File file = droppedLesson(event);
            File captureFile = file == null ? droppedCapture(event) : null;
            if (file != null) {
                openFile(file.toPath());
            } else if (captureFile != null) {
                openCapture(captureFile.toPath());
            }
            event.setDropCompleted(file != null || captureFile != null);
            event.consume();
        });
    }

    private static File droppedLesson(DragEvent event) {
        List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
        return files.stream().filter(f -> f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".json"))
                .findFirst().orElse(null);
    }

    private static File droppedCapture(DragEvent event) {
        List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
        return files.stream().filter(f -> CAPTURE_PATTERNS.stream()
                        .anyMatch(p -> f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(p.substring(1))))
                .findFirst().orElse(null);
    }

    private void show(OpenLesson open) {
        boolean replacingCapture = capture != null;
        capture = null;
        if (open == null) {
            player.load(null, List.of(), -1);
        } else {
            LoadedLesson lesson = open.lesson();
            // the player may already play this very run (WindowShell loads it before the window exists)
            boolean alreadyLoaded = player.playback() != null && player.playback().trace() == lesson.result().trace();
            if (!alreadyLoaded || replacingCapture) {
                int keep = open.reloaded() && !replacingCapture && player.playback() != null
                        ? player.playback().eventIndexProperty().get() : -1;
                player.load(new Playback(lesson.result().trace()), lesson.narration(), keep);
            }
        }
        if (teaching != null) {
            teaching.show(open);
        }
        selectInLibrary();
        refreshTexts();
    }

    /** Marks the bundled lesson on screen in the library; nothing for a file or a capture. */
    private void selectInLibrary() {
        if (library == null) {
            return;
        }
        OpenLesson open = session.open();
        library.select(capture != null || open == null || open.file() != null ? null : open.lesson().id());
    }

    private void refreshTexts() {
        if (capture != null) {
            stage.setTitle(i18n.get("app.title.lesson", capture.title()));
            shownName.set(capture.title());
            lanesModel.clientHeaderProperty().set(capture.clientHeader(i18n.language().locale()));
            lanesModel.serverHeaderProperty().set(capture.serverHeader(i18n.language().locale()));
            return;
        }
        OpenLesson open = session.open();
        if (open == null) {
            stage.setTitle(i18n.get("app.title"));
            shownName.set("");
            lanesModel.clientHeaderProperty().set(null);
            lanesModel.serverHeaderProperty().set(null);
            return;
        }
        LoadedLesson lesson = open.lesson();
        stage.setTitle(i18n.get("app.title.lesson", i18n.pick(lesson.title())));
        shownName.set(lesson.id());
        lanesModel.clientHeaderProperty().set(header(lesson, Side.CLIENT));
        lanesModel.serverHeaderProperty().set(header(lesson, Side.SERVER));
    }

    private LaneHeader header(LoadedLesson lesson, Side side) {
        EndpointSetup setup = side == Side.CLIENT ? lesson.scenario().client() : lesson.scenario().server();
        return new LaneHeader(i18n.pick(lesson.label(side)), setup.address(), setup.port());
    }

    private void notify(LessonSession.Notice notice, String name) {
        if ("false".equals(System.getProperty(NOTIFICATIONS_PROPERTY)) || !stage.isShowing()) {
            return;
        }
        String key = switch (notice) {
            case OPENED -> "notice.opened";
            case RELOADED -> "notice.reloaded";
            case FAILED -> "notice.failed";
            case CANCELLED -> "notice.cancelled";
        };
        Notifications note = Notifications.create()
                .owner(stage)
                .text(i18n.get(key, name))
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(3));
        if (notice == LessonSession.Notice.FAILED) {
            note.showWarning();
        } else {
            note.showInformation();
        }
    }
}
