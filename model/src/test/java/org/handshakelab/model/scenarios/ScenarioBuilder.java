package org.handshakelab.model.scenarios;

import java.util.ArrayList;
import java.util.List;
import org.handshakelab.model.net.Direction;
import org.handshakelab.model.net.FaultAction;
import org.handshakelab.model.net.FaultRule;
import org.handshakelab.model.net.NetworkConfig;
import org.handshakelab.model.sim.EndpointSetup;
import org.handshakelab.model.sim.Scenario;
import org.handshakelab.model.sim.ScriptedAction;
import org.handshakelab.model.sim.SimulationBounds;
import org.handshakelab.model.sim.Trigger;
import org.handshakelab.model.tcp.AppCall;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.tcp.TcpSettings;

/** Builds scenarios for tests: client ISN 1000, server ISN 5000, 50 ms each way, default settings. */
public final class ScenarioBuilder {
    private Long clientIsn = 1000L;
    private Long serverIsn = 5000L;
    private TcpSettings clientSettings = TcpSettings.DEFAULTS;
    private TcpSettings serverSettings = TcpSettings.DEFAULTS;
    private long c2s = 50;
    private long s2c = 50;
    private double loss;
    private long netSeed = 1;
    private long seed = 1;
    private SimulationBounds bounds = SimulationBounds.DEFAULT;
    private final List<FaultRule> rules = new ArrayList<>();
    private final List<ScriptedAction> actions = new ArrayList<>();

    public ScenarioBuilder isns(Long client, Long server) {
        clientIsn = client;
        serverIsn = server;
        return this;
    }

    public ScenarioBuilder client(TcpSettings s) {
        clientSettings = s;
        return this;
    }

    public ScenarioBuilder server(TcpSettings s) {
        serverSettings = s;
        return this;
    }

    public ScenarioBuilder latency(long clientToServer, long serverToClient) {
        c2s = clientToServer;
        s2c = serverToClient;
        return this;
    }

    public ScenarioBuilder randomLoss(double p, long networkSeed) {
        loss = p;
        netSeed = networkSeed;
        return this;
    }

    public ScenarioBuilder seed(long s) {
        seed = s;
        return this;
    }

    public ScenarioBuilder bounds(SimulationBounds b) {
        bounds = b;
        return this;
    }

    public ScenarioBuilder rule(FaultRule r) {
        rules.add(r);
        return this;
    }

    /** Drop the nth segment in {@code dir} whose flags are exactly {@code flags} (payload as given, null any). */
    public ScenarioBuilder drop(String name, Direction dir, int flags, Boolean payload, int nth) {
        return rule(new FaultRule(name, dir, flags, flags, payload, nth, new FaultAction.Drop()));
    }

    public ScenarioBuilder at(long t, Side side, AppCall call) {
        actions.add(new ScriptedAction(null, side, call, new Trigger.At(t)));
        return this;
    }

    public ScenarioBuilder onState(Side who, State state, long delay, Side side, AppCall call) {
        actions.add(new ScriptedAction(null, side, call, new Trigger.OnState(who, state, 1, delay)));
        return this;
    }

    public ScenarioBuilder onBytes(Side who, long bytes, long delay, Side side, AppCall call) {
        actions.add(new ScriptedAction(null, side, call, new Trigger.OnBytesReceived(who, bytes, delay)));
        return this;
    }

    /** Server listens at 0, client connects at 100. */
    public ScenarioBuilder handshake() {
        return at(0, Side.SERVER, new AppCall.Listen(null)).at(100, Side.CLIENT, new AppCall.Connect(null));
    }

    public Scenario build() {
        EndpointSetup client = new EndpointSetup(Side.CLIENT, "Client", "10.0.0.1", 49_152, clientIsn, clientSettings);
        EndpointSetup server = new EndpointSetup(Side.SERVER, "Server", "10.0.0.2", 80, serverIsn, serverSettings);
        return new Scenario(client, server, new NetworkConfig(c2s, s2c, rules, loss, netSeed), actions, bounds, seed);
    }

    public static AppCall listen() {
        return new AppCall.Listen(null);
    }

    public static AppCall connect() {
        return new AppCall.Connect(null);
    }

    public static AppCall close() {
        return new AppCall.Close();
    }

    public static AppCall abort() {
        return new AppCall.Abort();
    }

    public static AppCall send(int n) {
        byte[] data = new byte[n];
        for (int i = 0; i < n; i++) {
            data[i] = (byte) ('a' + i % 26);
        }
        return new AppCall.Send(data);
    }
}
