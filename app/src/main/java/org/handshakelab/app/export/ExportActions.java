package org.handshakelab.app.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.handshakelab.app.presenter.PresenterTexts;
import org.handshakelab.model.capture.PcapWriter;

/**
 * File > Export PNG… and File > Export pcap…: {@link #exportPng} and {@link #exportPcap} do the
 * work without any dialog (tests and scripts call them); {@link #choosePng} and {@link #choosePcap}
 * ask for the file first. The PNG is the whole diagram at the end of the trace ({@link LessonPicture});
 * the pcap has the trace's segments with the lanes' addresses and ports ({@link PcapWriter}).
 */
public final class ExportActions {
    private final Supplier<ExportSource> source;
    private final Supplier<Locale> locale;

    /** @param source what is shown now, or null when nothing is */
    public ExportActions(Supplier<ExportSource> source, Supplier<Locale> locale) {
        this.source = source;
        this.locale = locale;
    }

    /** Whether there is anything to export. */
    public boolean available() {
        return source.get() != null;
    }

    /** Writes the whole diagram as PNG at {@code scale} (1, 2 or 3). Call on the JavaFX thread. */
    public void exportPng(Path file, int scale) throws IOException {
        ExportSource s = require();
        Files.write(file, LessonPicture.png(s.trace(), s.client(), s.server(), s.title(), locale.get(), scale));
    }

    /** Writes the trace's segments as pcap; returns the number of packets. */
    public int exportPcap(Path file, boolean includeDropped) throws IOException {
        ExportSource s = require();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            return new PcapWriter(s.endpoints()).includeDropped(includeDropped).write(s.trace(), out);
        }
    }

    /** Asks where to save, then {@link #exportPng}; returns the file written, or null. */
    public Path choosePng(Window owner, int scale) throws IOException {
        Path file = choose(owner, "export.png.title", "export.png.filter", "*.png", "png", scale + "x");
        if (file != null) {
            exportPng(file, scale);
        }
        return file;
    }

    /** Asks where to save, then {@link #exportPcap}; returns the file written, or null. */
    public Path choosePcap(Window owner, boolean includeDropped) throws IOException {
        Path file = choose(owner, "export.pcap.title", "export.pcap.filter", "*.pcap", "pcap",
                includeDropped ? "" : "delivered");
        if (file != null) {
            exportPcap(file, includeDropped);
        }
        return file;
    }

    private Path choose(Window owner, String titleKey, String filterKey, String pattern, String extension,
                        String suffix) {
        ExportSource s = require();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(PresenterTexts.get(locale.get(), titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                PresenterTexts.get(locale.get(), filterKey), pattern));
        chooser.setInitialFileName(fileName(s.title()) + (suffix.isEmpty() ? "" : "-" + suffix) + "." + extension);
        var chosen = chooser.showSaveDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }

    /** A file name from a title: letters, digits and dashes. */
    static String fileName(String title) {
        String name = title == null ? "" : title.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return name.isEmpty() ? "handshake-lab" : name.toLowerCase(Locale.ROOT);
    }

    private ExportSource require() {
        ExportSource s = source.get();
        if (s == null) {
            throw new IllegalStateException("nothing is shown to export");
        }
        return s;
    }
}
