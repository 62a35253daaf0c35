package org.handshakelab.app.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Build step (run by Maven in {@code process-classes}, not by the application): writes each
 * stylesheet {@code name.css} of the given folders as JavaFX's binary form {@code name.bss} beside
 * it. Asked for {@code name.css}, JavaFX's StyleManager loads {@code name.bss} when one is there
 * (as it does for its own Modena and AtlantaFX's themes), so the app's sheets are no longer lexed
 * and parsed on the FX thread while the first frame waits: that parsing was a quarter of the
 * first frame's CSS pass.
 */
public final class BinaryStylesheets {
    private BinaryStylesheets() {
    }

    public static void main(String[] folders) throws IOException {
        if (folders.length == 0) {
            throw new IllegalArgumentException("usage: BinaryStylesheets FOLDER...");
        }
        for (String folder : folders) {
            List<Path> sheets;
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                sheets = files.filter(file -> file.getFileName().toString().endsWith(".css")).sorted().toList();
            }
            if (sheets.isEmpty()) {
                throw new IOException("no stylesheets in " + folder);
            }
            for (Path css : sheets) {
                String name = css.getFileName().toString();
                Path bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
                Stylesheet.convertToBinary(css.toFile(), bss.toFile());
            }
            System.out.println("binary stylesheets: " + sheets.size() + " in " + folder);
        }
    }
}
