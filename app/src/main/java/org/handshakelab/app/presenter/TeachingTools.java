package org.handshakelab.app.presenter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import org.handshakelab.app.capture.CaptureFiles;
import org.handshakelab.app.capture.CaptureOpener;
import org.handshakelab.app.capture.CaptureResult;
import org.handshakelab.app.export.ExportActions;
import org.handshakelab.app.export.ExportSource;
import org.handshakelab.app.lanes.LaneHeader;
import org.handshakelab.app.quiz.QuizPane;
import org.handshakelab.app.sandbox.SandboxSession;
import org.handshakelab.app.sandbox.SandboxView;
import org.handshakelab.app.session.OpenLesson;
import org.handshakelab.app.ui.MainWindow;
import org.handshakelab.app.ui.ShortcutAction;
import org.handshakelab.lessons.LoadedLesson;
import org.handshakelab.lessons.LocalizedText;
import org.handshakelab.lessons.NarrationPoint;
import org.handshakelab.model.playback.Playback;
import org.handshakelab.model.sim.EndpointSetup;
import org.handshakelab.model.tcp.Side;

/**
 * The teaching tools of the main window, installed on it after it is built: presenter mode (P)
 * and the pointer highlight (hold H); View > Presenter mode, Quizzes on/off and Sandbox; File >
 * Open capture…, Export PNG (1x/2x/3x)… and Export pcap (with or without dropped segments)…;
 * captures dropped on the window. A capture is shown as lanes (its inferred trace in the player,
 * its endpoints as lane headers, "capture: inferred states" and its notes as the narration) until a
 * lesson is opened again. While the sandbox is shown it takes the centre, the lesson player is
 * paused, and the playback keys go to the sandbox only.
 */
public final class TeachingTools {
    private static final List<ShortcutAction> PLAYBACK_KEYS = List.of(ShortcutAction.PLAY_PAUSE,
            ShortcutAction.STEP_FORWARD, ShortcutAction.STEP_BACK, ShortcutAction.NEXT_NARRATION,
            ShortcutAction.PREVIOUS_NARRATION, ShortcutAction.RESTART);

    private final MainWindow window;
    private final ObjectBinding<Locale> locale;
    private final SplitPane split;
    private final Node lessonCentre;
    private final BooleanProperty quizzesEnabled = new SimpleBooleanProperty(this, "quizzesEnabled", true);
    private final BooleanProperty sandboxShown = new SimpleBooleanProperty(this, "sandboxShown", false);
    private final ReadOnlyObjectWrapper<CaptureResult> capture = new ReadOnlyObjectWrapper<>(this, "capture");
    private final PresenterMode presenter;
    private final PointerHighlight pointer;
    private final ExportActions export;
    private SandboxView sandbox;

    private TeachingTools(MainWindow window) {
        this.window = window;
        locale = Bindings.createObjectBinding(() -> window.i18n().language().locale(),
                window.i18n().languageProperty());
        BorderPane root = (BorderPane) window.scene().getRoot();
        split = (SplitPane) root.lookup("#main-split");
        lessonCentre = split.getItems().get(1);
        presenter = new PresenterMode(new PresenterMode.Parts(window.stage(), window.scene(), root, split,
                this::centre, window.narrationPanel().textLabel().textProperty(), window.lanesModel().zoomProperty(),
                window::theme, window::setTheme, quizzesEnabled));
        pointer = new PointerHighlight(window.scene());
        export = new ExportActions(this::exportSource, locale::get);

        window.session().openProperty().addListener((o, old, open) -> {
            capture.set(null);
            bindQuiz();
        });
        bindQuiz();
        sandboxShown.addListener((o, was, shown) -> showSandbox(shown));
        presenter.activeProperty().addListener((o, was, active) -> {
            selectThemeItem();
            if (!active && sandboxShown.get()) {
                swapCentre(lessonCentre, sandbox); // presenter mode restored the lesson's split items
            }
        });
        window.stage().addEventFilter(KeyEvent.KEY_PRESSED, this::keepPlaybackKeysInSandbox);
        CaptureFiles.installDropHandler(root, this::openCapture);
        addMenus();
    }

    /** Installs the tools on a built main window (once). */
    public static TeachingTools install(MainWindow window) {
        return new TeachingTools(window);
    }

    public PresenterMode presenter() {
        return presenter;
    }

    public PointerHighlight pointer() {
        return pointer;
    }

    public ExportActions export() {
        return export;
    }

    /** Quizzes on (default) or off; presenter mode turns them off while it lasts. */
    public BooleanProperty quizzesEnabledProperty() {
        return quizzesEnabled;
    }

    public BooleanProperty sandboxShownProperty() {
        return sandboxShown;
    }

    /** The sandbox view, once it has been shown. */
    public SandboxView sandbox() {
        return sandbox;
    }

    /** The capture shown now, or null when a lesson is. */
    public ReadOnlyObjectProperty<CaptureResult> captureProperty() {
        return capture.getReadOnlyProperty();
    }

    /** Opens a capture file (scan, choose a conversation when it has several, load) and shows it as lanes. */
    public void openCapture(Path file) {
        CaptureOpener.open(window.stage(), file, locale.get(), this::showCapture);
    }

    /** Shows a loaded capture as lanes. */
    public void showCapture(CaptureResult result) {
        sandboxShown.set(false);
        Locale l = locale.get();
        String notes = String.join("\n", result.notes());
        LocalizedText text = LocalizedText.of(
                PresenterTexts.get(Locale.ENGLISH, "capture.narration") + (notes.isEmpty() ? "" : "\n\n" + notes),
                PresenterTexts.get(Locale.KOREAN, "capture.narration") + (notes.isEmpty() ? "" : "\n\n" + notes));
        window.player().load(new Playback(result.trace()), List.of(new NarrationPoint("capture", -1, false, text)), -1);
        window.lanesModel().clientHeaderProperty().set(result.clientHeader());
        window.lanesModel().serverHeaderProperty().set(result.serverHeader());
        window.teachingPanel().show(null);
        window.stage().setTitle(PresenterTexts.get(l, "capture.windowTitle", result.title()));
        capture.set(result);
    }

    private Node centre() {
        return sandboxShown.get() && sandbox != null ? sandbox : lessonCentre;
    }

    private void showSandbox(boolean shown) {
        if (shown) {
            if (sandbox == null) {
                sandbox = new SandboxView(new SandboxSession(), locale.get());
                sandbox.setId("sandbox-view");
            }
            window.player().pause();
            swapCentre(lessonCentre, sandbox);
            sandbox.start();
            sandbox.requestFocus();
        } else if (sandbox != null) {
            sandbox.stop();
            swapCentre(sandbox, lessonCentre);
        }
    }

    private void swapCentre(Node from, Node to) {
        int at = split.getItems().indexOf(from);
        if (at >= 0) {
            double[] dividers = split.getDividerPositions();
            split.getItems().set(at, to);
            split.setDividerPositions(dividers);
        }
    }

    /**
     * While the sandbox is shown, a playback key never reaches the scene's shortcuts (which would
     * drive the hidden lesson player): it is consumed here, at the window, and delivered to the
     * focused node inside the sandbox, if any.
     */
    private void keepPlaybackKeysInSandbox(KeyEvent e) {
        if (!sandboxShown.get() || sandbox == null) {
            return;
        }
        boolean playbackKey = PLAYBACK_KEYS.stream().anyMatch(a -> a.combinations().stream().anyMatch(c -> c.match(e)));
        if (!playbackKey) {
            return;
        }
        e.consume();
        Node focus = window.scene().getFocusOwner();
        Node target = focus != null && inside(focus, sandbox) ? focus : sandbox;
        FocusedDispatch.deliver(target, e.copyFor(target, target));
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void bindQuiz() {
        QuizPane quiz = window.teachingPanel().quiz();
        if (quiz != null && quiz.getSession() != null) {
            quiz.getSession().enabledProperty().bind(quizzesEnabled);
        }
    }

    private ExportSource exportSource() {
        CaptureResult c = capture.get();
        if (c != null) {
            return new ExportSource(c.trace(), c.clientHeader(), c.serverHeader(), c.title());
        }
        OpenLesson open = window.session().open();
        if (open == null) {
            return null;
        }
        LoadedLesson lesson = open.lesson();
        return new ExportSource(lesson.result().trace(), header(lesson, Side.CLIENT), header(lesson, Side.SERVER),
                window.i18n().pick(lesson.title()));
    }

    private LaneHeader header(LoadedLesson lesson, Side side) {
        EndpointSetup setup = side == Side.CLIENT ? lesson.scenario().client() : lesson.scenario().server();
        return new LaneHeader(window.i18n().pick(lesson.label(side)), setup.address(), setup.port());
    }

    private void addMenus() {
        Menu file = menu("menu-file");
        Menu view = menu("menu-view");

        MenuItem openCapture = item("menu-open-capture", "menu.file.openCapture", this::chooseCapture);
        Menu png = submenu("menu-export-png", "menu.file.exportPng");
        for (int scale = 1; scale <= 3; scale++) {
            int s = scale;
            png.getItems().add(item("menu-export-png-" + s + "x", "menu.file.exportPng." + s + "x",
                    () -> run(() -> export.choosePng(window.stage(), s))));
        }
        Menu pcap = submenu("menu-export-pcap", "menu.file.exportPcap");
        pcap.getItems().addAll(
                item("menu-export-pcap-all", "menu.file.exportPcap.all",
                        () -> run(() -> export.choosePcap(window.stage(), true))),
                item("menu-export-pcap-delivered", "menu.file.exportPcap.delivered",
                        () -> run(() -> export.choosePcap(window.stage(), false))));
        int afterReload = indexAfter(file, "menu-reload");
        file.getItems().addAll(afterReload, List.of(openCapture, new SeparatorMenuItem(), png, pcap));

        CheckMenuItem presenterItem = check("menu-presenter", "menu.view.presenter");
        presenterItem.setSelected(presenter.isActive());
        presenterItem.setOnAction(e -> {
            if (presenterItem.isSelected() != presenter.isActive()) {
                presenter.toggle();
            }
        });
        presenter.activeProperty().addListener((o, was, active) -> presenterItem.setSelected(active));
        CheckMenuItem quizzes = check("menu-quizzes", "menu.view.quizzes");
        quizzes.selectedProperty().bindBidirectional(quizzesEnabled);
        CheckMenuItem sandboxItem = check("menu-sandbox", "menu.view.sandbox");
        sandboxItem.selectedProperty().bindBidirectional(sandboxShown);
        view.getItems().addAll(new SeparatorMenuItem(), presenterItem, quizzes, sandboxItem);
    }

    /** Keeps View > Theme's radio items on the theme presenter mode put on or restored. */
    private void selectThemeItem() {
        String id = "menu-theme-" + window.theme().name().toLowerCase(Locale.ROOT);
        for (MenuItem item : menu("menu-view").getItems()) {
            if (item instanceof Menu sub) {
                sub.getItems().stream().filter(i -> id.equals(i.getId()) && i instanceof javafx.scene.control.RadioMenuItem)
                        .forEach(i -> ((javafx.scene.control.RadioMenuItem) i).setSelected(true));
            }
        }
    }

    private void chooseCapture() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(PresenterTexts.get(locale.get(), "dialog.openCapture.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                PresenterTexts.get(locale.get(), "dialog.openCapture.filter"), "*.pcap", "*.pcapng", "*.cap"));
        File chosen = chooser.showOpenDialog(window.stage());
        if (chosen != null) {
            openCapture(chosen.toPath());
        }
    }

    private interface IoAction {
        Object run() throws IOException;
    }

    private void run(IoAction action) {
        try {
            action.run();
        } catch (IOException | RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, String.valueOf(e.getMessage()));
            alert.initOwner(window.stage());
            alert.setHeaderText(PresenterTexts.get(locale.get(), "export.failed"));
            alert.show();
        }
    }

    private Menu menu(String id) {
        return window.menuBar().getMenus().stream().filter(m -> id.equals(m.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no menu " + id));
    }

    private static int indexAfter(Menu menu, String id) {
        for (int i = 0; i < menu.getItems().size(); i++) {
            if (id.equals(menu.getItems().get(i).getId())) {
                return i + 1;
            }
        }
        return menu.getItems().size();
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(PresenterTexts.text(locale, key));
        item.setOnAction(e -> action.run());
        return item;
    }

    private Menu submenu(String id, String key) {
        Menu menu = new Menu();
        menu.setId(id);
        menu.textProperty().bind(PresenterTexts.text(locale, key));
        return menu;
    }

    private CheckMenuItem check(String id, String key) {
        CheckMenuItem item = new CheckMenuItem();
        item.setId(id);
        item.textProperty().bind(PresenterTexts.text(locale, key));
        return item;
    }
}
