package org.handshakelab.app.lanes;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The few words the diagram draws, from {@code i18n/lanes_*.properties}; English when a language is missing. */
final class LanesText {
    private static final String BUNDLE = "org.handshakelab.app.i18n.lanes";
    private static final ResourceBundle.Control FALLBACK_TO_ENGLISH = new ResourceBundle.Control() {
        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return Locale.ENGLISH.equals(locale) ? null : Locale.ENGLISH;
        }
    };

    private final ResourceBundle bundle;
    private final Locale locale;

    LanesText(Locale locale) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, LanesText.class.getClassLoader(),
                FALLBACK_TO_ENGLISH);
    }

    String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** The playback clock, to the millisecond: "2.725 s". */
    String clock(long ms) {
        return format("duration.seconds", String.format(Locale.ROOT, "%.3f", ms / 1000.0));
    }

    /** A duration as people say it: "240 s", "1.5 s", "850 ms". */
    String duration(long ms) {
        if (ms < 1000) {
            return format("duration.millis", Long.toString(ms));
        }
        String seconds = ms % 1000 == 0 ? Long.toString(ms / 1000)
                : ms >= 10_000 ? Long.toString(Math.round(ms / 1000.0))
                : String.format(Locale.ROOT, "%.1f", ms / 1000.0);
        return format("duration.seconds", seconds);
    }
}
