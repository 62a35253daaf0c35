package org.handshakelab.lessons.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void aWordWithinTwoEditsIsSuggested() {
        assertEquals(" (did you mean \"latency\"?)", Suggestions.didYouMean("latncy", List.of("seed", "latency")));
        assertEquals(" (did you mean \"TIME_WAIT\"?)", Suggestions.didYouMean("time-wait", Vocabulary.STATE_NAMES));
    }

    @Test
    void farOrShortWordsGetNoSuggestion() {
        assertEquals("", Suggestions.didYouMean("shutdown", Vocabulary.CALLS));
        assertEquals("", Suggestions.didYouMean("up", Vocabulary.DIRECTIONS));
        assertEquals("", Suggestions.didYouMean("AC", List.of("PSH")), "two edits in a three-letter word is a guess");
    }

    @Test
    void distanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, Suggestions.distance("abc", "abc"));
        assertEquals(1, Suggestions.distance("abc", "abxc"));
        assertEquals(1, Suggestions.distance("abc", "ab"));
        assertEquals(1, Suggestions.distance("abc", "abd"));
        assertEquals(3, Suggestions.distance("", "abc"));
    }
}
