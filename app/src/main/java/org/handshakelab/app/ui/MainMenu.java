package org.handshakelab.app.ui;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.handshakelab.app.i18n.I18n;
import org.handshakelab.app.i18n.Language;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The main window's menu bar: File, View, Language, Help; every label follows the language. */
final class MainMenu {
    private final I18n i18n;
    private final MainWindow window;
    private final MenuBar bar = new MenuBar();
    private final Menu recent = new Menu();

    MainMenu(I18n i18n, MainWindow window) {
        this.i18n = i18n;
        this.window = window;
        bar.setId("menu-bar");
        bar.getMenus().addAll(fileMenu(), viewMenu(), languageMenu(), helpMenu());
    }

    MenuBar bar() {
        return bar;
    }

    private Menu fileMenu() {
        Menu file = menu("menu-file", "menu.file");
        MenuItem open = item("menu-open", "menu.file.open", ShortcutAction.OPEN, window::showOpenDialog);
        open.setGraphic(new FontIcon(Material2AL.FOLDER_OPEN));
        MenuItem openCapture = item("menu-open-capture", "menu.file.openCapture", ShortcutAction.OPEN_CAPTURE,
                window::showOpenCaptureDialog);
        recent.setId("menu-recent");
        recent.textProperty().bind(i18n.text("menu.file.recent"));
        window.session().recent().addListener((ListChangeListener<Path>) c -> fillRecent());
        i18n.languageProperty().addListener(o -> fillRecent());
        fillRecent();
        MenuItem reload = item("menu-reload", "menu.file.reload", ShortcutAction.RELOAD, window::reload);
        reload.setGraphic(new FontIcon(Material2MZ.REFRESH));
        MenuItem exit = item("menu-exit", "menu.file.exit", null, window::exit);
        file.getItems().addAll(open, openCapture, recent, reload, new SeparatorMenuItem(), exit);
        return file;
    }

    private void fillRecent() {
        recent.getItems().clear();
        var files = window.session().recent();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem(i18n.get("menu.file.recent.empty"));
            none.setDisable(true);
            recent.getItems().add(none);
            return;
        }
        for (Path path : files) {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> window.openFile(path));
            recent.getItems().add(item);
        }
    }

    private Menu viewMenu() {
        Menu view = menu("menu-view", "menu.view");
        MenuItem zoomIn = item("menu-zoom-in", "menu.view.zoomIn", ShortcutAction.ZOOM_IN, window::zoomIn);
        zoomIn.setGraphic(new FontIcon(Material2MZ.ZOOM_IN));
        MenuItem zoomOut = item("menu-zoom-out", "menu.view.zoomOut", ShortcutAction.ZOOM_OUT, window::zoomOut);
        zoomOut.setGraphic(new FontIcon(Material2MZ.ZOOM_OUT));
        MenuItem zoomReset = item("menu-zoom-reset", "menu.view.zoomReset", ShortcutAction.ZOOM_RESET, window::zoomReset);

        ToggleGroup numbers = new ToggleGroup();
        RadioMenuItem relative = radio("menu-relative", "menu.view.relative", numbers);
        RadioMenuItem absolute = radio("menu-absolute", "menu.view.absolute", numbers);
        var absoluteProperty = window.lanesModel().absoluteNumbersProperty();
        (absoluteProperty.get() ? absolute : relative).setSelected(true);
        absolute.selectedProperty().addListener((o, a, selected) -> absoluteProperty.set(selected));
        absoluteProperty.addListener((o, a, abs) -> (abs ? absolute : relative).setSelected(true));

        MenuItem fullScreen = item("menu-full-screen", "menu.view.fullScreen", ShortcutAction.FULL_SCREEN,
                window::toggleFullScreen);
        fullScreen.setGraphic(new FontIcon(Material2AL.FULLSCREEN));

        Menu theme = menu("menu-theme", "menu.view.theme");
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = radio("menu-theme-light", "menu.view.theme.light", themes);
        RadioMenuItem dark = radio("menu-theme-dark", "menu.view.theme.dark", themes);
        RadioMenuItem projector = radio("menu-theme-projector", "menu.view.theme.projector", themes);
        switch (window.theme()) {
            case LIGHT -> light.setSelected(true);
            case DARK -> dark.setSelected(true);
            case PROJECTOR -> projector.setSelected(true);
        }
        light.setOnAction(e -> window.setTheme(Theme.LIGHT));
        dark.setOnAction(e -> window.setTheme(Theme.DARK));
        projector.setOnAction(e -> window.setTheme(Theme.PROJECTOR));
        theme.getItems().addAll(light, dark, projector);

        MenuItem sandbox = item("menu-sandbox", "menu.view.sandbox", null, window::openSandbox);
        view.getItems().addAll(zoomIn, zoomOut, zoomReset, new SeparatorMenuItem(), relative, absolute,
                new SeparatorMenuItem(), fullScreen, theme, new SeparatorMenuItem(), sandbox);
        return view;
    }

    private Menu languageMenu() {
        Menu language = menu("menu-language", "menu.language");
        ToggleGroup group = new ToggleGroup();
        for (Language lang : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(lang.nativeName()); // each language in its own words
            item.setId("menu-lang-" + lang.tag());
            item.setToggleGroup(group);
            item.setSelected(lang == i18n.language());
            item.setOnAction(e -> i18n.setLanguage(lang));
            i18n.languageProperty().addListener((o, a, now) -> item.setSelected(now == lang));
            language.getItems().add(item);
        }
        return language;
    }

    private Menu helpMenu() {
        Menu help = menu("menu-help", "menu.help");
        MenuItem shortcuts = item("menu-shortcuts", "menu.help.shortcuts", ShortcutAction.SHORTCUTS,
                window::showShortcuts);
        shortcuts.setGraphic(new FontIcon(Material2AL.KEYBOARD));
        MenuItem about = item("menu-about", "menu.help.about", null, window::showAbout);
        about.setGraphic(new FontIcon(Material2AL.INFO));
        help.getItems().addAll(shortcuts, about);
        return help;
    }

    private Menu menu(String id, String key) {
        Menu menu = new Menu();
        menu.setId(id);
        menu.textProperty().bind(i18n.text(key));
        return menu;
    }

    private MenuItem item(String id, String key, ShortcutAction shortcut, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(i18n.text(key));
        if (shortcut != null) {
            item.setAccelerator(shortcut.primary());
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private RadioMenuItem radio(String id, String key, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem();
        item.setId(id);
        item.textProperty().bind(i18n.text(key));
        item.setToggleGroup(group);
        return item;
    }
}
