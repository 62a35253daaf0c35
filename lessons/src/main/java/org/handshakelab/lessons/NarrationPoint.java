package org.handshakelab.lessons;

/**
 * Narration shown from an event of the trace on.
 *
 * @param eventIndex index into the trace's events of the anchor event; -1 for the start (before the first event)
 * @param pause      whether playback pauses when it reaches this point
 */
public record NarrationPoint(String id, int eventIndex, boolean pause, LocalizedText text) {
}
