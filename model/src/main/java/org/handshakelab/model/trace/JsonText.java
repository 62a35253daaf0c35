package org.handshakelab.model.trace;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * JSON string escaping (RFC 8259 §7) and the text-or-hex rendering of payload bytes, written by
 * hand because the model has no JSON library.
 */
public final class JsonText {
    private JsonText() {
    }

    /**
     * Appends {@code s} as a JSON string literal, quotes included: {@code "} and {@code \} are
     * escaped, control characters become {@code \n}, {@code \t}, ... or a six-character {@code u00XX} escape, U+2028/2029
     * are escaped (they end lines in JavaScript), and an unpaired surrogate is written as
     * a six-character escape so the output stays valid UTF-8. Everything else (Hangul included) is written
     * as it is.
     */
    public static StringBuilder quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029') {
                        unicodeEscape(out, c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        unicodeEscape(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    public static String quote(String s) {
        return quote(new StringBuilder(s.length() + 2), s).toString();
    }

    private static void unicodeEscape(StringBuilder out, char c) {
        out.append("\\u").append(HexFormat.of().toHexDigits(c));
    }

    /**
     * The bytes as text if they are valid UTF-8 without control characters other than tab, CR and
     * LF; otherwise null (show them as hex).
     */
    public static String printableText(byte[] data) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') || (c >= 0x7F && c < 0xA0)) {
                return null;
            }
        }
        return text;
    }

    /** Lower-case hex, two digits per byte, no separators. */
    public static String hex(byte[] data) {
        return HexFormat.of().formatHex(data);
    }
}
