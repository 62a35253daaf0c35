package org.handshakelab.app.i18n;

import java.util.Locale;

/** The user interface languages; the tag is the key lessons use in their localized texts. */
public enum Language {
    ENGLISH("en", Locale.ENGLISH, "English"),
    KOREAN("ko", Locale.KOREAN, "한국어");

    private final String tag;
    private final Locale locale;
    private final String nativeName;

    Language(String tag, Locale locale, String nativeName) {
        this.tag = tag;
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, as language menus show it. */
    public String nativeName() {
        return nativeName;
    }

    /** Korean when the locale's language is Korean, English otherwise. */
    public static Language forLocale(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? KOREAN : ENGLISH;
    }

    /** The language with this tag ("en", "ko"). */
    public static Language forTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equals(tag)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language: " + tag);
    }
}
