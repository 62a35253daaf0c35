package org.handshakelab.app.presenter;

import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.event.EventDispatchChain;
import javafx.event.EventDispatcher;
import javafx.scene.Node;

/**
 * Delivers an event to a node and its ancestors up to (not including) the scene: their filters and
 * handlers run as usual, the scene's and window's do not. The sandbox uses it so its own keys
 * (Space, arrows, Page Up/Down) reach it while the main window's scene-wide playback shortcuts,
 * which drive the hidden lesson player, never see them.
 */
final class FocusedDispatch implements EventDispatchChain {
    private final List<EventDispatcher> dispatchers;
    private final int from;

    private FocusedDispatch(List<EventDispatcher> dispatchers, int from) {
        this.dispatchers = dispatchers;
        this.from = from;
    }

    /** Dispatches {@code event} (already a copy targeted at {@code target}) from the root down to {@code target} and back. */
    static void deliver(Node target, Event event) {
        List<EventDispatcher> chain = new ArrayList<>();
        for (Node n = target; n != null; n = n.getParent()) {
            chain.add(0, n.getEventDispatcher());
        }
        new FocusedDispatch(chain, 0).dispatchEvent(event);
    }

    @Override
    public EventDispatchChain append(EventDispatcher dispatcher) {
        List<EventDispatcher> more = new ArrayList<>(dispatchers.subList(from, dispatchers.size()));
        more.add(dispatcher);
        return new FocusedDispatch(more, 0);
    }

    @Override
    public EventDispatchChain prepend(EventDispatcher dispatcher) {
        List<EventDispatcher> more = new ArrayList<>(dispatchers.subList(from, dispatchers.size()));
        more.add(0, dispatcher);
        return new FocusedDispatch(more, 0);
    }

    @Override
    public Event dispatchEvent(Event event) {
        if (from >= dispatchers.size()) {
            return event;
        }
        return dispatchers.get(from).dispatchEvent(event, new FocusedDispatch(dispatchers, from + 1));
    }
}
