package org.handshakelab.model.capture;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Times one {@link ConversationIndex} pass (and one {@link ConversationIndex#loadConversation}
 * plus {@link PassiveStateTracker#infer}) over a file and reports the heap it needed, for
 * scripts/bench-capture.sh (not a test). Peak heap is the sum of the heap pools' peak usage.
 */
public final class CaptureBench {
    private CaptureBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long start = System.nanoTime();
        ConversationIndex index = ConversationIndex.scan(file);
        long scanned = System.nanoTime();
        InferredConnection inferred = PassiveStateTracker.infer(index.loadConversation(index.conversations().size() / 2));
        long loaded = System.nanoTime();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("packets=%d conversations=%d skipped=%s%n", index.packets(), index.conversations().size(),
                index.skipped());
        System.out.printf("index pass: %.3f s%n", (scanned - start) / 1e9);
        System.out.printf("load one conversation + infer: %.3f s (%d events)%n", (loaded - scanned) / 1e9,
                inferred.trace().size());
        System.out.printf("peak heap used: %.1f MB (max heap %.0f MB)%n", peak / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
    }
}
