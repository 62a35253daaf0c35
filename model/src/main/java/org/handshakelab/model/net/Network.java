package org.handshakelab.model.net;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.handshakelab.model.tcp.Segment;

/**
 * The simulated network between the two endpoints: a one-way latency per direction, fault rules
 * and seeded random loss ({@link NetworkConfig}). Deterministic: the same sequence of segments
 * meets the same fate.
 *
 * <p>Every rule counts the segments it matches, whether or not an earlier rule acted on them, so
 * "the 2nd SYN" means the 2nd SYN on the wire. The first rule that fires decides the segment's
 * fate; only a segment that no rule fired on is exposed to random loss.
 *
 * <p>A sandbox may add rules and change the loss rate while a simulation runs.
 */
public final class Network {
    private final long clientToServer;
    private final long serverToClient;
    private final List<FaultRule> rules = new ArrayList<>();
    private final List<int[]> matchCounts = new ArrayList<>();
    private final SplittableRandom random;
    private double randomLoss;

    public Network(NetworkConfig config) {
        this.clientToServer = config.clientToServerMillis();
        this.serverToClient = config.serverToClientMillis();
        this.randomLoss = config.randomLoss();
        this.random = new SplittableRandom(config.seed());
        config.rules().forEach(this::addRule);
    }

    /** Adds a rule after the existing ones; it counts matches from now on. */
    public void addRule(FaultRule rule) {
        rules.add(rule);
        matchCounts.add(new int[1]);
    }

    /** The rules in order, as now in force. */
    public List<FaultRule> rules() {
        return List.copyOf(rules);
    }

    public void setRandomLoss(double probability) {
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("random loss must be between 0 and 1");
        }
        this.randomLoss = probability;
    }

    public double randomLoss() {
        return randomLoss;
    }

    public long latency(Direction direction) {
        return direction == Direction.CLIENT_TO_SERVER ? clientToServer : serverToClient;
    }

    /** Decides the fate of a segment put on the wire at {@code sentAt} in {@code direction}. */
    public Transit route(long sentAt, Direction direction, Segment segment) {
        long latency = latency(direction);
        FaultRule fired = null;
        for (int i = 0; i < rules.size(); i++) {
            FaultRule rule = rules.get(i);
            if (rule.matches(direction, segment)) {
                int count = ++matchCounts.get(i)[0];
                if (fired == null && (rule.nth() == 0 || rule.nth() == count)) {
                    fired = rule;
                }
            }
        }
        if (fired != null) {
            FaultAction action = fired.action();
            if (action instanceof FaultAction.Drop) {
                return new Transit(true, sentAt + latency / 2, fired.name(), -1, null, -1, null);
            } else if (action instanceof FaultAction.Delay d) {
                return new Transit(false, -1, null, sentAt + latency + d.extraMillis(), fired.name(), -1, null);
            } else {
                FaultAction.Duplicate dup = (FaultAction.Duplicate) action;
                long arrives = sentAt + latency;
                return new Transit(false, -1, null, arrives, null, arrives + dup.copyExtraMillis(), fired.name());
            }
        }
        if (randomLoss > 0 && random.nextDouble() < randomLoss) {
            return new Transit(true, sentAt + latency / 2, "random loss", -1, null, -1, null);
        }
        return new Transit(false, -1, null, sentAt + latency, null, -1, null);
    }
}
