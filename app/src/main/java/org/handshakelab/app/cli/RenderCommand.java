package org.handshakelab.app.cli;

import java.util.Optional;
import org.handshakelab.lessons.cli.LessonArgument;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import org.handshakelab.lessons.LoadedLesson;
import org.handshakelab.lessons.cli.Cli;
import org.handshakelab.lessons.cli.Command;

/**
 * {@code render FILE|ID --png OUT [--scale N] [--lang en|ko]}: the whole lanes diagram of a lesson
 * as a PNG, with its title and the legend, without a display. This class names no JavaFX type (the
 * command line must not load JavaFX unless this command runs); the drawing is done by
 * {@code HeadlessRender}, which it reaches by reflection.
 */
public final class RenderCommand implements Command {
    static final String RENDERER = "org.handshakelab.app.cli.HeadlessRender";

    public String name() {
        return "render";
    }

    public String arguments() {
        return "FILE|ID --png OUT [--scale 1|2|3] [--lang en|ko]";
    }

    public String summary() {
        return "draw a lesson's whole lanes diagram (at its end) to a PNG, headless";
    }

    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        String source = null;
        String png = null;
        int scale = 1;
        String lang = "en";
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--png" -> png = value(args, ++i, "--png needs the output file");
                case "--scale" -> {
                    String v = value(args, ++i, "--scale needs 1, 2 or 3");
                    if (!v.matches("[123]")) {
                        throw new UsageException("--scale must be 1, 2 or 3: " + v);
                    }
                    scale = Integer.parseInt(v);
                }
                case "--lang" -> {
                    lang = value(args, ++i, "--lang needs en or ko");
                    if (!lang.equals("en") && !lang.equals("ko")) {
                        throw new UsageException("--lang must be en or ko: " + lang);
                    }
                }
                default -> {
                    if (arg.startsWith("-") && arg.length() > 1) {
                        throw new UsageException("unknown option " + arg);
                    }
                    if (source != null) {
                        throw new UsageException("one lesson at a time");
                    }
                    source = arg;
                }
            }
        }
        if (source == null || png == null) {
            throw new UsageException("name a lesson (file or bundled id) and --png OUT");
        }
        Optional<LoadedLesson> loaded = LessonArgument.load(source, err);
        if (loaded.isEmpty()) {
            return Cli.FAILED;
        }
        LoadedLesson lesson = loaded.get();
        try {
            Object result = Class.forName(RENDERER)
                    .getMethod("render", LoadedLesson.class, Path.class, int.class, String.class, PrintStream.class)
                    .invoke(null, lesson, Path.of(png), scale, lang, err);
            int exit = (Integer) result;
            if (exit == Cli.OK) {
                out.println(png);
            }
            return exit;
        } catch (InvocationTargetException e) {
            err.println("render: " + e.getCause());
            return Cli.FAILED;
        } catch (ReflectiveOperationException | LinkageError e) {
            err.println("render: JavaFX is not available: " + e);
            return Cli.FAILED;
        }
    }

    private static String value(List<String> args, int i, String message) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(message);
        }
        return args.get(i);
    }
}
