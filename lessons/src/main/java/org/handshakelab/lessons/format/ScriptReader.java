package org.handshakelab.lessons.format;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.handshakelab.lessons.Limits;
import org.handshakelab.lessons.json.JsonPath;
import org.handshakelab.lessons.json.JsonValue;
import org.handshakelab.lessons.json.JsonValue.JArray;
import org.handshakelab.model.net.Direction;
import org.handshakelab.model.net.FaultAction;
import org.handshakelab.model.net.FaultRule;
import org.handshakelab.model.sim.Trigger;
import org.handshakelab.model.tcp.AppCall;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;

/**
 * Reads {@code script} (application calls, a closed set: nothing in a lesson can run code) and
 * {@code faults} (what the network does to matching segments).
 */
final class ScriptReader {
    static final int MAX_SEND_BYTES = 1_048_576;

    private final LessonReader reader;

    ScriptReader(LessonReader reader) {
        this.reader = reader;
    }

    List<LessonDocument.Step> steps(JArray array, String path) {
        return reader.each(array, path, (item, itemPath, index) -> step(item, itemPath));
    }

    private LessonDocument.Step step(JsonValue item, String path) {
        Fields f = Fields.open(item, path, reader.out, "id", "at", "when", "after", "endpoint", "do", "text", "bytes",
                "isn");
        if (f == null) {
            return null;
        }
        String id = f.name("id", false, LessonReader.MAX_ID_CHARS);
        reader.unique("step", id, f);
        Side side = reader.side(f, "endpoint", true);
        String does = f.oneOf("do", true, Vocabulary.CALLS);
        Trigger trigger = trigger(f);
        AppCall call = does == null ? null : call(f, does);
        if (side == null || does == null || trigger == null || call == null) {
            return null;
        }
        return new LessonDocument.Step(id, f.position(), path, side, call, trigger);
    }

    private Trigger trigger(Fields f) {
        boolean at = f.has("at");
        boolean when = f.has("when");
        if (at == when) {
            reader.out.error(f.position(), f.path(), at
                    ? "a step has exactly one trigger, but this one has both \"at\" and \"when\""
                    : "a step needs a trigger: \"at\" (a time) or \"when\" (an event)");
        }
        if (at && f.has("after")) {
            reader.out.error(f.positionOf("after"), f.pathOf("after"),
                    "\"after\" goes with \"when\"; with \"at\", add the delay to the time");
        }
        Long time = f.integer("at", false, 0, Limits.MAX_TIME_MS);
        Long after = f.integer("after", false, 0, Limits.MAX_TIME_MS);
        Fields w = f.object("when", false, "endpoint", "state", "occurrence", "receivedBytes");
        if (at != when) {
            if (at) {
                return time == null ? null : new Trigger.At(time);
            }
            return w == null ? null : when(w, after == null ? 0 : after);
        }
        return null;
    }

    private Trigger when(Fields w, long after) {
        Side side = reader.side(w, "endpoint", true);
        boolean byState = w.has("state");
        boolean byBytes = w.has("receivedBytes");
        if (byState == byBytes) {
            reader.out.error(w.position(), w.path(), byState
                    ? "\"when\" has exactly one of \"state\" and \"receivedBytes\", but this one has both"
                    : "\"when\" needs \"state\" or \"receivedBytes\"");
        }
        if (byBytes && w.has("occurrence")) {
            reader.out.error(w.positionOf("occurrence"), w.pathOf("occurrence"),
                    "\"occurrence\" goes with \"state\", not with \"receivedBytes\"");
        }
        State state = reader.state(w, "state", false);
        Long occurrence = w.integer("occurrence", false, 1, Limits.MAX_EVENTS);
        Long bytes = w.integer("receivedBytes", false, 1, (long) MAX_SEND_BYTES * Limits.MAX_STEPS);
        if (side == null || byState == byBytes) {
            return null;
        }
        if (byState) {
            return state == null || (w.has("occurrence") && occurrence == null) ? null
                    : new Trigger.OnState(side, state, occurrence == null ? 1 : occurrence.intValue(), after);
        }
        return bytes == null ? null : new Trigger.OnBytesReceived(side, bytes, after);
    }

    private AppCall call(Fields f, String does) {
        boolean send = does.equals("send");
        boolean opens = does.equals("listen") || does.equals("connect");
        for (String field : List.of("text", "bytes")) {
            if (!send && f.has(field)) {
                reader.out.error(f.positionOf(field), f.pathOf(field),
                        "only a send step takes \"" + field + "\", not " + does);
            }
        }
        if (!opens && f.has("isn")) {
            reader.out.error(f.positionOf("isn"), f.pathOf("isn"),
                    "only listen and connect take \"isn\", not " + does);
        }
        Long isn = f.integer("isn", false, 0, 0xFFFF_FFFFL);
        String text = f.string("text", false);
        Long bytes = f.integer("bytes", false, 1, MAX_SEND_BYTES);
        if (text != null && text.isEmpty()) {
            reader.out.error(f.positionOf("text"), f.pathOf("text"), "must not be empty");
            text = null;
        }
        switch (does) {
            case "listen":
                return f.has("isn") && isn == null ? null : new AppCall.Listen(isn);
            case "connect":
                return f.has("isn") && isn == null ? null : new AppCall.Connect(isn);
            case "close":
                return new AppCall.Close();
            case "abort":
                return new AppCall.Abort();
            default:
                if (f.has("text") == f.has("bytes")) {
                    reader.out.error(f.position(), f.path(), f.has("text")
                            ? "a send step has \"text\" or \"bytes\", not both"
                            : "a send step needs \"text\" or \"bytes\"");
                    return null;
                }
                if (text != null) {
                    return AppCall.Send.text(text);
                }
                return bytes == null ? null : new AppCall.Send(filler(bytes.intValue()));
        }
    }

    /** {@code n} bytes of filler a..z, as the format defines for {@code "bytes"}. */
    static byte[] filler(int n) {
        byte[] data = new byte[n];
        for (int i = 0; i < n; i++) {
            data[i] = (byte) ('a' + i % 26);
        }
        return data;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    List<LessonDocument.Fault> faults(JArray array, String path) {
        return reader.each(array, path, (item, itemPath, index) -> fault(item, itemPath));
    }

    private LessonDocument.Fault fault(JsonValue item, String path) {
        Fields f = Fields.open(item, path, reader.out, "id", "direction", "flags", "exactFlags", "payload", "nth",
                "action", "ms");
        if (f == null) {
            return null;
        }
        String id = f.name("id", true, LessonReader.MAX_ID_CHARS);
        reader.unique("fault", id, f);
        String direction = f.oneOf("direction", false, Vocabulary.DIRECTIONS);
        Integer flags = flagSet(f, "flags", false);
        Boolean exact = f.bool("exactFlags", false);
        Boolean payload = f.bool("payload", false);
        Long nth = f.integer("nth", false, 0, Limits.MAX_EVENTS);
        String action = f.oneOf("action", true, Vocabulary.ACTIONS);
        Long ms = f.integer("ms", false, 0, Limits.MAX_TIME_MS);
        if (Boolean.TRUE.equals(exact) && !f.has("flags")) {
            reader.out.error(f.positionOf("exactFlags"), f.pathOf("exactFlags"), "\"exactFlags\" needs \"flags\"");
            return null;
        }
        FaultAction faultAction = null;
        if (action != null) {
            boolean needsMs = !action.equals("drop");
            if (needsMs && !f.has("ms")) {
                reader.out.error(f.position(), f.path(), "a " + action + " fault needs \"ms\"");
            } else if (!needsMs && f.has("ms")) {
                reader.out.error(f.positionOf("ms"), f.pathOf("ms"), "a drop fault takes no \"ms\"");
            } else if (!needsMs) {
                faultAction = new FaultAction.Drop();
            } else if (ms != null) {
                faultAction = action.equals("delay") ? new FaultAction.Delay(ms) : new FaultAction.Duplicate(ms);
            }
        }
        boolean bad = (f.has("direction") && direction == null) || (f.has("flags") && flags == null)
                || (f.has("exactFlags") && exact == null) || (f.has("payload") && payload == null)
                || (f.has("nth") && nth == null);
        if (id == null || faultAction == null || bad) {
            return null;
        }
        Direction dir = direction == null ? null
                : direction.equals("clientToServer") ? Direction.CLIENT_TO_SERVER : Direction.SERVER_TO_CLIENT;
        int mask = flags == null ? 0 : flags;
        FaultRule rule = new FaultRule(id, dir, mask, Boolean.TRUE.equals(exact) ? Integer.valueOf(mask) : null,
                payload, nth == null ? 1 : nth.intValue(), faultAction);
        return new LessonDocument.Fault(id, f.position(), rule);
    }

    /** A non-empty array of distinct flag names, as a mask; null (reported) when invalid. */
    Integer flagSet(Fields f, String name, boolean required) {
        JArray array = f.array(name, required, Vocabulary.FLAGS.size(), "flags");
        if (array == null) {
            return null;
        }
        return flagMask(array, f.pathOf(name));
    }

    Integer flagMask(JArray array, String path) {
        if (array.items().isEmpty()) {
            reader.out.error(array.position(), path, "must name at least one flag");
            return null;
        }
        int mask = 0;
        boolean ok = true;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < array.items().size(); i++) {
            JsonValue v = array.items().get(i);
            String word = Fields.oneOf(v, JsonPath.index(path, i), reader.out, Vocabulary.FLAGS);
            if (word == null) {
                ok = false;
            } else if (!seen.add(word)) {
                reader.out.error(v.position(), JsonPath.index(path, i), "flag " + word + " is named twice");
                ok = false;
            } else {
                mask |= Vocabulary.flag(word);
            }
        }
        return ok && array.items().size() <= Vocabulary.FLAGS.size() ? mask : null;
    }
}
