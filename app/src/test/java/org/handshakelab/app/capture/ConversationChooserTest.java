package org.handshakelab.app.capture;

import static org.handshakelab.app.export.FxTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.paint.Color;
import org.handshakelab.app.export.FxTesting;
import org.handshakelab.model.capture.Conversation;
import org.handshakelab.model.capture.ConversationIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationChooserTest {
    @BeforeAll
    static void startFx() {
        FxTesting.startToolkit();
    }

    @SuppressWarnings("unchecked")
    private static String cell(ConversationChooser chooser, int column, int row) {
        return onFx(() -> ((TableColumn<Conversation, String>) chooser.table().getColumns().get(column))
                .getCellData(row));
    }

    @Test
    void theChooserListsEveryConversationWithEndpointsPacketsAndTimes(@TempDir Path dir) throws Exception {
        Path file = CaptureTestFiles.conversations(dir, 3);
        List<Conversation> conversations = ConversationIndex.scan(file).conversations();
        ConversationChooser chooser = onFx(() -> {
            ConversationChooser c = new ConversationChooser(file.getFileName().toString(), conversations, Locale.ENGLISH);
            FxTesting.sceneOf(c, 900, 300);
            return c;
        });
        assertEquals(3, onFx(() -> chooser.table().getItems().size()));
        assertEquals("conversations-3.pcap holds 3 TCP conversations. Choose one to show.",
                onFx(() -> ((Label) chooser.lookup("#conversation-heading")).getText()));
        for (int row = 0; row < 3; row++) {
            assertEquals(Integer.toString(row + 1), cell(chooser, 0, row));
            assertEquals("10.0.0.1:" + (40001 + row) + " <-> 10.0.0.2:80", cell(chooser, 1, row));
            assertEquals(Long.toString(conversations.get(row).packets()), cell(chooser, 2, row));
        }
        assertEquals("1970-01-01 00:00:10.010", cell(chooser, 3, 1), "the second starts 10 s later (+10 ms connect)");
        assertTrue(cell(chooser, 4, 1).compareTo(cell(chooser, 3, 1)) > 0);
        assertEquals(conversations.get(0), onFx(() -> chooser.selectedProperty().get()), "the first is preselected");
        onFx(() -> {
            chooser.select(3);
            return null;
        });
        assertEquals(conversations.get(2), onFx(() -> chooser.selectedProperty().get()));
        FxTesting.saveSnapshot(chooser, Color.WHITE, FxTesting.picture("sandbox-capture-chooser.png"));
    }
}
