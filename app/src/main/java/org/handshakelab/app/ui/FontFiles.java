package org.handshakelab.app.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Gives a bundled font as a file on disk, so that JavaFX can open it where it lies. Handed a stream
 * ({@code Font.loadFont(InputStream)}), JavaFX copies the whole font to a temporary file on every
 * start: 9 MB inflated from the jar and written out, the largest single piece of start-up work.
 * Handed a {@code file:} URL it reads only the tables it needs.
 *
 * <p>A font already on disk (classes run from a folder) is used as it is. One inside a jar is
 * extracted once into a cache folder, under a name that carries the jar entry's CRC-32, so a new
 * version of the font never meets an old copy; the copy is written to a temporary name and then
 * moved into place, so a crash mid-write leaves no half font behind. A copy whose size is not the
 * entry's is written again.
 */
final class FontFiles {
    private final Path cacheDir;

    FontFiles(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /**
     * A {@code file:} URL for the font at {@code resource}, or empty when it cannot be had (no such
     * resource, or the cache folder cannot be written): the caller then loads it from the stream.
     */
    Optional<String> fileUrl(URL resource) {
        if (resource == null) {
            return Optional.empty();
        }
        if ("file".equals(resource.getProtocol())) {
            return Optional.of(resource.toExternalForm());
        }
        try {
            URLConnection connection = resource.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                return Optional.empty();
            }
            var entry = jar.getJarEntry();
            String name = Path.of(entry.getName()).getFileName().toString();
            int dot = name.lastIndexOf('.');
            String cachedName = String.format("%s-%08x%s", name.substring(0, dot), entry.getCrc(), name.substring(dot));
            Path cached = cacheDir.resolve(cachedName);
            if (!Files.isRegularFile(cached) || Files.size(cached) != entry.getSize()) {
                extract(resource, cached);
            }
            return Optional.of(cached.toUri().toString());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void extract(URL resource, Path target) throws IOException {
        Files.createDirectories(cacheDir);
        Path partial = Files.createTempFile(cacheDir, target.getFileName().toString(), ".part");
        try (InputStream in = resource.openStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
