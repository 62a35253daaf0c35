package org.handshakelab.app.i18n;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.handshakelab.lessons.LocalizedText;

/**
 * The user interface texts, switched live: every label binds to {@link #text(String, Object...)},
 * which follows {@link #languageProperty()}. Bundles are {@code org/handshakelab/app/i18n/messages_*.properties},
 * read as UTF-8 (the default for properties bundles since Java 9).
 */
public final class I18n {
    private static final String BUNDLE = "org.handshakelab.app.i18n.messages";

    private final ObjectProperty<Language> language;
    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    public I18n(Language initial) {
        language = new SimpleObjectProperty<>(this, "language", initial);
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    public void setLanguage(Language value) {
        language.set(value);
    }

    /** The text for {@code key} in the current language, formatted with {@link MessageFormat} when args are given. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(language.get()).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.get().locale()).format(args);
    }

    /** A binding that re-reads {@code key} whenever the language changes. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), language);
    }

    /** A lesson's text in the current language (English when the lesson has none in it). */
    public String pick(LocalizedText text) {
        return text == null ? "" : text.get(language.get().tag());
    }

    private ResourceBundle bundle(Language lang) {
        return bundles.computeIfAbsent(lang, l -> ResourceBundle.getBundle(BUNDLE, l.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
}
