package org.handshakelab.app.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small lesson in format v1 written for these tests: the server listens, the client connects,
 * the three-way handshake completes (RFC 9293 §3.5, Figure 6). Its narration has a pausing point at
 * SYN_SENT. The states, segments and times come from the real loader and TCP model.
 */
final class FixtureLesson {
    static final String ID = "fixture-handshake";
    static final String FILE_NAME = ID + ".json";

    static final String TEXT = """
            {
              "format": 1,
              "id": "fixture-handshake",
              "title": {"en": "Fixture: three-way handshake", "ko": "테스트: 3방향 핸드셰이크"},
              "summary": {"en": "A connection opens.", "ko": "연결이 열립니다."},
              "setup": {
                "client": {"label": {"en": "Client", "ko": "클라이언트"}, "address": "10.0.0.1", "port": 49152, "isn": 1000},
                "server": {"label": {"en": "Server", "ko": "서버"}, "address": "10.0.0.2", "port": 80, "isn": 5000}
              },
              "script": [
                {"id": "open", "at": 0, "endpoint": "server", "do": "listen"},
                {"id": "connect", "at": 100, "endpoint": "client", "do": "connect"}
              ],
              "narration": [
                {"id": "n-start", "at": {"start": true},
                 "text": {"en": "The server is about to listen.", "ko": "서버가 곧 연결을 기다립니다."}},
                {"id": "n-syn", "at": {"state": "SYN_SENT", "endpoint": "client"}, "pause": true,
                 "text": {"en": "The client sends SYN.", "ko": "클라이언트가 SYN을 보냅니다."}},
                {"id": "n-est", "at": {"state": "ESTABLISHED", "endpoint": "server"},
                 "text": {"en": "Both sides are ESTABLISHED.", "ko": "양쪽 모두 ESTABLISHED입니다."}}
              ],
              "expectations": [
                {"at": {"end": true}, "client": "ESTABLISHED", "server": "ESTABLISHED"}
              ]
            }
            """;

    private FixtureLesson() {
    }

    /** Writes the lesson to {@code dir} and returns the file. */
    static Path write(Path dir) {
        try {
            Path file = dir.resolve(FILE_NAME);
            Files.writeString(file, TEXT, StandardCharsets.UTF_8);
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
