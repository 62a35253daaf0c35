package org.handshakelab.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import org.handshakelab.app.export.LessonPicture;
import org.handshakelab.app.lanes.LaneHeader;
import org.handshakelab.lessons.LoadedLesson;
import org.handshakelab.lessons.cli.Cli;
import org.handshakelab.model.sim.EndpointSetup;
import org.handshakelab.model.tcp.Side;

/**
 * The JavaFX half of {@link RenderCommand}: starts the toolkit on Monocle's headless platform with
 * the software pipeline (so no display is needed), draws the picture, writes it. When the toolkit
 * already runs (the application, or tests), it is used as it is.
 */
public final class HeadlessRender {
    private static final String PRIMER_LIGHT = "/atlantafx/base/theme/primer-light.css";

    private HeadlessRender() {
    }

    /** Called reflectively by {@link RenderCommand}; returns the exit code. */
    public static int render(LoadedLesson lesson, Path png, int scale, String lang, PrintStream err) {
        boolean started = startToolkit();
        Locale locale = lang.equals("ko") ? Locale.KOREAN : Locale.ENGLISH;
        String tag = locale.getLanguage();
        CompletableFuture<byte[]> picture = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                if (started) {
                    var base = HeadlessRender.class.getResource(PRIMER_LIGHT);
                    if (base != null) {
                        Application.setUserAgentStylesheet(base.toExternalForm());
                    }
                }
                picture.complete(LessonPicture.png(lesson.result().trace(), header(lesson, Side.CLIENT, tag),
                        header(lesson, Side.SERVER, tag), lesson.title().get(tag), locale, scale));
            } catch (RuntimeException | Error e) {
                picture.completeExceptionally(e);
            }
        });
        try {
            Files.write(png, picture.get(120, TimeUnit.SECONDS));
            return Cli.OK;
        } catch (IOException e) {
            err.println(png + ": cannot write: " + e.getMessage());
            return Cli.FAILED;
        } catch (Exception e) {
            err.println("render: " + (e.getCause() != null ? e.getCause() : e));
            return Cli.FAILED;
        }
        // the toolkit is left running: the command line ends the JVM, and a running application or
        // test JVM could never start JavaFX again after Platform.exit
    }

    /** Starts JavaFX headless; false when it was already running. */
    private static boolean startToolkit() {
        if (System.getProperty("glass.platform") == null && monoclePresent()) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
        }
        CompletableFuture<Void> ready = new CompletableFuture<>();
        try {
            Platform.startup(() -> ready.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            return false;
        }
        ready.join();
        return true;
    }

    private static boolean monoclePresent() {
        try {
            Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory", false,
                    HeadlessRender.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static LaneHeader header(LoadedLesson lesson, Side side, String tag) {
        EndpointSetup setup = side == Side.CLIENT ? lesson.scenario().client() : lesson.scenario().server();
        return new LaneHeader(lesson.label(side).get(tag), setup.address(), setup.port());
    }
}
