package org.handshakelab.app.ui;

import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.paint.Color;

/**
 * The colour themes: AtlantaFX Primer as the base (user agent stylesheet), then on the scene, in
 * this order so that later sheets win at equal specificity: {@code app.css} (layout, fonts),
 * {@code lanes.css} (the lanes view's styles and default colours), {@code teaching.css} (state
 * diagram, packet inspector, quiz), and the theme's own sheets, which
 * may override the lanes' looked-up colours ({@code .lanes-view { -hl-syn: ...; }}). The projector
 * theme is the dark one with {@code theme-projector.css} on top (big type, thick lines).
 *
 * <p>The main window's root paints no background ({@code #main-root} in app.css): the scene's fill,
 * which JavaFX clears every repainted area to anyway, is the theme's background instead. Otherwise
 * every repaint of the lanes diagram filled its area once more with the same colour.
 */
public enum Theme {
    LIGHT(Color.web("#ffffff"), "/atlantafx/base/theme/primer-light.css", "css/theme-light.css"),
    DARK(Color.web("#0d1117"), "/atlantafx/base/theme/primer-dark.css", "css/theme-dark.css"),
    PROJECTOR(Color.web("#000000"), "/atlantafx/base/theme/primer-dark.css", "css/theme-dark.css",
            "css/theme-projector.css");

    /** Sheets every theme has, before its own. */
    static final List<String> COMMON = List.of("css/app.css", "css/lanes.css", "css/teaching.css");

    /** The theme's -color-bg-default (InvisibleFillTest checks that they agree). */
    private final Color background;
    private final String base;
    private final List<String> sheets;

    /*
     * The AtlantaFX stylesheet is named by its resource path rather than through PrimerLight/PrimerDark:
     * atlantafx-base 2.1.0's classes are Java 21 bytecode and this build targets Java 17, while its
     * stylesheets (all those classes hand out) work on JavaFX 21 as they are.
     */
    Theme(Color background, String base, String... sheets) {
        this.background = background;
        this.base = base;
        this.sheets = List.of(sheets);
    }

    /**
     * Sets the base stylesheet now, from any thread: JavaFX parses it on the FX thread, so calling
     * this from {@code Application.init()} overlaps the parsing with the rest of start-up.
     */
    public void preloadBase() {
        Application.setUserAgentStylesheet(resourceUrl(base));
    }

    /** Applies this theme to the application and to {@code scene}, replacing any other theme's sheets. */
    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(resourceUrl(base));
        var list = scene.getStylesheets();
        for (Theme theme : values()) {
            theme.sheets.forEach(sheet -> list.remove(url(sheet)));
        }
        for (int i = 0; i < COMMON.size(); i++) {
            String url = url(COMMON.get(i));
            list.remove(url);
            list.add(Math.min(i, list.size()), url);
        }
        sheets.forEach(sheet -> list.add(url(sheet)));
        scene.setFill(background);
    }

    /** The window's background: the scene's fill. */
    public Color background() {
        return background;
    }

    static String url(String resource) {
        return resourceUrl("/org/handshakelab/app/" + resource);
    }

    private static String resourceUrl(String path) {
        var url = Theme.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("missing stylesheet " + path);
        }
        return url.toExternalForm();
    }
}
