package org.handshakelab.app.cli;

import static org.handshakelab.lessons.cli.CliRun.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import org.handshakelab.app.export.DiagramPngExporterAccess;
import org.handshakelab.app.export.FxTesting;
import org.handshakelab.app.export.LessonPicture;
import org.handshakelab.lessons.cli.Cli;
import org.handshakelab.lessons.cli.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RenderCommandTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() {
        FxTesting.startToolkit();
        Cli.register(new RenderCommand());
    }

    /** Width x height, and how many pixels are not the white page. */
    record Decoded(int width, int height, long ink) {
    }

    static Decoded decode(Path png) throws Exception {
        byte[] bytes = Files.readAllBytes(png);
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
        Image image = new Image(new ByteArrayInputStream(bytes));
        assertTrue(!image.isError(), "decodes");
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new Decoded(w, h, Arrays.stream(argb).filter(p -> p != 0xFFFFFFFF).count());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void renderWritesTheWholeDiagramAtEachScale(int scale) throws Exception {
        Path png = dir.resolve("four-" + scale + ".png");
        CliRun run = cli("render", "four-way-handshake", "--png", png.toString(), "--scale", String.valueOf(scale));
        assertEquals(0, run.exit(), run.err());
        Decoded d = decode(png);
        assertEquals((int) Math.ceil((LessonPicture.WIDTH + 2 * DiagramPngExporterAccess.padding()) * scale), d.width());
        assertTrue(d.height() > 500 * scale, "tall enough for the whole diagram: " + d.height());
        assertTrue(d.ink() > 20_000L * scale * scale, "not blank: " + d.ink());
        if (scale == 2) {
            Files.copy(png, FxTesting.picture("render-four-way-handshake-2x.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void scaleMultipliesBothSidesOfTheSamePicture() throws Exception {
        Path one = dir.resolve("one.png");
        Path three = dir.resolve("three.png");
        assertEquals(0, cli("render", "syn-lost", "--png", one.toString()).exit());
        assertEquals(0, cli("render", "syn-lost", "--png", three.toString(), "--scale", "3", "--lang", "ko").exit());
        Decoded a = decode(one);
        Decoded b = decode(three);
        assertEquals(a.width() * 3, b.width(), 3);
        assertEquals(a.height() * 3, b.height(), 12);
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertEquals(Cli.USAGE, cli("render", "four-way-handshake").exit());
        assertEquals(Cli.USAGE, cli("render", "four-way-handshake", "--png", "x.png", "--scale", "5").exit());
        assertEquals(Cli.USAGE, cli("render", "four-way-handshake", "--png", "x.png", "--lang", "fr").exit());
        assertEquals(Cli.FAILED, cli("render", "no-such-lesson", "--png", dir.resolve("x.png").toString()).exit());
    }

    /** The real command line, in a JVM of its own with no display: Main registers render, Monocle draws. */
    @Test
    void mainRendersInAFreshJvmWithoutADisplay() throws Exception {
        Path png = dir.resolve("fresh.png");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.handshakelab.app.Main", "render", "three-way-handshake", "--png", png.toString(), "--scale", "2")
                .redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "ends");
        assertEquals(0, p.exitValue(), output);
        Decoded d = decode(png);
        assertTrue(d.ink() > 40_000, "not blank: " + d.ink());
        assertTrue(List.of(output.split("\\R")).contains(png.toString()), output);
    }
}
