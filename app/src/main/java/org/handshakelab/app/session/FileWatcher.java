package org.handshakelab.app.session;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.logging.Level;
import org.handshakelab.app.AppLogging;

/**
 * Watches one file through a {@link WatchService} on its directory, on a daemon thread, and calls
 * back (on that thread) when the file is created or modified. Editors often save by writing a new
 * file and renaming it, so creation counts as a change too. Callers debounce.
 */
public final class FileWatcher implements AutoCloseable {
    private final WatchService service;
    private final Thread thread;

    public FileWatcher(Path file, Runnable onChange) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        Path name = absolute.getFileName();
        service = FileSystems.getDefault().newWatchService();
        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        thread = new Thread(() -> loop(name, onChange), "lesson-file-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Path name, Runnable onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean changed = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (name.equals(event.context())) {
                        changed = true;
                    }
                }
                key.reset();
                if (changed) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        } catch (RuntimeException e) {
            AppLogging.LOG.log(Level.WARNING, "file watcher stopped", e);
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            AppLogging.LOG.log(Level.FINE, "closing the file watcher", e);
        }
        thread.interrupt();
    }
}
