package org.handshakelab.model.capture;

import java.io.IOException;
import java.io.InputStream;

/** Picks the reader for a stream from its first four bytes: pcap (either magic, either order) or pcapng. */
final class CaptureReaders {
    private CaptureReaders() {
    }

    static PacketReader open(InputStream stream, CaptureLimits limits) throws IOException, CaptureFormatException {
        CaptureInput in = new CaptureInput(stream, limits.maxBlockBytes() + 64);
        int got = in.ensure(4);
        if (got < 4) {
            throw new CaptureFormatException(0, 0, "file too short to be a capture: " + got + " bytes");
        }
        if (Bytes.be32(in.buffer(), in.offset()) == PcapngReader.SHB) {
            return new PcapngReader(in, limits);
        }
        return new PcapReader(in, limits);
    }
}
