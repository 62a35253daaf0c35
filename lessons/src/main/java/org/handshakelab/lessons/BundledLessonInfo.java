package org.handshakelab.lessons;

/** What the lesson library shows of a bundled lesson before loading it. */
public record BundledLessonInfo(String id, LocalizedText title, LocalizedText summary) {
}
