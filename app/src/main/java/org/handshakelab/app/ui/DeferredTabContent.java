package org.handshakelab.app.ui;

import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * Puts a node into a tab only when the tab is selected. A tab pane keeps every tab's content in the
 * scene, so a hidden tab's controls would otherwise get their skins, CSS and layout before the
 * window's first frame (start-up; see BENCHMARKS.md). The node itself is made as before, so
 * whatever it binds or listens to works while it waits.
 */
public final class DeferredTabContent {
    private static final Object PENDING = new Object();
    private static final Object LISTENING = new Object();

    private DeferredTabContent() {
    }

    /** Shows {@code content} in {@code tab} now if it is selected, else when it first is. */
    public static void set(Tab tab, Node content) {
        if (tab.isSelected()) {
            tab.getProperties().remove(PENDING);
            tab.setContent(content);
            return;
        }
        if (tab.getProperties().putIfAbsent(LISTENING, Boolean.TRUE) == null) {
            tab.selectedProperty().addListener((o, was, selected) -> {
                if (selected && tab.getProperties().remove(PENDING) instanceof Node node) {
                    tab.setContent(node);
                }
            });
        }
        tab.setContent(null);
        tab.getProperties().put(PENDING, content);
    }
}
