package org.handshakelab.model.properties;

import java.util.ArrayList;
import java.util.List;
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

/**
 * A random scenario for the properties: one connection (server listens, client connects), each
 * side sends some messages once ESTABLISHED and closes (or, for the "any calls" plans, makes
 * arbitrary calls at arbitrary times), under a random fault schedule.
 *
 * @param clientSends sizes of the client's messages, sent 0, 10, 20... ms after ESTABLISHED
 * @param closeDelays ms after ESTABLISHED at which client and server close (negative: never)
 * @param extraCalls  arbitrary calls at arbitrary times, for the "any calls" plans
 */
record Plan(long connectAt, List<Integer> clientSends, List<Integer> serverSends, long[] closeDelays,
            List<FaultRule> faults, double randomLoss, long netSeed, long seed, TcpSettings clientTcp,
            TcpSettings serverTcp, long latency, List<TimedCall> extraCalls) {

    record TimedCall(long at, Side side, AppCall call) {
    }

    /** The byte at position {@code i} of {@code side}'s outgoing stream: distinct per side and position. */
    static byte streamByte(Side side, long i) {
        return (byte) ((i * 7 + (side == Side.CLIENT ? 3 : 101)) % 251);
    }

    Scenario scenario() {
        List<ScriptedAction> actions = new ArrayList<>();
        actions.add(new ScriptedAction("listen", Side.SERVER, new AppCall.Listen(null), new Trigger.At(0)));
        actions.add(new ScriptedAction("connect", Side.CLIENT, new AppCall.Connect(null), new Trigger.At(connectAt)));
        sends(actions, Side.CLIENT, clientSends);
        sends(actions, Side.SERVER, serverSends);
        for (Side side : Side.values()) {
            long delay = closeDelays[side.ordinal()];
            if (delay >= 0) {
                actions.add(new ScriptedAction("close", side, new AppCall.Close(),
                        new Trigger.OnState(side, State.ESTABLISHED, 1, delay)));
            }
        }
        for (TimedCall c : extraCalls) {
            actions.add(new ScriptedAction("extra", c.side(), c.call(), new Trigger.At(c.at())));
        }
        EndpointSetup client = new EndpointSetup(Side.CLIENT, "C", "10.0.0.1", 40_000, null, clientTcp);
        EndpointSetup server = new EndpointSetup(Side.SERVER, "S", "10.0.0.2", 80, null, serverTcp);
        NetworkConfig net = new NetworkConfig(latency, latency + 7, faults, randomLoss, netSeed);
        return new Scenario(client, server, net, actions, new SimulationBounds(200_000, 3_600_000), seed);
    }

    private static void sends(List<ScriptedAction> actions, Side side, List<Integer> sizes) {
        long offset = 0;
        for (int i = 0; i < sizes.size(); i++) {
            byte[] data = new byte[sizes.get(i)];
            for (int j = 0; j < data.length; j++) {
                data[j] = streamByte(side, offset + j);
            }
            offset += data.length;
            actions.add(new ScriptedAction("send", side, new AppCall.Send(data),
                    new Trigger.OnState(side, State.ESTABLISHED, 1, 10L * i)));
        }
    }
}
