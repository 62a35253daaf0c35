package org.handshakelab.app.testsupport;

import org.handshakelab.app.lanes.LaneHeader;
import org.handshakelab.lessons.BundledLessons;
import org.handshakelab.lessons.LoadOutcome;
import org.handshakelab.lessons.LoadedLesson;
import org.handshakelab.model.sim.EndpointSetup;

/** Shared test fixture: bundled lessons, loaded (simulated by the real TCP model). */
public final class BundledTraces {
    private BundledTraces() {
    }

    public static LoadedLesson load(String id) {
        LoadOutcome outcome = BundledLessons.load(id);
        if (outcome instanceof LoadOutcome.Loaded loaded) {
            return loaded.lesson();
        }
        throw new AssertionError("bundled lesson " + id + " failed to load: " + outcome);
    }

    public static LaneHeader header(LoadedLesson lesson, EndpointSetup setup) {
        return new LaneHeader(lesson.label(setup.side()).get("en"), setup.address(), setup.port());
    }
}
