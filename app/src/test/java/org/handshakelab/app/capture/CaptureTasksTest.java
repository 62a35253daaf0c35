package org.handshakelab.app.capture;

import static org.handshakelab.app.export.FxTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.concurrent.Worker;
import org.handshakelab.app.export.FxTesting;
import org.handshakelab.model.capture.CaptureFormatException;
import org.handshakelab.model.capture.ConversationIndex;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.trace.TraceEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

class CaptureTasksTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() {
        FxTesting.startToolkit();
    }

    private static <T> T runInBackground(javafx.concurrent.Task<T> task) throws Exception {
        Thread t = new Thread(task, "test-capture");
        t.start();
        try {
            return task.get(30, TimeUnit.SECONDS);
        } finally {
            t.join(30_000);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void theScanReportsProgressUpToOneAndListsTheConversations() throws Exception {
        Path file = CaptureTestFiles.conversations(dir, 3);
        CaptureImportTask task = new CaptureImportTask(file);
        ConversationIndex index = runInBackground(task);
        assertEquals(3, index.conversations().size());
        assertEquals(1.0, onFx(task::getProgress));
        assertEquals(Worker.State.SUCCEEDED, onFx(task::getState));
    }

    @Test
    void progressIsBytesReadOfTheFileAndClimbsOnALargeFile() throws Exception {
        Path file = CaptureTestFiles.manyFrames(dir, 20_000);
        long size = Files.size(file);
        List<Long> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        CaptureImportTask task = new CaptureImportTask(file) {
            @Override
            protected void progressed(long bytesRead, long totalBytes) {
                assertEquals(size, totalBytes);
                seen.add(bytesRead);
                super.progressed(bytesRead, totalBytes);
            }
        };
        runInBackground(task);
        assertTrue(seen.size() >= 5, "a check every 4096 packets and one at the end: " + seen);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1));
        }
        assertEquals(size, seen.get(seen.size() - 1));
        assertEquals(1.0, onFx(task::getProgress));
    }

    @Test
    void cancelStopsTheScanBeforeTheEnd() throws Exception {
        Path file = CaptureTestFiles.manyFrames(dir, 40_000);
        long size = Files.size(file);
        AtomicLong lastRead = new AtomicLong();
        CaptureImportTask task = new CaptureImportTask(file) {
            @Override
            protected void progressed(long bytesRead, long totalBytes) {
                lastRead.set(bytesRead);
                cancel(); // as the Cancel button would, from the first checkpoint on
            }
        };
        assertThrows(CancellationException.class, () -> runInBackground(task));
        assertTrue(task.isCancelled());
        assertEquals(Worker.State.CANCELLED, onFx(task::getState));
        assertTrue(lastRead.get() > 0 && lastRead.get() < size / 2,
                "stopped at the first check, not at the end: " + lastRead.get() + " of " + size);
    }

    @Test
    void aTruncatedFileFailsWithThePacketAndOffsetInTheMessage() throws Exception {
        byte[] whole = CaptureTestFiles.pcap(49152, 0);
        Path file = dir.resolve("cut.pcap");
        Files.write(file, Arrays.copyOf(whole, whole.length - 7));
        CaptureImportTask task = new CaptureImportTask(file);
        ExecutionException failure = assertThrows(ExecutionException.class, () -> runInBackground(task));
        CaptureFormatException e = assertInstanceOf(CaptureFormatException.class, failure.getCause());
        String message = CaptureOpener.describeFailure(file, e, Locale.ENGLISH);
        assertTrue(message.matches("cut\\.pcap: packet \\d+, offset \\d+: .+"), message);
        assertTrue(message.contains("packet " + e.packetNumber() + ", offset " + e.offset() + ": "), message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), "no stack trace");
    }

    @Test
    void loadingAConversationGivesItsTraceAndLaneHeaders() throws Exception {
        Path file = CaptureTestFiles.conversations(dir, 2);
        ConversationIndex index = runInBackground(new CaptureImportTask(file));
        CaptureResult result = runInBackground(new ConversationLoadTask(file, index, 1));
        assertEquals("10.0.0.1", result.clientHeader(Locale.ENGLISH).address());
        assertEquals(40002, result.clientHeader(Locale.ENGLISH).port());
        assertEquals("Client", result.clientHeader(Locale.ENGLISH).label());
        assertEquals("10.0.0.2", result.serverHeader(Locale.ENGLISH).address());
        assertEquals(80, result.serverHeader(Locale.ENGLISH).port());
        List<State> client = result.trace().events().stream()
                .filter(e -> e instanceof TraceEvent.StateChanged s && s.side() == Side.CLIENT)
                .map(e -> ((TraceEvent.StateChanged) e).to()).toList();
        assertEquals(List.of(State.SYN_SENT, State.ESTABLISHED, State.FIN_WAIT_1, State.FIN_WAIT_2, State.TIME_WAIT), client);
        assertEquals("클라이언트", result.clientHeader(Locale.KOREAN).label(), "the same result, worded in Korean");
        assertEquals("10.0.0.1", result.clientHeader(Locale.KOREAN).address());
    }

    @Test
    void captureFilesAreRecognizedByMagicNumberNotName() throws Exception {
        Path pcap = CaptureTestFiles.conversations(dir, 1);
        assertTrue(CaptureFiles.isCapture(pcap));
        Path renamed = Files.copy(pcap, dir.resolve("capture.bin"));
        assertTrue(CaptureFiles.isCapture(renamed), "a capture under another name");
        assertFalse(CaptureFiles.hasCaptureExtension(renamed));
        Path pcapng = dir.resolve("x.pcapng");
        Files.write(pcapng, new byte[] {0x0a, 0x0d, 0x0d, 0x0a, 0x1c, 0, 0, 0});
        assertTrue(CaptureFiles.isCapture(pcapng));
        Path fake = dir.resolve("lesson.pcap");
        Files.writeString(fake, "{\"format\": 1}");
        assertTrue(CaptureFiles.hasCaptureExtension(fake));
        assertFalse(CaptureFiles.isCapture(fake), "a .pcap that is not one");
        assertFalse(CaptureFiles.isCapture(dir.resolve("missing.pcap")));
        assertFalse(CaptureFiles.isCapture(dir));
    }
}
