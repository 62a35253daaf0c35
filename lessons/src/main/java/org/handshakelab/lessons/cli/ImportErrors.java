package org.handshakelab.lessons.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.handshakelab.model.capture.CaptureFormatException;

/** Words for what went wrong opening a capture, shared by the {@code import} command and the application. */
public final class ImportErrors {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private ImportErrors() {
    }

    /**
     * {@code FILE: packet P, offset O: message} (or {@code FILE: file header, offset O: message} when
     * the file's own header is wrong) — where the file is bad, never a stack trace.
     */
    public static String located(String file, CaptureFormatException e) {
        String where = e.packetNumber() > 0 ? "packet " + e.packetNumber() : "file header";
        return file + ": " + where + ", offset " + e.offset() + ": " + reason(e);
    }

    /** The exception's message without the "(packet P, file offset O)" that its constructor appends. */
    public static String reason(CaptureFormatException e) {
        String message = e.getMessage();
        String suffix = (e.packetNumber() > 0 ? " (packet " + e.packetNumber() + ", " : " (") + "file offset "
                + e.offset() + ")";
        return message.endsWith(suffix) ? message.substring(0, message.length() - suffix.length()) : message;
    }

    /** A capture timestamp as UTC text with milliseconds, e.g. {@code 2020-06-10 12:34:56.789}. */
    public static String time(long epochNanos) {
        return TIME.format(Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L),
                Math.floorMod(epochNanos, 1_000_000_000L)));
    }
}
