package org.handshakelab.lessons.compile;

import java.util.ArrayList;
import java.util.List;
import org.handshakelab.lessons.format.LessonDocument;
import org.handshakelab.model.net.FaultRule;
import org.handshakelab.model.net.NetworkConfig;
import org.handshakelab.model.sim.EndpointSetup;
import org.handshakelab.model.sim.Scenario;
import org.handshakelab.model.sim.ScriptedAction;
import org.handshakelab.model.sim.SimulationBounds;

/** Turns a checked lesson document into the model's {@link Scenario}: causes only, no effects. */
public final class ScenarioCompiler {
    private ScenarioCompiler() {
    }

    public static Scenario compile(LessonDocument doc) {
        LessonDocument.Setup setup = doc.setup();
        List<FaultRule> rules = new ArrayList<>();
        doc.faults().forEach(f -> rules.add(f.rule()));
        NetworkConfig network = new NetworkConfig(setup.clientToServerMs(), setup.serverToClientMs(), rules,
                setup.randomLoss(), setup.seed());
        List<ScriptedAction> actions = new ArrayList<>();
        for (LessonDocument.Step step : doc.script()) {
            actions.add(new ScriptedAction(step.id(), step.side(), step.call(), step.trigger()));
        }
        return new Scenario(endpoint(setup.client()), endpoint(setup.server()), network, actions,
                new SimulationBounds(setup.maxEvents(), setup.maxTimeMs()), setup.seed());
    }

    private static EndpointSetup endpoint(LessonDocument.Endpoint e) {
        return new EndpointSetup(e.side(), e.label().get("en"), e.address(), e.port(), e.isn(), e.tcp());
    }
}
