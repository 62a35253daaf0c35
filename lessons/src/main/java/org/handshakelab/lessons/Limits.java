package org.handshakelab.lessons;

/** The limits of lesson format v1 (docs/lesson-format.md, "Limits"); each breach is an error. */
public final class Limits {
    public static final long MAX_FILE_BYTES = 1024 * 1024;
    public static final int MAX_DEPTH = 32;
    public static final int MAX_STRING_CHARS = 4000;
    public static final int MAX_STEPS = 1000;
    public static final int MAX_FAULTS = 1000;
    public static final int MAX_NARRATION = 1000;
    public static final int MAX_EXPECTATIONS = 1000;
    public static final int MAX_QUIZ = 200;
    /** All bytes the script sends, added up: keeps a small file from asking for gigabytes. */
    public static final long MAX_TOTAL_SEND_BYTES = 16L * 1024 * 1024;
    public static final int MAX_EVENTS = 1_000_000;
    public static final long MAX_TIME_MS = 86_400_000L;

    private Limits() {
    }
}
