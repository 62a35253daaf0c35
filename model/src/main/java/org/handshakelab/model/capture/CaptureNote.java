package org.handshakelab.model.capture;

/**
 * One thing a passive observer had to assume about a conversation, as a kind (and a count where it
 * has one), not as words: the application words it in the reader's language, and again when the
 * language changes; {@link #english()} is the command line's wording.
 *
 * @param count how many, for {@link Kind#PACKETS_OMITTED}; 0 for the others
 */
public record CaptureNote(Kind kind, long count) {
    public enum Kind {
        /** The capture starts after the handshake: both sides are assumed ESTABLISHED. */
        JOINED_AFTER_HANDSHAKE,
        /** The conversation had more packets than the loader keeps. */
        PACKETS_OMITTED,
        /** The server answered the SYN with a reset: nothing listened on the port. */
        SYN_ANSWERED_WITH_RESET,
        /** The client's SYN got no answer in the capture. */
        SERVER_NEVER_ANSWERED
    }

    public CaptureNote {
        if (kind == null || count < 0 || (count > 0) != (kind == Kind.PACKETS_OMITTED)) {
            throw new IllegalArgumentException(kind + " with count " + count);
        }
    }

    public static CaptureNote of(Kind kind) {
        return new CaptureNote(kind, 0);
    }

    public static CaptureNote omitted(long packets) {
        return new CaptureNote(Kind.PACKETS_OMITTED, packets);
    }

    /** The note in plain English, e.g. for {@code handshake-lab import}. */
    public String english() {
        return switch (kind) {
            case JOINED_AFTER_HANDSHAKE -> "the capture starts after the handshake: both sides are assumed ESTABLISHED";
            case PACKETS_OMITTED -> count + " later packets were not loaded (packet limit)";
            case SYN_ANSWERED_WITH_RESET -> "the server answered the SYN with a reset: nothing was listening on the port";
            case SERVER_NEVER_ANSWERED -> "the server never answered in this capture";
        };
    }
}
