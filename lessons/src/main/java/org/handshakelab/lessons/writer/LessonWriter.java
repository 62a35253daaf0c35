package org.handshakelab.lessons.writer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.handshakelab.lessons.LocalizedText;
import org.handshakelab.model.net.Direction;
import org.handshakelab.model.net.FaultAction;
import org.handshakelab.model.net.FaultRule;
import org.handshakelab.model.net.NetworkConfig;
import org.handshakelab.model.sim.EndpointSetup;
import org.handshakelab.model.sim.Scenario;
import org.handshakelab.model.sim.ScriptedAction;
import org.handshakelab.model.sim.Trigger;
import org.handshakelab.model.tcp.AppCall;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.TcpSettings;

/**
 * Writes a {@link Scenario} as a lesson file of format 1 (docs/lesson-format.md) that the loader
 * compiles back to the same scenario, so running it gives the same trace. Only causes are written
 * (setup, script, faults); narration, expectations and quiz are left for a person to add.
 *
 * <p>What format 1 cannot say is refused with {@link IllegalArgumentException} rather than written
 * approximately: data that is neither UTF-8 text nor the format's a..z filler, a network seed
 * different from the scenario's seed, fault names that are not unique ids.
 */
public final class LessonWriter {
    /** The schema's {@code $id}, so an editor can find it. */
    public static final String SCHEMA_ID = "https://handshakelab.org/schema/lesson-1.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LessonWriter() {
    }

    /** The lesson as JSON text (UTF-8 when written to a file, ends with a newline). */
    public static String toJson(LessonMeta meta, Scenario scenario) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", SCHEMA_ID);
        root.put("format", 1);
        root.put("id", meta.id());
        root.set("title", text(meta.title()));
        root.set("summary", text(meta.summary()));
        root.set("setup", setup(meta, scenario));
        ArrayNode script = root.putArray("script");
        Set<String> stepIds = new HashSet<>();
        for (ScriptedAction action : scenario.actions()) {
            script.add(step(action, stepIds));
        }
        List<FaultRule> rules = scenario.network().rules();
        if (!rules.isEmpty()) {
            ArrayNode faults = root.putArray("faults");
            Set<String> faultIds = new HashSet<>();
            for (FaultRule rule : rules) {
                faults.add(fault(rule, faultIds));
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serializes", e);
        }
    }

    /** Writes {@link #toJson} to {@code file} in UTF-8. */
    public static void write(Path file, LessonMeta meta, Scenario scenario) throws IOException {
        Files.writeString(file, toJson(meta, scenario), StandardCharsets.UTF_8);
    }

    private static ObjectNode text(LocalizedText text) {
        ObjectNode node = NODES.objectNode();
        node.put("en", text.get("en"));
        for (Map.Entry<String, String> e : text.byLanguage().entrySet()) {
            if (!e.getKey().equals("en")) {
                node.put(e.getKey(), e.getValue());
            }
        }
        return node;
    }

    private static ObjectNode setup(LessonMeta meta, Scenario scenario) {
        NetworkConfig net = scenario.network();
        if (net.seed() != scenario.seed()) {
            throw new IllegalArgumentException("format 1 has one seed; the network's seed " + net.seed()
                    + " differs from the scenario's " + scenario.seed());
        }
        ObjectNode setup = NODES.objectNode();
        setup.set("client", endpoint(scenario.client(), meta.clientLabel()));
        setup.set("server", endpoint(scenario.server(), meta.serverLabel()));
        ObjectNode latency = setup.putObject("latency");
        latency.put("clientToServer", net.clientToServerMillis());
        latency.put("serverToClient", net.serverToClientMillis());
        if (net.randomLoss() > 0) {
            setup.put("randomLoss", net.randomLoss());
        }
        setup.put("seed", scenario.seed());
        ObjectNode bounds = setup.putObject("bounds");
        bounds.put("maxEvents", scenario.bounds().maxEvents());
        bounds.put("maxTime", scenario.bounds().maxTimeMillis());
        return setup;
    }

    private static ObjectNode endpoint(EndpointSetup e, LocalizedText label) {
        ObjectNode node = NODES.objectNode();
        node.set("label", text(label));
        node.put("address", e.address());
        node.put("port", e.port());
        if (e.isn() != null) {
            node.put("isn", e.isn());
        }
        if (!e.settings().equals(TcpSettings.DEFAULTS)) {
            node.set("tcp", settings(e.settings()));
        }
        return node;
    }

    /** Every setting, written out in full so that the file does not depend on the defaults. */
    private static ObjectNode settings(TcpSettings s) {
        ObjectNode tcp = NODES.objectNode();
        tcp.put("mslMs", s.mslMillis());
        tcp.put("initialRtoMs", s.initialRtoMillis());
        tcp.put("maxRtoMs", s.maxRtoMillis());
        tcp.put("maxRetries", s.maxRetries());
        tcp.put("receiveWindow", s.receiveWindow());
        tcp.put("mss", s.mss());
        tcp.put("delayedAck", s.delayedAck());
        tcp.put("delayedAckMs", s.delayedAckMillis());
        tcp.put("rfc1337", s.rfc1337());
        return tcp;
    }

    private static ObjectNode step(ScriptedAction action, Set<String> ids) {
        ObjectNode step = NODES.objectNode();
        String label = action.label();
        if (label != null && !label.isEmpty() && label.length() <= 64 && ids.add(label)) {
            step.put("id", label);
        }
        Trigger trigger = action.trigger();
        if (trigger instanceof Trigger.At at) {
            step.put("at", at.timeMillis());
        } else if (trigger instanceof Trigger.OnState s) {
            ObjectNode when = step.putObject("when");
            when.put("endpoint", side(s.side()));
            when.put("state", s.state().name());
            if (s.occurrence() != 1) {
                when.put("occurrence", s.occurrence());
            }
            if (s.delayMillis() != 0) {
                step.put("after", s.delayMillis());
            }
        } else {
            Trigger.OnBytesReceived b = (Trigger.OnBytesReceived) trigger;
            ObjectNode when = step.putObject("when");
            when.put("endpoint", side(b.side()));
            when.put("receivedBytes", b.bytes());
            if (b.delayMillis() != 0) {
                step.put("after", b.delayMillis());
            }
        }
        step.put("endpoint", side(action.side()));
        AppCall call = action.call();
        step.put("do", call.name());
        if (call instanceof AppCall.Listen l && l.isn() != null) {
            step.put("isn", l.isn());
        } else if (call instanceof AppCall.Connect c && c.isn() != null) {
            step.put("isn", c.isn());
        } else if (call instanceof AppCall.Send s) {
            sendData(step, s.data());
        }
        return step;
    }

    /** Data as {@code text} when it is UTF-8 that reads back to the same bytes, else as {@code bytes} filler. */
    private static void sendData(ObjectNode step, byte[] data) {
        String text = utf8(data);
        if (text != null && !text.isEmpty()) {
            step.put("text", text);
        } else if (isFiller(data)) {
            step.put("bytes", data.length);
        } else {
            throw new IllegalArgumentException("format 1 can send only UTF-8 text or a..z filler bytes");
        }
    }

    private static String utf8(byte[] data) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isFiller(byte[] data) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] != (byte) ('a' + i % 26)) {
                return false;
            }
        }
        return data.length > 0;
    }

    private static ObjectNode fault(FaultRule rule, Set<String> ids) {
        String id = rule.name();
        if (id == null || id.isEmpty() || id.length() > 64 || !ids.add(id)) {
            throw new IllegalArgumentException("fault names must be unique ids of 1..64 characters: " + id);
        }
        ObjectNode fault = NODES.objectNode();
        fault.put("id", id);
        if (rule.direction() != null) {
            fault.put("direction", rule.direction() == Direction.CLIENT_TO_SERVER ? "clientToServer" : "serverToClient");
        }
        if (rule.flagsExact() != null && rule.flagsExact() != rule.flagsAll()) {
            throw new IllegalArgumentException("format 1 writes exact flags as the same list as the required flags: " + id);
        }
        int known = Flags.SYN | Flags.ACK | Flags.FIN | Flags.RST | Flags.PSH;
        if ((rule.flagsAll() & ~known) != 0) {
            throw new IllegalArgumentException("format 1 matches only SYN, ACK, FIN, RST and PSH: " + id);
        }
        if (rule.flagsAll() != 0) {
            ArrayNode flags = fault.putArray("flags");
            for (String name : List.of("SYN", "ACK", "FIN", "RST", "PSH")) {
                if ((rule.flagsAll() & mask(name)) != 0) {
                    flags.add(name);
                }
            }
            if (rule.flagsExact() != null) {
                fault.put("exactFlags", true);
            }
        } else if (rule.flagsExact() != null) {
            throw new IllegalArgumentException("format 1 cannot require a segment with no flags at all: " + id);
        }
        if (rule.hasPayload() != null) {
            fault.put("payload", rule.hasPayload());
        }
        fault.put("nth", rule.nth());
        FaultAction action = rule.action();
        if (action instanceof FaultAction.Drop) {
            fault.put("action", "drop");
        } else if (action instanceof FaultAction.Delay d) {
            fault.put("action", "delay");
            fault.put("ms", d.extraMillis());
        } else {
            fault.put("action", "duplicate");
            fault.put("ms", ((FaultAction.Duplicate) action).copyExtraMillis());
        }
        return fault;
    }

    private static int mask(String flag) {
        return switch (flag) {
            case "SYN" -> Flags.SYN;
            case "ACK" -> Flags.ACK;
            case "FIN" -> Flags.FIN;
            case "RST" -> Flags.RST;
            default -> Flags.PSH;
        };
    }

    private static String side(Side side) {
        return side == Side.CLIENT ? "client" : "server";
    }
}
