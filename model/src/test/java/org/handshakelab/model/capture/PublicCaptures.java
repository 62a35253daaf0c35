package org.handshakelab.model.capture;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The public captures copied into src/test/resources/capture/public (origin and licences in
 * SOURCES.md there) and their per-packet tshark tables (*.txt), parsed as expected values.
 */
final class PublicCaptures {
    private PublicCaptures() {
    }

    /** One row of a .txt table. */
    record Row(int no, int stream, double tRel, String dir, List<String> flags, long seqRaw, long ackRaw, int len,
               int winRaw, String src, String dst) {
    }

    static Path file(String name) {
        try {
            return Path.of(PublicCaptures.class.getResource("/capture/public/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Row> rows(String txtName) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = PublicCaptures.class.getResourceAsStream("/capture/public/" + txtName)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.startsWith("#") || line.startsWith("no\t") || line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                rows.add(new Row(Integer.parseInt(c[0]), Integer.parseInt(c[1]), Double.parseDouble(c[2]), c[3],
                        List.of(c[4].split(",")), Long.parseLong(c[10]), Long.parseLong(c[11]), Integer.parseInt(c[7]),
                        Integer.parseInt(c[9]), c[12], c[13]));
            }
        }
        return rows;
    }
}
