package org.handshakelab.app.lanes;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * Reuses a layer's nodes between frames. Each frame, {@link #acquire(int, int)} hands out a node per
 * key (the same node as last frame for the same key, so unchanged things are not re-laid out); at
 * {@link #endFrame()} the nodes not acquired are hidden and kept for later. The layer never holds
 * more nodes than were visible at once (and a few spares).
 *
 * <p>A node for a new key is preferably one last styled the same way ({@code style}): changing a
 * node's style classes makes JavaFX recompute the CSS of the node and all its children, which was
 * most of the CPU time and nearly all the garbage of playing a dense lesson.
 *
 * <p>The nodes sit in small groups of {@value #GROUP_SIZE} inside the layer, not in the layer
 * itself: when more than a few children of a group change in a frame, JavaFX recomputes the group's
 * bounds from all its children, and with a thousand arrows in one group that was 40% of the FX
 * thread's time while playing a dense lesson.
 */
final class NodePool<N extends Node> {
    private static final int MIN_SPARES = 256;
    static final int GROUP_SIZE = 32;
    private final Group layer;
    private final Supplier<N> factory;
    private final ToIntFunction<N> styleOf;
    private Map<Integer, N> inUse = new HashMap<>();
    private Map<Integer, N> acquired = new HashMap<>();
    /** Hidden nodes by the style they last had. */
    private final Map<Integer, ArrayDeque<N>> free = new HashMap<>();
    private int freeCount;
    private int created;

    /** A pool whose nodes all look alike (no style to match). */
    NodePool(Group layer, Supplier<N> factory) {
        this(layer, factory, node -> 0);
    }

    /** @param styleOf the style a node has now, as {@link #acquire(int, int)}'s {@code style} names it */
    NodePool(Group layer, Supplier<N> factory, ToIntFunction<N> styleOf) {
        this.layer = layer;
        this.factory = factory;
        this.styleOf = styleOf;
    }

    N acquire(int key) {
        return acquire(key, 0);
    }

    /** The node for {@code key}: last frame's, else a spare with {@code style} if any, else any spare or a new one. */
    N acquire(int key, int style) {
        N node = acquired.get(key);
        if (node != null) {
            return node;
        }
        node = inUse.remove(key);
        if (node == null) {
            node = pollFree(style);
        }
        if (node == null) {
            node = factory.get();
            created++;
            groupWithRoom().getChildren().add(node);
            // styled now: acquire runs during layout, after the pulse's CSS pass, and an unstyled
            // node would be drawn once and then again (the whole layer, if it is new at its edge)
            node.applyCss();
        }
        node.setVisible(true);
        acquired.put(key, node);
        return node;
    }

    /** The first small group in the layer with room for one more node (a new group if none). */
    private Group groupWithRoom() {
        for (Node child : layer.getChildren()) {
            if (child instanceof Group group && group.getChildren().size() < GROUP_SIZE) {
                return group;
            }
        }
        Group group = new Group();
        group.setAutoSizeChildren(false);
        layer.getChildren().add(group);
        return group;
    }

    private N pollFree(int style) {
        ArrayDeque<N> same = free.get(style);
        if (same == null || same.isEmpty()) {
            same = null;
            for (ArrayDeque<N> other : free.values()) {
                if (!other.isEmpty()) {
                    same = other;
                    break;
                }
            }
        }
        if (same == null) {
            return null;
        }
        freeCount--;
        return same.poll();
    }

    /** Ends a frame: hides every node not acquired since the last call. */
    void endFrame() {
        for (N node : inUse.values()) {
            node.setVisible(false);
            free.computeIfAbsent(styleOf.applyAsInt(node), s -> new ArrayDeque<>()).add(node);
            freeCount++;
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
        if (freeCount <= keep * 2) { // hysteresis: do not trim and re-create on every small change
            return;
        }
        Set<N> removed = new HashSet<>();
        while (freeCount > keep) {
            ArrayDeque<N> largest = null;
            for (ArrayDeque<N> list : free.values()) {
                if (largest == null || list.size() > largest.size()) {
                    largest = list;
                }
            }
            removed.add(largest.pollLast());
            freeCount--;
        }
        for (Node child : layer.getChildren()) {
            ((Group) child).getChildren().removeAll(removed);
        }
    }

    /** Hides everything (e.g. when the trace changes, since keys then mean other things). */
    void clear() {
        endFrame();
        endFrame();
    }

    int created() {
        return created;
    }

    /** How many nodes the layer holds now, shown or spare. */
    int size() {
        int n = 0;
        for (Node child : layer.getChildren()) {
            n += ((Group) child).getChildren().size();
        }
        return n;
    }

    int shown() {
        return inUse.size();
    }
}
