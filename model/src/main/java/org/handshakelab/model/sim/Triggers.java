package org.handshakelab.model.sim;

import java.util.ArrayList;
import java.util.List;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;

/**
 * The scripted actions that wait for something to happen ({@link Trigger.OnState},
 * {@link Trigger.OnBytesReceived}); each fires at most once, in script order.
 */
final class Triggers {
    private final List<ScriptedAction> actions;
    private final boolean[] fired;
    private final int[][] stateEntries = new int[Side.values().length][State.values().length];
    private final long[] bytesReceived = new long[Side.values().length];
    /** Byte-count triggers not yet fired: none left, and deliveries need no scan. */
    private int bytesTriggersLeft;

    Triggers(List<ScriptedAction> actions) {
        this.actions = actions;
        this.fired = new boolean[actions.size()];
        for (ScriptedAction a : actions) {
            if (a.trigger() instanceof Trigger.OnBytesReceived) {
                bytesTriggersLeft++;
            }
        }
    }

    /** Indexes of the actions that fire at a fixed time. */
    List<Integer> timed() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).trigger() instanceof Trigger.At) {
                out.add(i);
                fired[i] = true;
            }
        }
        return out;
    }

    /** {@code side} entered {@code state}: the actions now due, in script order. */
    List<Integer> stateEntered(Side side, State state) {
        int count = ++stateEntries[side.ordinal()][state.ordinal()];
        List<Integer> due = null;
        for (int i = 0; i < actions.size(); i++) {
            if (!fired[i] && actions.get(i).trigger() instanceof Trigger.OnState t
                    && t.side() == side && t.state() == state && t.occurrence() == count) {
                fired[i] = true;
                due = add(due, i);
            }
        }
        return due == null ? List.of() : due;
    }

    /** {@code side}'s application received {@code n} more bytes: the actions now due. */
    List<Integer> bytesDelivered(Side side, int n) {
        long total = bytesReceived[side.ordinal()] += n;
        if (bytesTriggersLeft == 0) {
            return List.of();
        }
        List<Integer> due = null;
        for (int i = 0; i < actions.size(); i++) {
            if (!fired[i] && actions.get(i).trigger() instanceof Trigger.OnBytesReceived t
                    && t.side() == side && total >= t.bytes()) {
                fired[i] = true;
                bytesTriggersLeft--;
                due = add(due, i);
            }
        }
        return due == null ? List.of() : due;
    }

    long bytesReceived(Side side) {
        return bytesReceived[side.ordinal()];
    }

    /** How long after its trigger an action runs. */
    long delay(int index) {
        Trigger t = actions.get(index).trigger();
        if (t instanceof Trigger.OnState s) {
            return s.delayMillis();
        } else if (t instanceof Trigger.OnBytesReceived b) {
            return b.delayMillis();
        }
        return 0;
    }

    private static List<Integer> add(List<Integer> list, int i) {
        List<Integer> out = list == null ? new ArrayList<>(2) : list;
        out.add(i);
        return out;
    }
}
