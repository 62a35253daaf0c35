package org.handshakelab.app.ui;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the main window: the keys, what the help dialog calls them, and the
 * message key of the description. Keys are matched by a scene-level event filter
 * ({@link KeyboardShortcuts}), so a focused slider or list does not swallow them. PgDn/PgUp are
 * what presentation clickers send.
 */
public enum ShortcutAction {
    PLAY_PAUSE("action.playPause", "Space", plain(KeyCode.SPACE)),
    STEP_FORWARD("action.stepForward", "→", plain(KeyCode.RIGHT)),
    STEP_BACK("action.stepBack", "←", plain(KeyCode.LEFT)),
    NEXT_NARRATION("action.nextNarration", "PgDn", plain(KeyCode.PAGE_DOWN)),
    PREVIOUS_NARRATION("action.previousNarration", "PgUp", plain(KeyCode.PAGE_UP)),
    RESTART("action.restart", "Home", plain(KeyCode.HOME)),
    OPEN("action.open", "Ctrl+O", shortcut(KeyCode.O)),
    OPEN_CAPTURE("action.openCapture", "Ctrl+Shift+O",
            new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    RELOAD("action.reload", "F5", plain(KeyCode.F5)),
    FULL_SCREEN("action.fullScreen", "F11", plain(KeyCode.F11)),
    ZOOM_IN("action.zoomIn", "Ctrl + +", shortcut(KeyCode.EQUALS), shortcut(KeyCode.PLUS), shortcut(KeyCode.ADD),
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    ZOOM_OUT("action.zoomOut", "Ctrl + −", shortcut(KeyCode.MINUS), shortcut(KeyCode.SUBTRACT)),
    ZOOM_RESET("action.zoomReset", "Ctrl + 0", shortcut(KeyCode.DIGIT0), shortcut(KeyCode.NUMPAD0)),
    SHORTCUTS("action.shortcuts", "F1, ?", plain(KeyCode.F1)),
    /** Handled by presenter.PresenterMode's own filter; listed here for the help dialog. */
    PRESENTER("action.presenter", "P", plain(KeyCode.P)),
    /** Handled by presenter.PointerHighlight (press and release); listed here for the help dialog. */
    POINTER("action.pointer", "H", plain(KeyCode.H));

    private final String messageKey;
    private final String keysText;
    private final List<KeyCombination> combinations;

    ShortcutAction(String messageKey, String keysText, KeyCombination... combinations) {
        this.messageKey = messageKey;
        this.keysText = keysText;
        this.combinations = List.of(combinations);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The keys as the help dialog shows them. */
    public String keysText() {
        return keysText;
    }

    public List<KeyCombination> combinations() {
        return combinations;
    }

    /** The combination menus show as the item's accelerator. */
    public KeyCombination primary() {
        return combinations.get(0);
    }

    /** Whether the shortcut is a key a text field needs for typing (so it is left to a focused text field). */
    public boolean isTypingKey() {
        return switch (this) {
            case PLAY_PAUSE, STEP_FORWARD, STEP_BACK, RESTART, PREVIOUS_NARRATION, NEXT_NARRATION, PRESENTER, POINTER -> true;
            default -> false;
        };
    }

    private static KeyCombination plain(KeyCode code) {
        return new KeyCodeCombination(code);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }
}
