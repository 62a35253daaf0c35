package org.handshakelab.model.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0000i\\u001fj\\u007f\"",
                JsonText.quote("a\"b\\c\nd\re\tf\bg\fh\u0000i\u001fj\u007f"));
    }

    @Test
    void keepsHangulAndOtherUnicodeAsIs() {
        assertEquals("\"연결 종료 — TIME_WAIT 😀\"", JsonText.quote("연결 종료 — TIME_WAIT 😀"));
    }

    @Test
    void escapesLineSeparatorsAndLoneSurrogates() {
        assertEquals("\"\\u2028\\u2029\\ud800x\\udc00\"", JsonText.quote("\u2028\u2029\ud800x\udc00"));
    }

    @Test
    void payloadIsTextOnlyWhenPrintableUtf8() {
        assertEquals("GET / HTTP/1.1\r\n", JsonText.printableText("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("안녕", JsonText.printableText("안녕".getBytes(StandardCharsets.UTF_8)));
        assertNull(JsonText.printableText(new byte[] {(byte) 0xC3}), "truncated UTF-8");
        assertNull(JsonText.printableText(new byte[] {'a', 0, 'b'}), "NUL is not printable");
        assertEquals("00ff10", JsonText.hex(new byte[] {0, (byte) 0xFF, 16}));
    }
}
