package org.handshakelab.app.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;
import java.util.logging.Level;
import javafx.scene.text.Font;
import org.handshakelab.app.AppHome;
import org.handshakelab.app.AppLogging;

/**
 * Loads the bundled Korean font. JavaFX does not fall back to a CJK font on its own, and a Linux
 * machine with only the JDK has none, so Hangul would show as empty boxes. The app's CSS
 * ({@code app.css}) uses {@link #UI_FAMILY} for every control.
 */
public final class Fonts {
    /** The family name inside NanumGothic.ttf, as CSS and {@link Font#font(String, double)} name it. */
    public static final String UI_FAMILY = "NanumGothic";

    private static final String[] FILES = {"fonts/NanumGothic.ttf", "fonts/NanumGothicBold.ttf"};
    private static boolean loaded;

    private Fonts() {
    }

    /**
     * Starts registering the fonts on a background thread, so that opening them overlaps building
     * the window (the first start also extracts them, 9 MB, to the cache: see {@link FontFiles}); {@link #load()} waits for it. JavaFX's font factory registers embedded
     * fonts and creates fonts under the same lock, so building nodes meanwhile is safe.
     */
    public static void startLoading() {
        Thread thread = new Thread(Fonts::load, "font-loader");
        thread.setDaemon(true);
        thread.start();
    }

    /** Registers the bundled fonts with JavaFX (once; from any thread; waits for {@link #startLoading()}). */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        FontFiles files = new FontFiles(AppHome.dir().resolve("cache").resolve("fonts"));
        for (String file : FILES) {
            URL resource = Fonts.class.getResource("/org/handshakelab/app/" + file);
            Optional<String> onDisk = files.fileUrl(resource);
            if (onDisk.isPresent() && Font.loadFont(onDisk.get(), 13) != null) {
                continue;
            }
            // no file to hand JavaFX (cache not writable): it copies the stream to a temporary file itself
            try (InputStream in = resource == null ? null : resource.openStream()) {
                if (in == null || Font.loadFont(in, 13) == null) {
                    AppLogging.LOG.warning("bundled font missing or unreadable: " + file);
                }
            } catch (IOException e) {
                AppLogging.LOG.log(Level.WARNING, "cannot read bundled font " + file, e);
            }
        }
    }
}
