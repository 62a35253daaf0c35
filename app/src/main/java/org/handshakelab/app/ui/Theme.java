package org.handshakelab.app.ui;

import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The two colour themes: AtlantaFX Primer as the base (user agent stylesheet) plus the app's own
 * stylesheets: {@code app.css} (layout, fonts; both themes) and {@code theme-light.css} or
 * {@code theme-dark.css} (colours, including the lanes' looked-up colours).
 */
public enum Theme {
    LIGHT("/atlantafx/base/theme/primer-light.css", "css/theme-light.css"),
    DARK("/atlantafx/base/theme/primer-dark.css", "css/theme-dark.css");

    static final String APP_CSS = "css/app.css";

    private final String base;
    private final String stylesheet;

    /*
     * The AtlantaFX stylesheet is named by its resource path rather than through PrimerLight/PrimerDark:
     * atlantafx-base 2.1.0's classes are Java 21 bytecode and this build targets Java 17, while its
     * stylesheets (all those classes hand out) work on JavaFX 21 as they are.
     */
    Theme(String base, String stylesheet) {
        this.base = base;
        this.stylesheet = stylesheet;
    }

    /** Applies this theme to the application and to {@code scene}, replacing the other theme. */
    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(resourceUrl(base));
        var sheets = scene.getStylesheets();
        for (Theme theme : values()) {
            sheets.remove(url(theme.stylesheet));
        }
        String app = url(APP_CSS);
        if (!sheets.contains(app)) {
            sheets.add(0, app);
        }
        sheets.add(url(stylesheet));
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
