package org.handshakelab.lessons;

import java.util.ArrayList;
import java.util.List;
import org.handshakelab.model.net.NetworkConfig;
import org.handshakelab.model.sim.EndpointSetup;
import org.handshakelab.model.sim.Outcome;
import org.handshakelab.model.sim.Scenario;
import org.handshakelab.model.sim.SimulationBounds;
import org.handshakelab.model.sim.SimulationResult;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;

/** TEMPORARY placeholder for the contract (owned by lessons-loader). */
public final class BundledLessons {
    public static final String DEFAULT_ID = "three-way-handshake";

    public record Entry(String id, LocalizedText title, LocalizedText summary) {
    }

    private BundledLessons() {
    }

    public static List<Entry> list() {
        return List.of(new Entry(DEFAULT_ID, LocalizedText.of("Three-way handshake", "3방향 핸드셰이크"),
                        LocalizedText.of("How a connection opens.", "연결이 열리는 과정.")),
                new Entry("four-way-close", LocalizedText.of("Closing a connection", "연결 종료"),
                        LocalizedText.of("FIN, ACK, FIN, ACK and TIME_WAIT.", "FIN, ACK, FIN, ACK과 TIME_WAIT.")));
    }

    public static LoadOutcome load(String id) {
        List<TraceEvent> ev = new ArrayList<>();
        ev.add(new TraceEvent.StateChanged(0, Side.SERVER, State.CLOSED, State.LISTEN, "listen"));
        ev.add(new TraceEvent.StateChanged(100, Side.CLIENT, State.CLOSED, State.SYN_SENT, "connect"));
        ev.add(new TraceEvent.SegmentSent(100, Side.CLIENT, 1, Segment.control(49152, 80, 1000, 0, Flags.SYN, 65535), false));
        ev.add(new TraceEvent.SegmentDelivered(150, Side.SERVER, 1, Segment.control(49152, 80, 1000, 0, Flags.SYN, 65535)));
        ev.add(new TraceEvent.StateChanged(150, Side.SERVER, State.LISTEN, State.SYN_RECEIVED, "SYN"));
        ev.add(new TraceEvent.SegmentSent(150, Side.SERVER, 2, Segment.control(80, 49152, 5000, 1001, Flags.SYN | Flags.ACK, 65535), false));
        ev.add(new TraceEvent.SegmentDelivered(200, Side.CLIENT, 2, Segment.control(80, 49152, 5000, 1001, Flags.SYN | Flags.ACK, 65535)));
        ev.add(new TraceEvent.StateChanged(200, Side.CLIENT, State.SYN_SENT, State.ESTABLISHED, "SYN,ACK"));
        ev.add(new TraceEvent.SegmentSent(200, Side.CLIENT, 3, Segment.control(49152, 80, 1001, 5001, Flags.ACK, 65535), false));
        ev.add(new TraceEvent.SegmentDelivered(250, Side.SERVER, 3, Segment.control(49152, 80, 1001, 5001, Flags.ACK, 65535)));
        ev.add(new TraceEvent.StateChanged(250, Side.SERVER, State.SYN_RECEIVED, State.ESTABLISHED, "ACK"));
        ev.add(new TraceEvent.StateChanged(5000, Side.CLIENT, State.ESTABLISHED, State.FIN_WAIT_1, "close"));
        Trace trace = new Trace(ev, 1000, 5000);
        Scenario sc = new Scenario(EndpointSetup.defaultClient(), EndpointSetup.defaultServer(), NetworkConfig.DEFAULT, List.of(), SimulationBounds.DEFAULT, 1);
        LoadedLesson l = new LoadedLesson(id, list().get(DEFAULT_ID.equals(id) ? 0 : 1).title(), list().get(0).summary(),
                LocalizedText.of("Client", "클라이언트"), LocalizedText.of("Server", "서버"), sc, new SimulationResult(trace, Outcome.COMPLETED),
                List.of(new NarrationPoint("start", -1, false, LocalizedText.of("The server listens.", "서버가 대기합니다.")),
                        new NarrationPoint("syn", 2, true, LocalizedText.of("The client sends SYN.", "클라이언트가 SYN을 보냅니다.")),
                        new NarrationPoint("est", 10, false, LocalizedText.of("Both ESTABLISHED.", "양쪽 모두 ESTABLISHED."))),
                List.of(), List.of(), null);
        return new LoadOutcome.Loaded(l);
    }
}
