package org.handshakelab.app.capture;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.handshakelab.model.capture.CaptureNote;

/** The words of the capture dialogs (bundle {@code i18n/sandbox}, keys {@code capture.*}). */
final class CaptureTexts {
    private static final String BUNDLE = "org.handshakelab.app.i18n.sandbox";

    private CaptureTexts() {
    }

    static ResourceBundle bundle(Locale locale) {
        Locale l = locale != null && "ko".equals(locale.getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
        return ResourceBundle.getBundle(BUNDLE, l);
    }

    /** A note of the observer's in {@code locale}'s words: key {@code capture.note.<kind>}, e.g. {@code capture.note.packets-omitted}. */
    static String note(Locale locale, CaptureNote note) {
        String key = "capture.note." + note.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return note.kind() == CaptureNote.Kind.PACKETS_OMITTED ? get(locale, key, note.count()) : get(locale, key);
    }

    static String get(Locale locale, String key, Object... args) {
        String pattern = bundle(locale).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
