package org.handshakelab.app.diagram;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The model words each state change's cause in English ("received FIN", or a capture's "saw FIN from
 * server"); the caption shows it in the reader's language where the teaching bundle has it, and as the
 * model said it otherwise.
 */
final class CauseTexts {
    private CauseTexts() {
    }

    static String key(String cause) {
        return "cause." + cause.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    static String localized(ResourceBundle texts, String cause) {
        try {
            return texts.getString(key(cause));
        } catch (MissingResourceException e) {
            return cause;
        }
    }
}
