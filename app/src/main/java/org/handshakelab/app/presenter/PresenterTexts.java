package org.handshakelab.app.presenter;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

/** The words of presenter mode, themes, export and the sandbox switch (bundle {@code i18n/presenter}). */
public final class PresenterTexts {
    private static final String BUNDLE = "org.handshakelab.app.i18n.presenter";

    private PresenterTexts() {
    }

    public static String get(Locale locale, String key, Object... args) {
        Locale l = locale != null && "ko".equals(locale.getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
        String pattern = ResourceBundle.getBundle(BUNDLE, l).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, l).format(args);
    }

    /** A binding that re-reads {@code key} whenever the locale changes. */
    public static StringBinding text(ObservableValue<Locale> locale, String key, Object... args) {
        return Bindings.createStringBinding(() -> get(locale.getValue(), key, args), locale);
    }
}
