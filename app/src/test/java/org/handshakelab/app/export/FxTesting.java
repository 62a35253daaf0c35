package org.handshakelab.app.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Shared helpers for the teaching components' headless JavaFX tests (Monocle, see app/pom.xml). */
public final class FxTesting {
    private FxTesting() {
    }

    /**
     * Starts the JavaFX toolkit once per JVM, with the application's base theme (AtlantaFX Primer
     * Light, the user agent stylesheet that the app shell sets), which teaching.css builds on.
     */
    public static void startToolkit() {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("JavaFX did not start", e);
        }
        runFx(() -> Application.setUserAgentStylesheet(baseTheme("primer-light.css")));
    }

    /** The URL of an AtlantaFX Primer stylesheet (the app names them by resource path, as here). */
    public static String baseTheme(String name) {
        var url = FxTesting.class.getResource("/atlantafx/base/theme/" + name);
        if (url == null) {
            throw new IllegalStateException("missing AtlantaFX theme " + name);
        }
        return url.toExternalForm();
    }

    /** Runs {@code action} on the JavaFX thread and returns its result. */
    public static <T> T onFx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void runFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A scene holding {@code root} with teaching.css (plus {@code extraSheets}), laid out at the size. */
    public static Scene sceneOf(Parent root, double width, double height, String... extraSheets) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(stylesheet("teaching.css"));
        for (String sheet : extraSheets) {
            scene.getStylesheets().add(stylesheet(sheet));
        }
        root.applyCss();
        root.layout();
        return scene;
    }

    public static String stylesheet(String name) {
        var url = FxTesting.class.getResource("/org/handshakelab/app/css/" + name);
        if (url == null) {
            throw new IllegalStateException("missing style sheet " + name);
        }
        return url.toExternalForm();
    }

    /** Writes a snapshot of {@code node} (on a background colour) as PNG, for a person to look at. */
    public static void saveSnapshot(Node node, Color background, Path file) {
        WritableImage image = onFx(() -> {
            node.applyCss();
            if (node instanceof Parent p) {
                p.layout();
            }
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(background);
            return node.snapshot(params, null);
        });
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, PngEncoder.encode(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where "look at it" pictures go: the module's build folder, never outside the checkout. The
     * folder is made here, so that a test writing there does not depend on another one having run.
     */
    public static Path picture(String name) {
        Path folder = Path.of("target", "pictures");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder.resolve(name);
    }
}
