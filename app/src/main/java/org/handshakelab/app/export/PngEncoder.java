package org.handshakelab.app.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;

/**
 * Writes a JavaFX image as PNG (RFC 2083 / W3C PNG): 8-bit RGBA, no interlace, each row filtered
 * with "Sub" or "None", whichever is smaller by a cheap estimate. Pure Java (zlib via
 * {@link Deflater}, chunk CRCs via {@link CRC32}): no AWT, so it works headless everywhere.
 */
public final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int COLOR_TYPE_RGBA = 6;

    private PngEncoder() {
    }

    public static byte[] encode(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("empty image: " + width + "x" + height);
        }
        PixelReader reader = image.getPixelReader();
        int[] argb = new int[width * height];
        reader.getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return encode(argb, width, height);
    }

    /** Encodes non-premultiplied ARGB pixels, row by row from the top. */
    public static byte[] encode(int[] argb, int width, int height) {
        int stride = width * 4;
        byte[] raw = new byte[(stride + 1) * height];
        byte[] row = new byte[stride];
        byte[] sub = new byte[stride];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = argb[y * width + x];
                int i = x * 4;
                row[i] = (byte) (p >>> 16);
                row[i + 1] = (byte) (p >>> 8);
                row[i + 2] = (byte) p;
                row[i + 3] = (byte) (p >>> 24);
            }
            long costNone = 0;
            long costSub = 0;
            for (int i = 0; i < stride; i++) {
                sub[i] = (byte) (row[i] - (i >= 4 ? row[i - 4] : 0));
                costNone += Math.abs(row[i]);
                costSub += Math.abs(sub[i]);
            }
            int at = y * (stride + 1);
            boolean useSub = costSub < costNone;
            raw[at] = (byte) (useSub ? 1 : 0);
            System.arraycopy(useSub ? sub : row, 0, raw, at + 1, stride);
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 1024);
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bit depth
        header[9] = COLOR_TYPE_RGBA;
        // compression 0 (zlib), filter method 0, interlace 0: already zero
        chunk(out, "IHDR", header);
        chunk(out, "IDAT", deflate(raw));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** A chunk: length, type, data, and the CRC of type and data (PNG §5.3). */
    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        out.writeBytes(length);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        byte[] crcBytes = new byte[4];
        putInt(crcBytes, 0, (int) crc.getValue());
        out.writeBytes(crcBytes);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
