package org.handshakelab.app.ui;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;

class DeferredTabContentTest {

    @Test
    void aHiddenTabGetsItsContentWhenFirstSelected() {
        Tab first = new Tab("first", new Label("shown"));
        Tab second = new Tab("second");
        TabPane pane = new TabPane(first, second);
        Label content = new Label("deferred");

        DeferredTabContent.set(second, content);
        assertNull(second.getContent(), "not in the scene while hidden");

        pane.getSelectionModel().select(second);
        assertSame(content, second.getContent());
    }

    @Test
    void theSelectedTabGetsItsContentAtOnce() {
        Tab only = new Tab("only");
        new TabPane(only);
        Label content = new Label("now");
        DeferredTabContent.set(only, content);
        assertSame(content, only.getContent());
    }

    @Test
    void theLatestContentWinsWhenReplacedWhileHidden() {
        Tab first = new Tab("first");
        Tab second = new Tab("second");
        TabPane pane = new TabPane(first, second);
        Label old = new Label("old");
        Label latest = new Label("latest");
        DeferredTabContent.set(second, old);
        DeferredTabContent.set(second, latest);

        pane.getSelectionModel().select(second);
        assertSame(latest, second.getContent());
        pane.getSelectionModel().select(first);
        DeferredTabContent.set(second, old); // a new lesson while the tab is hidden again
        assertNull(second.getContent());
        pane.getSelectionModel().select(second);
        assertSame(old, second.getContent());
    }
}
