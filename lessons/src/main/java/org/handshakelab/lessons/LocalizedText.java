package org.handshakelab.lessons;

import java.util.Map;

/**
 * Text in several languages, keyed by language tag ("en", "ko"). English is always present and is
 * the fallback for a missing language.
 */
public record LocalizedText(Map<String, String> byLanguage) {

    public LocalizedText {
        byLanguage = Map.copyOf(byLanguage);
        if (!byLanguage.containsKey("en")) {
            throw new IllegalArgumentException("localized text needs English (\"en\")");
        }
    }

    public static LocalizedText of(String en, String ko) {
        return new LocalizedText(ko == null ? Map.of("en", en) : Map.of("en", en, "ko", ko));
    }

    /** The text in {@code language} ("en", "ko"), or the English text when it has none. */
    public String get(String language) {
        return byLanguage.getOrDefault(language, byLanguage.get("en"));
    }

    public boolean has(String language) {
        return byLanguage.containsKey(language);
    }
}
