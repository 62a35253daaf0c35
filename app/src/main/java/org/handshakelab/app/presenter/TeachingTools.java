package org.handshakelab.app.presenter;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import org.handshakelab.app.capture.CaptureResult;
import org.handshakelab.app.export.ExportActions;
import org.handshakelab.app.export.ExportSource;
import org.handshakelab.app.lanes.LaneHeader;
import org.handshakelab.app.quiz.QuizPane;
import org.handshakelab.app.session.OpenLesson;
import org.handshakelab.app.ui.MainWindow;
import org.handshakelab.lessons.LoadedLesson;
import org.handshakelab.model.sim.EndpointSetup;
import org.handshakelab.model.tcp.Side;

/**
 * The teaching tools of the main window, installed on it after it is built: presenter mode (P)
 * and the pointer highlight (hold H); View > Presenter mode and Quizzes on/off; File > Export PNG
 * (whole diagram at 1x/2x/3x)… and Export pcap (as sent, or without dropped segments)…, of the
 * lesson or the capture on screen. (Opening captures and the sandbox window are the main window's.)
 */
public final class TeachingTools {
    private final MainWindow window;
    private final ObjectBinding<Locale> locale;
    private final SplitPane split;
    private final BooleanProperty quizzesEnabled = new SimpleBooleanProperty(this, "quizzesEnabled", true);
    private final PresenterMode presenter;
    private final PointerHighlight pointer;
    private final ExportActions export;

    private TeachingTools(MainWindow window) {
        this.window = window;
        locale = Bindings.createObjectBinding(() -> window.i18n().language().locale(),
                window.i18n().languageProperty());
        BorderPane root = (BorderPane) window.scene().getRoot();
        split = (SplitPane) root.lookup("#main-split");
        presenter = new PresenterMode(new PresenterMode.Parts(window.stage(), window.scene(), root, split,
                () -> split.getItems().get(1), window.narrationPanel().textLabel().textProperty(),
                window.lanesModel().zoomProperty(), window::theme, window::setTheme, quizzesEnabled,
                this::showPlayhead));
        pointer = new PointerHighlight(window.scene());
        export = new ExportActions(this::exportSource, locale::get);

        // a new quiz session per lesson: each follows the switch
        window.session().openProperty().addListener((o, old, open) -> bindQuiz());
        bindQuiz();
        presenter.activeProperty().addListener((o, was, active) -> selectThemeItem());
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

    /** Scrolls the lanes so the playhead is in view again (the view re-follows when following is switched on). */
    private void showPlayhead() {
        var follow = window.lanesModel().followPlaybackProperty();
        if (follow.get()) {
            follow.set(false);
            follow.set(true);
        }
    }

    private void bindQuiz() {
        QuizPane quiz = window.teachingPanel().quiz();
        if (quiz != null && quiz.getSession() != null) {
            quiz.getSession().enabledProperty().bind(quizzesEnabled);
        }
    }

    private ExportSource exportSource() {
        CaptureResult c = window.capture();
        if (c != null) {
            Locale language = window.i18n().language().locale();
            return new ExportSource(c.trace(), c.clientHeader(language), c.serverHeader(language), c.title());
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
        file.getItems().addAll(afterReload, List.of(new SeparatorMenuItem(), png, pcap));

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
        int afterTheme = indexAfter(view, "menu-theme");
        view.getItems().addAll(afterTheme, List.of(presenterItem, quizzes));
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
