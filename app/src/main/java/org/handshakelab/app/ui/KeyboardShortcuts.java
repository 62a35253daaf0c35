package org.handshakelab.app.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * Installs the main window's shortcuts as event filters on the scene: filters run before the
 * focused control's own key handling, so the timeline slider's arrow keys or the library list's
 * Home key do not take them away. A focused text field keeps its typing keys. '?' is matched on
 * the typed character, since which key makes it depends on the keyboard layout.
 */
public final class KeyboardShortcuts {
    private final Map<ShortcutAction, Runnable> actions = new EnumMap<>(ShortcutAction.class);

    public KeyboardShortcuts on(ShortcutAction action, Runnable run) {
        actions.put(action, run);
        return this;
    }

    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            for (Map.Entry<ShortcutAction, Runnable> entry : actions.entrySet()) {
                ShortcutAction action = entry.getKey();
                if (action.combinations().stream().anyMatch(c -> c.match(event))
                        && !(action.isTypingKey() && typingIn(scene))) {
                    event.consume();
                    entry.getValue().run();
                    return;
                }
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            Runnable help = actions.get(ShortcutAction.SHORTCUTS);
            if ("?".equals(event.getCharacter()) && help != null && !typingIn(scene)) {
                event.consume();
                help.run();
            }
        });
    }

    private static boolean typingIn(Scene scene) {
        Node focus = scene.getFocusOwner();
        return focus instanceof TextInputControl text && text.isEditable();
    }
}
