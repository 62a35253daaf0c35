package org.handshakelab.lessons.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.handshakelab.lessons.Limits;
import org.handshakelab.lessons.LocalizedText;
import org.handshakelab.lessons.json.JsonValue;
import org.handshakelab.lessons.json.JsonValue.JArray;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.tcp.TimerKind;

/** Reads anchors and what hangs on them: narration, expectations, quiz questions. */
final class AnchoredReader {
    /** Each anchor kind's key and the companion keys it allows. */
    private static final Map<String, List<String>> KINDS = Map.of(
            "start", List.of("start"),
            "end", List.of("end"),
            "step", List.of("step"),
            "state", List.of("state", "endpoint", "occurrence"),
            "segment", List.of("segment", "event"),
            "timer", List.of("timer", "endpoint", "event", "occurrence"),
            "notified", List.of("notified", "endpoint"),
            "time", List.of("time"));
    private static final List<String> KIND_ORDER =
            List.of("start", "end", "step", "state", "segment", "timer", "notified", "time");
    static final int MAX_CHOICES = 6;

    private final LessonReader reader;

    AnchoredReader(LessonReader reader) {
        this.reader = reader;
    }

    Anchor anchor(Fields parent, String name) {
        JsonValue v = parent.raw(name);
        if (v == null) {
            reader.out.error(parent.position(), parent.path(), "missing required field \"" + name + "\"");
            return null;
        }
        String path = parent.pathOf(name);
        if (!(v instanceof JsonValue.JObject object)) {
            Fields.typeError(v, path, reader.out, "an anchor object");
            return null;
        }
        List<String> kinds = new ArrayList<>();
        for (String k : KIND_ORDER) {
            if (object.has(k)) {
                kinds.add(k);
            }
        }
        if (kinds.size() != 1) {
            String found = object.members().isEmpty() ? ""
                    : " (found " + String.join(", ", object.members().stream().map(JsonValue.Member::name).toList()) + ")";
            reader.out.error(object.position(), path, kinds.isEmpty()
                    ? "an anchor needs one of " + String.join(", ", KIND_ORDER) + found
                    : "an anchor has exactly one of " + String.join(", ", KIND_ORDER) + ", but this one has "
                            + String.join(", ", kinds));
            return null;
        }
        String kind = kinds.get(0);
        Fields f = Fields.open(v, path, reader.out, KINDS.get(kind).toArray(new String[0]));
        switch (kind) {
            case "start":
            case "end": {
                Boolean flag = f.bool(kind, true);
                if (Boolean.FALSE.equals(flag)) {
                    reader.out.error(f.positionOf(kind), f.pathOf(kind), "must be true");
                    return null;
                }
                return flag == null ? null
                        : kind.equals("start") ? new Anchor.Start(f.position(), path) : new Anchor.End(f.position(), path);
            }
            case "step": {
                String step = f.name("step", true, LessonReader.MAX_ID_CHARS);
                return step == null ? null : new Anchor.StepCall(step, f.position(), path);
            }
            case "state": {
                State state = reader.state(f, "state", true);
                Side side = reader.side(f, "endpoint", true);
                Long occurrence = f.integer("occurrence", false, 1, Limits.MAX_EVENTS);
                return state == null || side == null || (f.has("occurrence") && occurrence == null) ? null
                        : new Anchor.EntersState(side, state, occurrence == null ? 1 : occurrence.intValue(),
                                f.position(), path);
            }
            case "segment":
                return segment(f, path);
            case "timer": {
                String timer = f.oneOf("timer", true, Vocabulary.TIMERS);
                Side side = reader.side(f, "endpoint", true);
                String event = f.oneOf("event", false, Vocabulary.TIMER_EVENTS);
                Long occurrence = f.integer("occurrence", false, 1, Limits.MAX_EVENTS);
                if (timer == null || side == null || (f.has("event") && event == null)
                        || (f.has("occurrence") && occurrence == null)) {
                    return null;
                }
                return new Anchor.TimerAnchor(TimerKind.valueOf(timer), side,
                        event == null ? Anchor.TimerEvent.FIRED : Anchor.TimerEvent.valueOf(event.toUpperCase(java.util.Locale.ROOT)),
                        occurrence == null ? 1 : occurrence.intValue(), f.position(), path);
            }
            case "notified": {
                String message = f.string("notified", true);
                Side side = reader.side(f, "endpoint", true);
                return message == null || side == null ? null : new Anchor.Notified(side, message, f.position(), path);
            }
            default: {
                Long time = f.integer("time", true, 0, Limits.MAX_TIME_MS);
                return time == null ? null : new Anchor.AtTime(time, f.position(), path);
            }
        }
    }

    private Anchor segment(Fields f, String path) {
        Fields s = f.object("segment", true, "from", "flags", "nth");
        String event = f.oneOf("event", false, Vocabulary.SEGMENT_EVENTS);
        if (s == null) {
            return null;
        }
        Side from = reader.side(s, "from", true);
        Long nth = s.integer("nth", false, 1, Limits.MAX_EVENTS);
        JsonValue flagsValue = s.raw("flags");
        Integer flags = null;
        boolean data = false;
        boolean flagsOk = false;
        if (flagsValue == null) {
            reader.out.error(s.position(), s.path(), "missing required field \"flags\"");
        } else if (flagsValue instanceof JsonValue.JString word) {
            if (word.value().equals("data")) {
                data = true;
                flagsOk = true;
            } else {
                reader.out.error(word.position(), s.pathOf("flags"),
                        "must be an array of flags (SYN, ACK, FIN, RST, PSH) or \"data\"");
            }
        } else if (flagsValue instanceof JArray array) {
            flags = new ScriptReader(reader).flagMask(array, s.pathOf("flags"));
            flagsOk = flags != null;
            if (array.items().size() > Vocabulary.FLAGS.size()) {
                reader.out.error(array.position(), s.pathOf("flags"), "at most 5 flags are allowed, found "
                        + array.items().size());
            }
        } else {
            Fields.typeError(flagsValue, s.pathOf("flags"), reader.out, "an array of flags or \"data\"");
        }
        if (from == null || !flagsOk || (s.has("nth") && nth == null) || (f.has("event") && event == null)) {
            return null;
        }
        Anchor.SegmentEvent segmentEvent = event == null ? Anchor.SegmentEvent.SENT
                : Anchor.SegmentEvent.valueOf(event.toUpperCase(java.util.Locale.ROOT));
        return new Anchor.SegmentEventAnchor(from, data ? null : flags, nth == null ? 1 : nth.intValue(), segmentEvent,
                f.position(), path);
    }

    List<LessonDocument.Narration> narration(JArray array, String path) {
        return reader.each(array, path, (item, itemPath, index) -> {
            Fields f = Fields.open(item, itemPath, reader.out, "id", "at", "pause", "text");
            if (f == null) {
                return null;
            }
            String id = f.name("id", false, LessonReader.MAX_ID_CHARS);
            reader.unique("narration", id, f);
            Anchor anchor = anchor(f, "at");
            Boolean pause = f.bool("pause", false);
            LocalizedText text = reader.localized(f, "text", true);
            if (anchor == null || text == null || (f.has("pause") && pause == null) || (f.has("id") && id == null)) {
                return null;
            }
            return new LessonDocument.Narration(id == null ? "narration-" + (index + 1) : id, anchor,
                    Boolean.TRUE.equals(pause), text);
        });
    }

    List<LessonDocument.Expectation> expectations(JArray array, String path) {
        return reader.each(array, path, (item, itemPath, index) -> {
            Fields f = Fields.open(item, itemPath, reader.out, "at", "client", "server", "received");
            if (f == null) {
                return null;
            }
            Anchor anchor = anchor(f, "at");
            List<LessonDocument.Check> checks = new ArrayList<>();
            boolean ok = true;
            for (Side side : Side.values()) {
                String key = side.wireName();
                if (f.has(key)) {
                    State state = reader.state(f, key, false);
                    if (state == null) {
                        ok = false;
                    } else {
                        checks.add(new LessonDocument.Check.InState(side, state, f.positionOf(key), f.pathOf(key)));
                    }
                }
            }
            Fields received = f.object("received", false, "client", "server");
            if (f.has("received") && received == null) {
                ok = false;
            }
            if (received != null) {
                if (!received.has("client") && !received.has("server")) {
                    reader.out.error(received.position(), received.path(), "needs \"client\" or \"server\"");
                    ok = false;
                }
                for (Side side : Side.values()) {
                    String key = side.wireName();
                    if (received.has(key)) {
                        String text = received.string(key, false);
                        if (text == null) {
                            ok = false;
                        } else {
                            checks.add(new LessonDocument.Check.Received(side, text, received.positionOf(key),
                                    received.pathOf(key)));
                        }
                    }
                }
            }
            if (!f.has("client") && !f.has("server") && !f.has("received")) {
                reader.out.error(f.position(), itemPath, "an expectation needs at least one of client, server, received");
                ok = false;
            }
            return anchor == null || !ok ? null : new LessonDocument.Expectation(f.position(), anchor, checks);
        });
    }

    List<LessonDocument.Quiz> quiz(JArray array, String path) {
        return reader.each(array, path, (item, itemPath, index) -> {
            Fields f = Fields.open(item, itemPath, reader.out, "id", "at", "question", "choices", "answer",
                    "explanation");
            if (f == null) {
                return null;
            }
            String id = f.name("id", false, LessonReader.MAX_ID_CHARS);
            reader.unique("quiz", id, f);
            Anchor anchor = anchor(f, "at");
            LocalizedText question = reader.localized(f, "question", true);
            JArray choicesArray = f.array("choices", true, MAX_CHOICES, "choices");
            List<LocalizedText> choices = new ArrayList<>();
            boolean ok = choicesArray != null;
            if (choicesArray != null) {
                if (choicesArray.items().size() < 2) {
                    reader.out.error(choicesArray.position(), f.pathOf("choices"), "needs at least 2 choices, found "
                            + choicesArray.items().size());
                    ok = false;
                }
                for (int i = 0; i < choicesArray.items().size(); i++) {
                    LocalizedText choice = reader.localized(choicesArray.items().get(i),
                            org.handshakelab.lessons.json.JsonPath.index(f.pathOf("choices"), i));
                    if (choice == null) {
                        ok = false;
                    } else {
                        choices.add(choice);
                    }
                }
                ok &= choicesArray.items().size() <= MAX_CHOICES;
            }
            Long answer = f.integer("answer", true, 0, MAX_CHOICES - 1);
            if (answer != null && choicesArray != null && answer >= choicesArray.items().size()) {
                reader.out.error(f.positionOf("answer"), f.pathOf("answer"), "must be the 0-based index of a choice,"
                        + " less than " + choicesArray.items().size() + ", not " + answer);
                ok = false;
            }
            LocalizedText explanation = f.has("explanation") ? reader.localized(f, "explanation", false) : null;
            if (!ok || anchor == null || question == null || answer == null || (f.has("id") && id == null)
                    || (f.has("explanation") && explanation == null)) {
                return null;
            }
            return new LessonDocument.Quiz(id == null ? "quiz-" + (index + 1) : id, anchor, question, choices,
                    answer.intValue(), explanation);
        });
    }
}
