package org.handshakelab.app.session;

import java.nio.file.Path;
import org.handshakelab.lessons.LoadedLesson;

/**
 * The lesson on screen.
 *
 * @param file     the file it was read from, or null for a bundled lesson
 * @param reloaded true when it replaces the same lesson re-read (playback keeps its position)
 */
public record OpenLesson(LoadedLesson lesson, Path file, boolean reloaded) {
}
