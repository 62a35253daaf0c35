package org.handshakelab.app.lanes;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * Reuses a layer's nodes between frames. Each frame, {@link #acquire(int)} hands out a node per key
 * (the same node as last frame for the same key, so unchanged things are not re-laid out); at
 * {@link #endFrame()} the nodes not acquired are hidden and kept for later. The layer never holds
 * more nodes than were visible at once.
 */
final class NodePool<N extends Node> {
    private static final int MIN_SPARES = 256;
    private final Group layer;
    private final Supplier<N> factory;
    private Map<Integer, N> inUse = new HashMap<>();
    private Map<Integer, N> acquired = new HashMap<>();
    private final ArrayDeque<N> free = new ArrayDeque<>();
    private int created;

    NodePool(Group layer, Supplier<N> factory) {
        this.layer = layer;
        this.factory = factory;
    }

    N acquire(int key) {
        N node = acquired.get(key);
        if (node != null) {
            return node;
        }
        node = inUse.remove(key);
        if (node == null) {
            node = free.poll();
        }
        if (node == null) {
            node = factory.get();
            created++;
            layer.getChildren().add(node);
        }
        node.setVisible(true);
        acquired.put(key, node);
        return node;
    }

    /** Ends a frame: hides every node not acquired since the last call. */
    void endFrame() {
        for (N node : inUse.values()) {
            node.setVisible(false);
            free.add(node);
        }
        inUse.clear();
        Map<Integer, N> swap = inUse;
        inUse = acquired;
        acquired = swap;
        trimSpares();
    }

    /**
     * Keeps at most as many hidden nodes as are shown (and a few): after a dense stretch of the
     * trace scrolls away, its nodes would otherwise stay in the layer, in memory and in every
     * bounds pass.
     */
    private void trimSpares() {
        int keep = Math.max(MIN_SPARES, inUse.size());
        if (free.size() <= keep * 2) { // hysteresis: do not trim and re-create on every small change
            return;
        }
        java.util.Set<N> removed = new java.util.HashSet<>();
        while (free.size() > keep) {
            removed.add(free.pollLast());
        }
        layer.getChildren().removeAll(removed);
    }

    /** Hides everything (e.g. when the trace changes, since keys then mean other things). */
    void clear() {
        endFrame();
        endFrame();
    }

    int created() {
        return created;
    }

    int shown() {
        return inUse.size();
    }
}
