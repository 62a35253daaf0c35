package org.handshakelab.app.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.handshakelab.app.i18n.I18n;
import org.handshakelab.app.i18n.Language;
import org.handshakelab.app.session.LessonSession;
import org.handshakelab.app.session.LessonSource;
import org.handshakelab.app.session.RecentFiles;
import org.handshakelab.app.ui.MainWindow;
import org.handshakelab.lessons.LoadOutcome;

/**
 * Frame-pacing benchmark (not a test): the real main window with the generated bulk-transfer lesson
 * ({@link BulkLesson}, about 5,000 segments), played at 4x for a fixed time. Every pulse of the scene
 * is timed (a pre-layout pulse listener, so the interval covers animation, layout, CSS and the
 * render of the previous frame); when playback reaches the end it restarts, so the whole span is
 * playing. Prints the intervals' p50, p99 and max, then the heap in use after a full GC.
 *
 * <p>{@code java -Dprism.order=sw -cp handshake-lab.jar org.handshakelab.app.bench.FramePacing$Launch [SECONDS [WARM_UP_SECONDS]]}
 * (scripts/bench-frames.sh runs it under Xvfb). With a warm-up, playback runs that long before the
 * timing starts: the figures then leave out the JIT compiling the code of the first seconds.
 */
public final class FramePacing extends Application {
    private static final double SPEED = 4.0;
    /** Frames ignored at the start while the window settles (first layout, skins, JIT warm-up). */
    private static final int WARM_UP_FRAMES = 30;

    private final double[] intervals = new double[100_000];
    /** The playback's time (ms of the lesson) at each timed frame, to say where the long ones fall. */
    private final long[] lessonTimes = new long[100_000];
    private int count;
    private long lastPulse;
    private int restarts;
    /** Frame numbers (indexes into intervals) at which the lanes turned a page. */
    private final java.util.List<Integer> pageTurns = new java.util.ArrayList<>();

    @Override
    public void start(Stage stage) throws Exception {
        var args = getParameters().getRaw();
        double seconds = args.isEmpty() ? 20 : Double.parseDouble(args.get(0));
        double warmUp = args.size() < 2 ? 0 : Double.parseDouble(args.get(1));
        Path lessonFile = BulkLesson.write(Files.createTempFile("bench-bulk-", ".json"));
        long loadStart = System.nanoTime();
        LoadOutcome outcome = LessonSource.loadFile(lessonFile);
        if (!(outcome instanceof LoadOutcome.Loaded loaded)) {
            throw new IllegalStateException("the generated lesson did not load: " + outcome);
        }
        long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
        long segments = loaded.lesson().result().trace().events().stream()
                .filter(e -> e instanceof org.handshakelab.model.trace.TraceEvent.SegmentSent).count();
        Path recent = Files.createTempFile("bench-recent-", ".txt");
        LessonSession session = new LessonSession(new RecentFiles(recent));
        session.show(outcome, lessonFile, lessonFile.getFileName().toString());
        MainWindow window = new MainWindow(stage, new I18n(Language.forTag("en")), session);
        stage.show();
        System.out.printf(Locale.ROOT, "lesson: %d segments sent, %d trace events, loaded in %d ms%n",
                segments, loaded.lesson().result().trace().size(), loadMs);
        System.out.printf(Locale.ROOT, "heap-after-load-mb %.1f%n", heapAfterGcMb());

        var player = window.player();
        player.speedProperty().set(SPEED);
        player.playingProperty().addListener((o, was, playing) -> {
            if (!playing) { // reached the end: play it again so the whole span is playing
                restarts++;
                Platform.runLater(player::play);
            }
        });
        // the lanes' scroll bar moves when following playback turns a page
        for (javafx.scene.Node bar : window.scene().lookup("#lanes-view").lookupAll(".scroll-bar")) {
            ((javafx.scene.control.ScrollBar) bar).valueProperty().addListener(o -> pageTurns.add(count));
        }
        window.scene().addPreLayoutPulseListener(() -> {
            long now = System.nanoTime();
            if (lastPulse != 0 && count < intervals.length) {
                var playback = window.player().playback();
                lessonTimes[count] = playback == null ? -1 : playback.timeProperty().get();
                intervals[count++] = (now - lastPulse) / 1e6;
            }
            lastPulse = now;
        });
        // let the window settle before timing, then play for the given span
        PauseTransition settle = new PauseTransition(Duration.millis(500));
        settle.setOnFinished(e -> {
            player.play();
            if (warmUp > 0) {
                PauseTransition warm = new PauseTransition(Duration.seconds(warmUp));
                warm.setOnFinished(w -> time(seconds, window, session));
                warm.play();
            } else {
                time(seconds, window, session);
            }
        });
        settle.play();
    }

    /** Starts timing the frames now, and ends after {@code seconds}. */
    private void time(double seconds, MainWindow window, LessonSession session) {
        count = 0;
        lastPulse = 0;
        pageTurns.clear();
        PauseTransition run = new PauseTransition(Duration.seconds(seconds));
        run.setOnFinished(f -> finish(window, session));
        run.play();
    }

    private void finish(MainWindow window, LessonSession session) {
        window.player().pause();
        double[] measured = Arrays.copyOfRange(intervals, Math.min(WARM_UP_FRAMES, count), count);
        System.out.println(FrameStats.of(measured).line());
        System.out.printf(Locale.ROOT, "frames-over-20ms %d over-50ms %d over-100ms %d%n",
                Arrays.stream(measured).filter(ms -> ms > 20).count(),
                Arrays.stream(measured).filter(ms -> ms > 50).count(),
                Arrays.stream(measured).filter(ms -> ms > 100).count());
        System.out.println("restarts " + restarts);
        // how many of the long frames come right after a page turn (that frame and the next two)
        java.util.Set<Integer> afterTurn = new java.util.HashSet<>();
        for (int turn : pageTurns) {
            for (int f = turn; f <= turn + 2; f++) {
                afterTurn.add(f - Math.min(WARM_UP_FRAMES, count));
            }
        }
        long slow = 0;
        long slowAfterTurn = 0;
        for (int f = 0; f < measured.length; f++) {
            if (measured[f] > 20) {
                slow++;
                if (afterTurn.contains(f)) {
                    slowAfterTurn++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "page-turns %d, frames over 20 ms within two frames of a turn %d of %d%n",
                pageTurns.size(), slowAfterTurn, slow);
        if (Boolean.getBoolean("handshakelab.bench.listLongFrames")) {
            int skipped = Math.min(WARM_UP_FRAMES, count);
            for (int f = 0; f < measured.length; f++) {
                if (measured[f] > 20) {
                    System.out.printf(Locale.ROOT, "long-frame %d %.1f ms at lesson time %d ms (before it %d ms)%n",
                            f, measured[f], lessonTimes[f + skipped], f + skipped > 0 ? lessonTimes[f + skipped - 1] : -1);
                }
            }
        }
        int[] nodes = new int[2];
        count(window.scene().getRoot(), nodes);
        System.out.println("scene-nodes " + nodes[0] + " visible " + nodes[1]);
        java.util.Map<String, Integer> hiddenByClass = new java.util.TreeMap<>();
        hidden(window.scene().getRoot(), false, hiddenByClass);
        System.out.println("hidden-nodes " + hiddenByClass);
        System.out.printf(Locale.ROOT, "heap-after-play-mb %.1f%n", heapAfterGcMb());
        System.out.flush();
        session.close();
        Platform.exit();
    }

    private static void hidden(javafx.scene.Node node, boolean underHidden, java.util.Map<String, Integer> byClass) {
        boolean h = underHidden || !node.isVisible();
        if (h) {
            byClass.merge(node.getClass().getSimpleName(), 1, Integer::sum);
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                hidden(child, h, byClass);
            }
        }
    }

    /** Counts {@code node} and its descendants: [all, visible (with every ancestor visible)]. */
    private static void count(javafx.scene.Node node, int[] counts) {
        counts[0]++;
        counts[1]++;
        if (node instanceof javafx.scene.Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                if (child.isVisible()) {
                    count(child, counts);
                } else {
                    int[] hidden = new int[2];
                    count(child, hidden);
                    counts[0] += hidden[0];
                }
            }
        }
    }

    /**
     * Heap in use after a full collection, in MiB (the lesson and the window are still reachable).
     * The collection must not change what it measures before: G1 gives back memory after a full
     * collection (to 80 of 388 MB here), and the heap then grew back during the first second of
     * playing with four young pauses of 8-10 ms, long frames the application itself, which never
     * asks for a collection, does not have. So the heap is not shrunk for the measurement.
     */
    static double heapAfterGcMb() {
        ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                .setVMOption("MaxHeapFreeRatio", "100");
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    /** Launcher: an Application subclass cannot be the class-path main class. */
    public static final class Launch {
        private Launch() {
        }

        public static void main(String[] args) {
            Application.launch(FramePacing.class, args);
        }
    }
}
