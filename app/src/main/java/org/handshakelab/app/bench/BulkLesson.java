package org.handshakelab.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the frame-pacing benchmark's lesson: a bulk transfer with random loss, big enough to make
 * a trace of about five thousand segments. It is ordinary lesson JSON (format v1, see
 * docs/lesson-format.md), so the benchmark opens it the way a user opens a file, within the
 * loader's limits (one send step of {@code bytes} at most 1 MiB).
 */
public final class BulkLesson {
    /** Bytes sent by the client: with {@link #MSS} about 2,500 data segments, each acknowledged. */
    public static final int BYTES = 500_000;
    public static final int MSS = 200;
    public static final double RANDOM_LOSS = 0.02;

    private BulkLesson() {
    }

    /** The lesson text. */
    public static String json() {
        String tcp = "\"tcp\": { \"mss\": " + MSS + ", \"mslMs\": 1000 }";
        return String.join("\n",
                "{",
                "  \"format\": 1,",
                "  \"id\": \"bench-bulk-transfer\",",
                "  \"title\": { \"en\": \"Benchmark: bulk transfer with 2% loss\", \"ko\": \"벤치마크: 손실 2%의 대량 전송\" },",
                "  \"summary\": { \"en\": \"A generated lesson for scripts/bench-frames.sh.\", \"ko\": \"scripts/bench-frames.sh가 만든 레슨입니다.\" },",
                "  \"setup\": {",
                "    \"client\": { \"label\": { \"en\": \"Client\", \"ko\": \"클라이언트\" }, \"address\": \"10.0.0.1\", \"port\": 49152, \"isn\": 1000, " + tcp + " },",
                "    \"server\": { \"label\": { \"en\": \"Server\", \"ko\": \"서버\" }, \"address\": \"10.0.0.2\", \"port\": 80, \"isn\": 5000, " + tcp + " },",
                "    \"latency\": { \"clientToServer\": 50, \"serverToClient\": 50 },",
                "    \"randomLoss\": " + String.format(Locale.ROOT, "%.2f", RANDOM_LOSS) + ",",
                "    \"seed\": 7,",
                "    \"bounds\": { \"maxEvents\": 1000000, \"maxTime\": 3600000 }",
                "  },",
                "  \"script\": [",
                "    { \"id\": \"listen\", \"at\": 0, \"endpoint\": \"server\", \"do\": \"listen\" },",
                "    { \"id\": \"connect\", \"at\": 100, \"endpoint\": \"client\", \"do\": \"connect\" },",
                "    { \"id\": \"bulk\", \"when\": { \"endpoint\": \"client\", \"state\": \"ESTABLISHED\" },",
                "      \"endpoint\": \"client\", \"do\": \"send\", \"bytes\": " + BYTES + " },",
                "    { \"id\": \"done\", \"when\": { \"endpoint\": \"server\", \"receivedBytes\": " + BYTES + " },",
                "      \"endpoint\": \"client\", \"do\": \"close\" },",
                "    { \"id\": \"server-close\", \"when\": { \"endpoint\": \"server\", \"state\": \"CLOSE_WAIT\" },",
                "      \"endpoint\": \"server\", \"do\": \"close\" }",
                "  ]",
                "}",
                "");
    }

    /** Writes the lesson to {@code file} and returns it. */
    public static Path write(Path file) throws IOException {
        Files.writeString(file, json(), StandardCharsets.UTF_8);
        return file;
    }

    /** {@code java -cp handshake-lab.jar org.handshakelab.app.bench.BulkLesson FILE} */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BulkLesson FILE");
            System.exit(2);
        }
        write(Path.of(args[0]));
    }
}
