package org.handshakelab.lessons;

import java.util.List;

/**
 * A question asked when playback reaches an event.
 *
 * @param eventIndex index into the trace's events of the anchor event; -1 for the start
 * @param answer      0-based index of the right choice
 * @param explanation why the answer is right; null when the lesson gives none
 */
public record QuizQuestion(String id, int eventIndex, LocalizedText question, List<LocalizedText> choices, int answer,
                           LocalizedText explanation) {

    public QuizQuestion {
        choices = List.copyOf(choices);
    }
}
