package org.handshakelab.app.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontFilesTest {
    private static final byte[] FONT = "not really a font, but bytes to copy".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    @Test
    void fontInAJar_isExtractedOnce_underANameCarryingItsCrc() throws IOException {
        URL inJar = jarEntry();
        Path cache = dir.resolve("cache");
        FontFiles files = new FontFiles(cache);

        Path first = Path.of(URI.create(files.fileUrl(inJar).orElseThrow()));
        assertEquals(cache.resolve(String.format("Sample-%08x.ttf", crc())), first);
        assertArrayEquals(FONT, Files.readAllBytes(first));

        FileTime old = FileTime.fromMillis(0);
        Files.setLastModifiedTime(first, old);
        Path second = Path.of(URI.create(files.fileUrl(inJar).orElseThrow()));
        assertEquals(first, second);
        assertEquals(old, Files.getLastModifiedTime(second), "an intact copy is not written again");
        try (var listing = Files.list(cache)) {
            assertEquals(1, listing.count(), "no temporary file is left behind");
        }
    }

    @Test
    void cachedCopyOfTheWrongSize_isWrittenAgain() throws IOException {
        URL inJar = jarEntry();
        FontFiles files = new FontFiles(dir.resolve("cache"));
        Path cached = Path.of(URI.create(files.fileUrl(inJar).orElseThrow()));
        Files.write(cached, new byte[] {1, 2, 3}); // e.g. cut short by a full disk

        files.fileUrl(inJar);

        assertArrayEquals(FONT, Files.readAllBytes(cached));
    }

    @Test
    void fontAlreadyOnDisk_isUsedWhereItLies() throws IOException {
        Path font = Files.write(dir.resolve("Loose.ttf"), FONT);
        FontFiles files = new FontFiles(dir.resolve("cache"));

        assertEquals(Optional.of(font.toUri().toURL().toExternalForm()), files.fileUrl(font.toUri().toURL()));
        assertTrue(Files.notExists(dir.resolve("cache")));
    }

    @Test
    void unwritableCache_givesNoFile_soTheCallerFallsBackToTheStream() throws IOException {
        Path notADirectory = Files.write(dir.resolve("occupied"), FONT);
        FontFiles files = new FontFiles(notADirectory.resolve("fonts"));

        assertEquals(Optional.empty(), files.fileUrl(jarEntry()));
        assertEquals(Optional.empty(), files.fileUrl(null));
    }

    private URL jarEntry() throws IOException {
        Path jar = dir.resolve("fonts.jar");
        if (Files.notExists(jar)) {
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
                zip.putNextEntry(new JarEntry("fonts/Sample.ttf"));
                zip.write(FONT);
                zip.closeEntry();
            }
        }
        return new URL("jar:" + jar.toUri() + "!/fonts/Sample.ttf");
    }

    private static long crc() {
        CRC32 crc = new CRC32();
        crc.update(FONT);
        return crc.getValue();
    }
}
