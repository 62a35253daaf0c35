package org.handshakelab.model.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.handshakelab.model.net.NetworkConfig;
import org.handshakelab.model.sim.EndpointSetup;
import org.handshakelab.model.sim.Outcome;
import org.handshakelab.model.sim.Scenario;
import org.handshakelab.model.sim.ScriptedAction;
import org.handshakelab.model.sim.Simulation;
import org.handshakelab.model.sim.SimulationBounds;
import org.handshakelab.model.sim.SimulationResult;
import org.handshakelab.model.sim.Trigger;
import org.handshakelab.model.tcp.AppCall;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.TcpSettings;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bulk transfer of 10 MB (10,000,000 bytes) in 1,000-byte segments (MSS 1000) over a link with
 * 1% random loss, one thread. The "segments" counter is simulated segments (data, ACKs and
 * retransmissions) per second of wall time; with {@code recordTrace=true} every trace event is
 * kept, with false the run only counts them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class BulkTransferBenchmark {
    static final int BYTES = 10_000_000;

    @Param({"true", "false"})
    public boolean recordTrace;

    private Scenario scenario;

    /** Simulated segments, reported per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long segments;

        @Setup(Level.Iteration)
        public void reset() {
            segments = 0;
        }
    }

    @Setup
    public void setUp() {
        scenario = scenario();
    }

    /** The 10 MB transfer: server listens, client connects and sends everything once ESTABLISHED. */
    static Scenario scenario() {
        TcpSettings tcp = TcpSettings.DEFAULTS.withMss(1000);
        EndpointSetup client = new EndpointSetup(Side.CLIENT, "C", "10.0.0.1", 40_000, 1000L, tcp);
        EndpointSetup server = new EndpointSetup(Side.SERVER, "S", "10.0.0.2", 80, 5000L, tcp);
        List<ScriptedAction> actions = List.of(
                new ScriptedAction("listen", Side.SERVER, new AppCall.Listen(null), new Trigger.At(0)),
                new ScriptedAction("connect", Side.CLIENT, new AppCall.Connect(null), new Trigger.At(0)),
                new ScriptedAction("bulk", Side.CLIENT, new AppCall.Send(new byte[BYTES]),
                        new Trigger.OnState(Side.CLIENT, org.handshakelab.model.tcp.State.ESTABLISHED, 1, 0)));
        return new Scenario(client, server, new NetworkConfig(10, 10, List.of(), 0.01, 42), actions,
                new SimulationBounds(Integer.MAX_VALUE, Long.MAX_VALUE), 1);
    }

    @Benchmark
    public Object transfer(Counters counters) {
        Simulation sim = new Simulation(scenario, recordTrace);
        SimulationResult result = sim.runToEnd();
        if (result.outcome() != Outcome.COMPLETED || sim.bytesReceived(Side.SERVER) != BYTES) {
            throw new IllegalStateException("transfer incomplete: " + result.outcome());
        }
        counters.segments += sim.segmentsSent();
        return result;
    }
}
