package org.handshakelab.app.export;

/** Lets tests in other packages compute expected picture sizes from the exporter's padding. */
public final class DiagramPngExporterAccess {
    private DiagramPngExporterAccess() {
    }

    public static double padding() {
        return DiagramPngExporter.PADDING;
    }
}
