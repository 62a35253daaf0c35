package org.handshakelab.model.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.junit.jupiter.api.Test;

class NetworkTest {
    private static final Segment SYN = Segment.control(1, 2, 0, 0, Flags.SYN, 100);
    private static final Segment ACK = Segment.control(1, 2, 1, 1, Flags.ACK, 100);
    private static final Segment DATA = new Segment(1, 2, 1, 1, Flags.ACK, 100, new byte[10]);
    private static final Direction C2S = Direction.CLIENT_TO_SERVER;
    private static final Direction S2C = Direction.SERVER_TO_CLIENT;

    private static Network net(FaultRule... rules) {
        return new Network(new NetworkConfig(30, 70, List.of(rules), 0.0, 1));
    }

    @Test
    void latency_is_per_direction() {
        Network n = net();
        assertEquals(130, n.route(100, C2S, SYN).arrivesAt());
        assertEquals(170, n.route(100, S2C, SYN).arrivesAt());
    }

    @Test
    void drop_acts_on_the_nth_match_only_and_is_lost_halfway() {
        Network n = net(new FaultRule("second-ack", C2S, Flags.ACK, Flags.ACK, false, 2, new FaultAction.Drop()));
        assertFalse(n.route(0, C2S, ACK).lost());
        assertFalse(n.route(0, C2S, DATA).lost(), "data does not match hasPayload=false");
        assertFalse(n.route(0, S2C, ACK).lost(), "other direction does not match");
        Transit t = n.route(100, C2S, ACK);
        assertTrue(t.lost());
        assertEquals(115, t.lostAt());
        assertEquals("second-ack", t.lostCause());
        assertFalse(n.route(0, C2S, ACK).lost(), "only the second");
    }

    @Test
    void nth_zero_acts_on_every_match() {
        Network n = net(new FaultRule("all-syn", null, Flags.SYN, null, null, 0, new FaultAction.Drop()));
        for (int i = 0; i < 5; i++) {
            assertTrue(n.route(0, i % 2 == 0 ? C2S : S2C, SYN).lost());
        }
        assertFalse(n.route(0, C2S, ACK).lost());
    }

    @Test
    void delay_adds_to_the_latency() {
        Network n = net(new FaultRule("slow", S2C, 0, null, true, 1, new FaultAction.Delay(400)));
        Transit t = n.route(10, S2C, DATA);
        assertEquals(10 + 70 + 400, t.arrivesAt());
        assertEquals("slow", t.delayCause());
    }

    @Test
    void duplicate_sends_a_copy_later() {
        Network n = net(new FaultRule("copy", C2S, 0, null, null, 1, new FaultAction.Duplicate(5000)));
        Transit t = n.route(0, C2S, SYN);
        assertTrue(t.duplicated());
        assertEquals(30, t.arrivesAt());
        assertEquals(5030, t.copyArrivesAt());
        assertFalse(n.route(0, C2S, SYN).duplicated());
    }

    @Test
    void every_rule_counts_its_matches_and_the_first_that_fires_decides() {
        Network n = net(new FaultRule("drop-1st", C2S, Flags.SYN, null, null, 1, new FaultAction.Drop()),
                new FaultRule("delay-2nd", C2S, Flags.SYN, null, null, 2, new FaultAction.Delay(1000)));
        assertTrue(n.route(0, C2S, SYN).lost());
        Transit second = n.route(0, C2S, SYN);
        assertFalse(second.lost());
        assertEquals(1030, second.arrivesAt(), "the second SYN on the wire is the delay rule's 2nd match");
    }

    @Test
    void random_loss_is_seeded_and_repeatable() {
        List<Boolean> a = losses(new Network(new NetworkConfig(1, 1, List.of(), 0.3, 42)));
        List<Boolean> b = losses(new Network(new NetworkConfig(1, 1, List.of(), 0.3, 42)));
        List<Boolean> c = losses(new Network(new NetworkConfig(1, 1, List.of(), 0.3, 43)));
        assertEquals(a, b);
        assertFalse(a.equals(c));
        long lost = a.stream().filter(x -> x).count();
        assertTrue(lost > 200 && lost < 400, "about 30% of 1000: " + lost);
    }

    private static List<Boolean> losses(Network n) {
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Transit t = n.route(i, C2S, DATA);
            out.add(t.lost());
            if (t.lost()) {
                assertEquals("random loss", t.lostCause());
            }
        }
        return out;
    }

    @Test
    void rules_and_loss_can_change_at_run_time() {
        Network n = net();
        assertFalse(n.route(0, C2S, SYN).lost());
        n.setRandomLoss(1.0);
        assertTrue(n.route(0, C2S, SYN).lost());
        n.setRandomLoss(0.0);
        n.addRule(new FaultRule("late", null, 0, null, null, 1, new FaultAction.Drop()));
        assertTrue(n.route(0, C2S, SYN).lost(), "a new rule counts from when it was added");
        assertEquals(1, n.rules().size());
        assertThrows(IllegalArgumentException.class, () -> n.setRandomLoss(1.5));
    }
}
