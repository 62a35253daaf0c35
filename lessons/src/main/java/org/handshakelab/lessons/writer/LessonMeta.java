package org.handshakelab.lessons.writer;

import java.util.regex.Pattern;
import org.handshakelab.lessons.LocalizedText;

/**
 * The words of a lesson that a {@link LessonWriter} cannot take from a {@link
 * org.handshakelab.model.sim.Scenario}: its id, title, summary and the lanes' localized labels.
 */
public record LessonMeta(String id, LocalizedText title, LocalizedText summary, LocalizedText clientLabel,
                         LocalizedText serverLabel) {
    private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,63}$");

    public LessonMeta {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a lesson id is 1..64 of a-z, 0-9 and '-', starting with a letter or digit: " + id);
        }
        if (title == null || summary == null || clientLabel == null || serverLabel == null) {
            throw new IllegalArgumentException("title, summary and both labels are required");
        }
    }
}
