package org.handshakelab.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    @TempDir
    Path dir;

    @Test
    void newestFirstWithoutDuplicatesAtMostTen() {
        RecentFiles recent = new RecentFiles(dir.resolve("recent.txt"));
        for (int i = 0; i < 12; i++) {
            recent.add(dir.resolve("lesson" + i + ".json"));
        }
        recent.add(dir.resolve("lesson5.json"));
        assertEquals(RecentFiles.MAX, recent.list().size());
        assertEquals(dir.resolve("lesson5.json"), recent.list().get(0));
        assertEquals(dir.resolve("lesson11.json"), recent.list().get(1));
        assertEquals(1, recent.list().stream().filter(p -> p.endsWith("lesson5.json")).count());
    }

    @Test
    void rememberedAcrossRuns() {
        Path store = dir.resolve("sub/recent.txt");
        RecentFiles first = new RecentFiles(store);
        first.add(dir.resolve("a.json"));
        first.add(dir.resolve("b.json"));
        RecentFiles second = new RecentFiles(store);
        assertEquals(first.list(), second.list());
        assertEquals(dir.resolve("b.json"), second.list().get(0));
    }
}
