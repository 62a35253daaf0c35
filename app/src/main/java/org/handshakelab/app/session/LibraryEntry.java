package org.handshakelab.app.session;

import org.handshakelab.lessons.LocalizedText;

/** One bundled lesson as the library lists it. */
public record LibraryEntry(String id, LocalizedText title, LocalizedText summary) {
}
