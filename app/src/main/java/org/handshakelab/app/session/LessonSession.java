package org.handshakelab.app.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.logging.Level;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.handshakelab.app.AppLogging;
import org.handshakelab.lessons.Diagnostic;
import org.handshakelab.lessons.LoadOutcome;

/**
 * Which lesson is open, and opening others: loading runs off the FX thread in a {@link Task} that
 * can be cancelled; a lesson with errors leaves the open lesson as it is and lists the errors; the
 * open file is watched and reloaded when it changes; files opened are remembered in {@link RecentFiles}.
 * FX thread only, except where noted.
 */
public final class LessonSession implements AutoCloseable {

    /** What the session tells the user about (as a short notification). */
    public enum Notice { OPENED, RELOADED, FAILED, CANCELLED }

    private static final Duration RELOAD_DEBOUNCE = Duration.millis(300);

    private final ReadOnlyObjectWrapper<OpenLesson> open = new ReadOnlyObjectWrapper<>(this, "open");
    private final ObservableList<Diagnostic> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problemsSource = new ReadOnlyStringWrapper(this, "problemsSource", "");
    private final ReadOnlyBooleanWrapper problemsAreErrors = new ReadOnlyBooleanWrapper(this, "problemsAreErrors");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper loadingName = new ReadOnlyStringWrapper(this, "loadingName", "");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final RecentFiles recentFiles;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "lesson-loader");
        thread.setDaemon(true);
        return thread;
    });
    private final PauseTransition reloadDebounce = new PauseTransition(RELOAD_DEBOUNCE);
    private BiConsumer<Notice, String> notifier = (notice, name) -> { };
    private Task<LoadOutcome> current;
    private FileWatcher watcher;
    private Path watched;

    public LessonSession(RecentFiles recentFiles) {
        this.recentFiles = recentFiles;
        recent.setAll(recentFiles.list());
        reloadDebounce.setOnFinished(e -> {
            OpenLesson now = open.get();
            if (now != null && now.file() != null) {
                reload();
            }
        });
    }

    public ReadOnlyObjectProperty<OpenLesson> openProperty() {
        return open.getReadOnlyProperty();
    }

    public OpenLesson open() {
        return open.get();
    }

    /** Problems found in the lesson last loaded (errors: it was not opened; warnings: it was). */
    public ObservableList<Diagnostic> problems() {
        return problems;
    }

    /** The file name (or lesson id) the problems belong to. */
    public ReadOnlyStringProperty problemsSourceProperty() {
        return problemsSource.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty problemsAreErrorsProperty() {
        return problemsAreErrors.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The file name or lesson id being loaded now. */
    public ReadOnlyStringProperty loadingNameProperty() {
        return loadingName.getReadOnlyProperty();
    }

    /** Recently opened files, newest first. */
    public ObservableList<Path> recent() {
        return FXCollections.unmodifiableObservableList(recent);
    }

    public void setNotifier(BiConsumer<Notice, String> notifier) {
        this.notifier = notifier;
    }

    public void clearProblems() {
        problems.clear();
        problemsSource.set("");
    }

    /** Shows an outcome computed elsewhere (the lesson loaded at start-up, off the FX thread). */
    public void show(LoadOutcome outcome, Path file, String displayName) {
        apply(outcome, file, displayName, false);
    }

    public Task<LoadOutcome> openFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        boolean sameFile = open.get() != null && absolute.equals(open.get().file());
        return start(cancelled -> LessonSource.loadFile(absolute, cancelled), absolute, absolute.getFileName().toString(), sameFile);
    }

    public Task<LoadOutcome> openBundled(String id) {
        boolean same = open.get() != null && open.get().file() == null && open.get().lesson().id().equals(id);
        return start(cancelled -> LessonSource.loadBundled(id, cancelled), null, id, same);
    }

    /** Reads the open lesson again (its file, or the bundled lesson). */
    public Task<LoadOutcome> reload() {
        OpenLesson now = open.get();
        if (now == null) {
            return null;
        }
        return now.file() != null ? openFile(now.file()) : openBundled(now.lesson().id());
    }

    /** The user's Cancel: the load in progress, if any, changes nothing, and the user is told so. */
    public void cancelLoading() {
        abandonLoading(true);
    }

    private void abandonLoading(boolean tell) {
        Task<LoadOutcome> task = current;
        if (task == null || task.cancel()) {
            return; // nothing running, or cancelled: its onCancelled handler has finished it
        }
        // The load had already returned on its worker thread and its result is still on the way to
        // this thread, so the Task cannot be cancelled any more: drop the result here instead, so a
        // Cancel pressed at that instant still leaves the open lesson as it was.
        String name = loadingName.get();
        finish(task, () -> {
            if (tell) {
                notifier.accept(Notice.CANCELLED, name);
            }
        });
    }

    private Task<LoadOutcome> start(Function<BooleanSupplier, LoadOutcome> load, Path file, String name,
                                    boolean reloading) {
        abandonLoading(false); // superseded by this open
        Task<LoadOutcome> task = new Task<>() {
            @Override
            protected LoadOutcome call() {
                return load.apply(this::isCancelled); // the loader polls it and stops early
            }
        };
        current = task;
        loadingName.set(name);
        loading.set(true);
        task.setOnSucceeded(e -> finish(task, () -> apply(task.getValue(), file, name, reloading)));
        task.setOnCancelled(e -> finish(task, () -> notifier.accept(Notice.CANCELLED, name)));
        task.setOnFailed(e -> finish(task, () -> {
            AppLogging.LOG.log(Level.SEVERE, "loading " + name + " failed", task.getException());
            apply(new LoadOutcome.Failed(List.of(new Diagnostic(name, 0, 0, Diagnostic.Severity.ERROR,
                    "could not be loaded (" + task.getException().getClass().getSimpleName()
                            + "); details are in the log", null))), file, name, reloading);
        }));
        executor.execute(task);
        return task;
    }

    private void finish(Task<LoadOutcome> task, Runnable then) {
        if (task != current) {
            return; // superseded by a later open
        }
        current = null;
        loading.set(false);
        then.run();
    }

    private void apply(LoadOutcome outcome, Path file, String name, boolean reloading) {
        if (outcome instanceof LoadOutcome.Loaded loaded) {
            problems.setAll(loaded.lesson().warnings());
            problemsSource.set(problems.isEmpty() ? "" : name);
            problemsAreErrors.set(false);
            open.set(new OpenLesson(loaded.lesson(), file, reloading));
            if (file != null) {
                recentFiles.add(file);
                recent.setAll(recentFiles.list());
            }
            watch(file);
            notifier.accept(reloading ? Notice.RELOADED : Notice.OPENED, name);
        } else if (outcome instanceof LoadOutcome.Failed failed) {
            problems.setAll(failed.diagnostics());
            problemsSource.set(name);
            problemsAreErrors.set(true);
            notifier.accept(Notice.FAILED, name);
        }
    }

    private void watch(Path file) {
        if (file != null && file.equals(watched)) {
            return;
        }
        stopWatching();
        if (file == null) {
            return;
        }
        try {
            watcher = new FileWatcher(file, () -> Platform.runLater(reloadDebounce::playFromStart));
            watched = file;
        } catch (IOException | RuntimeException e) {
            AppLogging.LOG.log(Level.WARNING, "cannot watch " + file + " for changes", e);
        }
    }

    private void stopWatching() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
            watched = null;
        }
    }

    @Override
    public void close() {
        stopWatching();
        abandonLoading(false);
        executor.shutdownNow();
    }
}
