package org.handshakelab.app.export;

import java.net.URL;
import java.util.Locale;
import javafx.scene.Group;
import javafx.scene.Scene;
import org.handshakelab.app.lanes.LaneHeader;
import org.handshakelab.app.lanes.LanesView;
import org.handshakelab.app.lanes.LanesViewModel;
import org.handshakelab.app.ui.Fonts;
import org.handshakelab.model.playback.Playback;
import org.handshakelab.model.trace.Trace;

/**
 * The whole lanes diagram of a trace as one PNG, with a title and the legend. It is drawn by an
 * off-screen {@link LanesView} of its own (the window's view is virtual: it draws only what its
 * height shows), sized to {@link LanesView#fullHeight()} so every arrow is in the picture and no
 * scroll bar appears, and with its own playback at the END of the trace: the picture shows the
 * whole story whatever the window's position, so the same lesson always exports the same picture.
 * Always in the light look on white, for documents and slides, whatever the window's theme.
 *
 * <p>Call on the JavaFX application thread.
 */
public final class LessonPicture {
    /** The diagram's width in logical pixels (the picture is this plus padding, times the scale). */
    public static final double WIDTH = 900;
    private static final double START_HEIGHT = 800;

    private LessonPicture() {
    }

    /** PNG bytes of the whole diagram at {@code scale} (1, 2 or 3; at most 8). */
    public static byte[] png(Trace trace, LaneHeader client, LaneHeader server, String title, Locale locale,
                             double scale) {
        LanesViewModel model = new LanesViewModel();
        model.clientHeaderProperty().set(client);
        model.serverHeaderProperty().set(server);
        model.localeProperty().set(locale);
        model.followPlaybackProperty().set(false);
        Playback playback = new Playback(trace);
        if (trace.size() > 0) {
            playback.seekToIndex(trace.size() - 1);
        }
        model.playbackProperty().set(playback);
        LanesView view = new LanesView(model);
        Fonts.load(); // Hangul: JavaFX has no CJK fallback on a bare Linux machine
        Scene scene = new Scene(new Group(view));
        for (String name : new String[] {"app.css", "theme-light.css"}) {
            String url = sheet(name);
            if (url != null) {
                scene.getStylesheets().add(url);
            }
        }
        view.setPrefSize(WIDTH, START_HEIGHT);
        lay(view);
        // the content height is known after a layout pass; a second pass settles the headers' height
        for (int pass = 0; pass < 3; pass++) {
            double full = Math.ceil(view.fullHeight());
            if (Math.abs(full - view.getHeight()) < 0.5) {
                break;
            }
            view.setPrefSize(WIDTH, full);
            lay(view);
        }
        return new DiagramPngExporter().exportPng(view, title, LanesLegend.entries(locale), scale);
    }

    private static void lay(LanesView view) {
        view.applyCss();
        view.autosize();
        view.layout();
        view.getParent().layout();
    }

    private static String sheet(String name) {
        URL url = LessonPicture.class.getResource("/org/handshakelab/app/css/" + name);
        return url == null ? null : url.toExternalForm();
    }
}
