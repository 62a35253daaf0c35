package org.handshakelab.lessons.format;

import org.handshakelab.lessons.Limits;
import org.handshakelab.lessons.LocalizedText;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.TcpSettings;

/** Reads {@code setup}: the two endpoints with their TCP settings, latency, random loss, seed, bounds. */
final class SetupReader {
    private static final long DEFAULT_LATENCY_MS = 50;
    private static final int DEFAULT_MAX_EVENTS = 100_000;
    private static final long DEFAULT_MAX_TIME_MS = 3_600_000;
    private static final long HOUR_MS = 3_600_000;

    private final LessonReader reader;

    SetupReader(LessonReader reader) {
        this.reader = reader;
    }

    LessonDocument.Setup setup(Fields f) {
        if (f == null) {
            return null;
        }
        LessonDocument.Endpoint client = endpoint(f.object("client", true, "label", "address", "port", "isn", "tcp"),
                Side.CLIENT);
        LessonDocument.Endpoint server = endpoint(f.object("server", true, "label", "address", "port", "isn", "tcp"),
                Side.SERVER);
        long c2s = DEFAULT_LATENCY_MS;
        long s2c = DEFAULT_LATENCY_MS;
        Fields latency = f.object("latency", false, "clientToServer", "serverToClient");
        if (latency != null) {
            c2s = orDefault(latency.integer("clientToServer", false, 0, Limits.MAX_TIME_MS), DEFAULT_LATENCY_MS);
            s2c = orDefault(latency.integer("serverToClient", false, 0, Limits.MAX_TIME_MS), DEFAULT_LATENCY_MS);
        }
        Double loss = f.number("randomLoss", false, 0, 1);
        long seed = orDefault(f.integer("seed", false, Long.MIN_VALUE, Long.MAX_VALUE), 1L);
        int maxEvents = DEFAULT_MAX_EVENTS;
        long maxTime = DEFAULT_MAX_TIME_MS;
        Fields bounds = f.object("bounds", false, "maxEvents", "maxTime");
        if (bounds != null) {
            maxEvents = (int) orDefault(bounds.integer("maxEvents", false, 1, Limits.MAX_EVENTS), DEFAULT_MAX_EVENTS);
            maxTime = orDefault(bounds.integer("maxTime", false, 1, Limits.MAX_TIME_MS), DEFAULT_MAX_TIME_MS);
        }
        if (client == null || server == null) {
            return null;
        }
        return new LessonDocument.Setup(f.position(), client, server, c2s, s2c, loss == null ? 0.0 : loss, seed,
                maxEvents, maxTime, bounds == null ? f.position() : bounds.position());
    }

    private LessonDocument.Endpoint endpoint(Fields f, Side side) {
        if (f == null) {
            return null;
        }
        LocalizedText label = reader.localized(f, "label", true);
        String address = f.string("address", true);
        if (address != null && IpAddresses.version(address) == 0) {
            reader.out.error(f.positionOf("address"), f.pathOf("address"),
                    "\"" + Fields.shorten(address) + "\" is not an IPv4 or IPv6 address");
            address = null;
        }
        Long port = f.integer("port", true, 1, 65_535);
        Long isn = f.integer("isn", false, 0, 0xFFFF_FFFFL);
        TcpSettings tcp = settings(f.object("tcp", false, "mslMs", "initialRtoMs", "maxRtoMs", "maxRetries",
                "receiveWindow", "mss", "delayedAck", "delayedAckMs", "rfc1337"));
        if (label == null || address == null || port == null || tcp == null) {
            return null;
        }
        return new LessonDocument.Endpoint(side, label, address, f.positionOf("address"), port.intValue(), isn, tcp);
    }

    /** The TCP settings, defaults from {@link TcpSettings#DEFAULTS}; null after an error. */
    private TcpSettings settings(Fields f) {
        TcpSettings d = TcpSettings.DEFAULTS;
        if (f == null) {
            return d;
        }
        Long msl = f.integer("mslMs", false, 0, HOUR_MS);
        Long rto = f.integer("initialRtoMs", false, 1, HOUR_MS);
        Long maxRto = f.integer("maxRtoMs", false, 1, HOUR_MS);
        Long retries = f.integer("maxRetries", false, 0, 100);
        Long window = f.integer("receiveWindow", false, 0, 65_535);
        Long mss = f.integer("mss", false, 1, 65_535);
        Boolean delayedAck = f.bool("delayedAck", false);
        Long delayedAckMs = f.integer("delayedAckMs", false, 0, 60_000);
        Boolean rfc1337 = f.bool("rfc1337", false);
        boolean bad = (f.has("mslMs") && msl == null) || (f.has("initialRtoMs") && rto == null)
                || (f.has("maxRtoMs") && maxRto == null) || (f.has("maxRetries") && retries == null)
                || (f.has("receiveWindow") && window == null) || (f.has("mss") && mss == null)
                || (f.has("delayedAck") && delayedAck == null) || (f.has("delayedAckMs") && delayedAckMs == null)
                || (f.has("rfc1337") && rfc1337 == null);
        long initial = orDefault(rto, d.initialRtoMillis());
        long max = orDefault(maxRto, Math.max(d.maxRtoMillis(), initial));
        if (max < initial) {
            reader.out.error(f.positionOf("maxRtoMs"), f.pathOf("maxRtoMs"),
                    "must be at least initialRtoMs (" + initial + "), not " + max);
            return null;
        }
        if (bad) {
            return null;
        }
        return new TcpSettings(orDefault(msl, d.mslMillis()), initial, max,
                (int) orDefault(retries, (long) d.maxRetries()), (int) orDefault(window, (long) d.receiveWindow()),
                (int) orDefault(mss, (long) d.mss()), delayedAck == null ? d.delayedAck() : delayedAck,
                orDefault(delayedAckMs, d.delayedAckMillis()), rfc1337 == null ? d.rfc1337() : rfc1337);
    }

    private static long orDefault(Long value, long fallback) {
        return value == null ? fallback : value;
    }
}
