package org.handshakelab.lessons.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.util.List;
import org.handshakelab.lessons.LessonLoader;
import org.handshakelab.lessons.LoadOutcome;
import org.handshakelab.lessons.LocalizedText;
import org.handshakelab.model.net.Direction;
import org.handshakelab.model.net.FaultAction;
import org.handshakelab.model.net.FaultRule;
import org.handshakelab.model.net.NetworkConfig;
import org.handshakelab.model.sim.EndpointSetup;
import org.handshakelab.model.sim.Scenario;
import org.handshakelab.model.sim.ScriptedAction;
import org.handshakelab.model.sim.Simulation;
import org.handshakelab.model.sim.SimulationBounds;
import org.handshakelab.model.sim.Trigger;
import org.handshakelab.model.tcp.AppCall;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.trace.TraceJsonl;
import org.junit.jupiter.api.Test;

class LessonWriterTest {
    static final LessonMeta META = new LessonMeta("written", LocalizedText.of("Written", "작성됨"),
            LocalizedText.of("A written lesson.", "작성된 레슨."), LocalizedText.of("Client", "클라이언트"),
            LocalizedText.of("Server", "서버"));

    /** Every trigger kind, every call, every fault shape the format has, and non-default settings. */
    static Scenario everything() {
        EndpointSetup client = new EndpointSetup(Side.CLIENT, "Client", "2001:db8::1", 50000, 7L,
                org.handshakelab.model.tcp.TcpSettings.DEFAULTS.withMslMillis(1000).withRfc1337(true));
        EndpointSetup server = new EndpointSetup(Side.SERVER, "Server", "2001:db8::2", 443, null,
                org.handshakelab.model.tcp.TcpSettings.DEFAULTS.withDelayedAck(true));
        List<FaultRule> rules = List.of(
                new FaultRule("lose-syn", Direction.CLIENT_TO_SERVER, Flags.SYN, null, null, 1, new FaultAction.Drop()),
                new FaultRule("late-ack", Direction.SERVER_TO_CLIENT, Flags.ACK, Flags.ACK, false, 2, new FaultAction.Delay(300)),
                new FaultRule("copy-data", null, 0, null, true, 0, new FaultAction.Duplicate(900)));
        List<ScriptedAction> script = List.of(
                new ScriptedAction("open", Side.SERVER, new AppCall.Listen(9000L), new Trigger.At(0)),
                new ScriptedAction("connect", Side.CLIENT, new AppCall.Connect(null), new Trigger.At(20)),
                new ScriptedAction("ask", Side.CLIENT, AppCall.Send.text("GET / — 안녕"),
                        new Trigger.OnState(Side.CLIENT, State.ESTABLISHED, 1, 15)),
                new ScriptedAction("fill", Side.SERVER, new AppCall.Send(new byte[] {'a', 'b', 'c'}),
                        new Trigger.OnBytesReceived(Side.SERVER, 4, 0)),
                new ScriptedAction(null, Side.CLIENT, new AppCall.Close(), new Trigger.At(5000)),
                new ScriptedAction(null, Side.SERVER, new AppCall.Close(), new Trigger.OnState(Side.SERVER, State.CLOSE_WAIT, 1, 100)));
        return new Scenario(client, server, new NetworkConfig(30, 70, rules, 0.0, 3), script,
                new SimulationBounds(50_000, 600_000), 3);
    }

    @Test
    void aWrittenLessonLoadsAndComputesTheScenariosTrace() {
        Scenario scenario = everything();
        String json = LessonWriter.toJson(META, scenario);
        LoadOutcome outcome = new LessonLoader().load("written.json", json);
        LoadOutcome.Loaded loaded = assertInstanceOf(LoadOutcome.Loaded.class, outcome, () -> outcome + "\n" + json);
        assertEquals(TraceJsonl.toString(Simulation.run(scenario).trace()),
                TraceJsonl.toString(loaded.lesson().result().trace()));
        assertEquals("작성됨", loaded.lesson().title().get("ko"));
    }

    @Test
    void aWrittenLessonValidatesAgainstThePublishedSchema() throws Exception {
        JsonSchema schema;
        try (InputStream in = LessonLoader.class.getResourceAsStream("lesson.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        String json = LessonWriter.toJson(META, everything());
        assertEquals(java.util.Set.of(), schema.validate(new ObjectMapper().readTree(json)));
        assertTrue(json.startsWith("{\n  \"$schema\" : \"" + LessonWriter.SCHEMA_ID + "\""), json);
    }

    @Test
    void whatFormatOneCannotSayIsRefusedNotApproximated() {
        Scenario base = everything();
        Scenario binary = new Scenario(base.client(), base.server(), base.network(),
                List.of(new ScriptedAction(null, Side.CLIENT, new AppCall.Send(new byte[] {(byte) 0xff, 0}), new Trigger.At(1))),
                base.bounds(), base.seed());
        assertThrows(IllegalArgumentException.class, () -> LessonWriter.toJson(META, binary));
        Scenario twoSeeds = new Scenario(base.client(), base.server(),
                new NetworkConfig(30, 70, List.of(), 0.0, 99), List.of(), base.bounds(), base.seed());
        assertThrows(IllegalArgumentException.class, () -> LessonWriter.toJson(META, twoSeeds));
        FaultRule rule = new FaultRule("same", null, 0, null, null, 1, new FaultAction.Drop());
        Scenario sameIds = new Scenario(base.client(), base.server(),
                new NetworkConfig(30, 70, List.of(rule, rule), 0.0, 3), List.of(), base.bounds(), base.seed());
        assertThrows(IllegalArgumentException.class, () -> LessonWriter.toJson(META, sameIds));
        assertThrows(IllegalArgumentException.class, () -> new LessonMeta("Not An Id", META.title(), META.summary(),
                META.clientLabel(), META.serverLabel()));
    }
}
