package org.handshakelab.model.capture;

import java.lang.management.ManagementFactory;

/** Bytes allocated by the current thread (HotSpot's com.sun.management extension), or -1 if unavailable. */
final class Allocation {
    private Allocation() {
    }

    static long allocatedByThisThread() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean hotspot
                && hotspot.isThreadAllocatedMemorySupported() && hotspot.isThreadAllocatedMemoryEnabled()) {
            return hotspot.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return -1;
    }
}
