package org.handshakelab.model.sim;

import java.util.Arrays;

/**
 * The simulation's agenda: a binary min-heap ordered by virtual time, ties broken by the order
 * in which things were scheduled (never by hash order), so runs are deterministic.
 */
final class EventQueue {
    private long[] times = new long[64];
    private long[] orders = new long[64];
    private Object[] events = new Object[64];
    private int size;
    private long nextOrder;

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** The time of the earliest event; only when not empty. */
    long peekTime() {
        return times[0];
    }

    void add(long time, Object event) {
        if (size == times.length) {
            int capacity = size * 2;
            times = Arrays.copyOf(times, capacity);
            orders = Arrays.copyOf(orders, capacity);
            events = Arrays.copyOf(events, capacity);
        }
        long order = nextOrder++;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(time, order, times[parent], orders[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        times[i] = time;
        orders[i] = order;
        events[i] = event;
    }

    /** The earliest event; only when not empty. */
    Object peekEvent() {
        return events[0];
    }

    /** Removes the earliest event and returns it. */
    Object poll() {
        Object top = events[0];
        int last = --size;
        long time = times[last];
        long order = orders[last];
        Object event = events[last];
        events[last] = null;
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && before(times[right], orders[right], times[child], orders[child])) {
                child = right;
            }
            if (!before(times[child], orders[child], time, order)) {
                break;
            }
            move(child, i);
            i = child;
        }
        if (size > 0) {
            times[i] = time;
            orders[i] = order;
            events[i] = event;
        }
        return top;
    }

    private void move(int from, int to) {
        times[to] = times[from];
        orders[to] = orders[from];
        events[to] = events[from];
    }

    private static boolean before(long t1, long o1, long t2, long o2) {
        return t1 < t2 || (t1 == t2 && o1 < o2);
    }
}
