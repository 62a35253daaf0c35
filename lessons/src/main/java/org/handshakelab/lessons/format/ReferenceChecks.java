package org.handshakelab.lessons.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.handshakelab.lessons.DiagnosticCollector;
import org.handshakelab.lessons.Limits;
import org.handshakelab.model.sim.Trigger;
import org.handshakelab.model.tcp.AppCall;

/**
 * Checks that need the whole, well-formed document: references to steps, both endpoints on the
 * same IP version and four-tuple ends that differ, steps within the time bound, total data sent.
 */
final class ReferenceChecks {
    private final DiagnosticCollector out;

    ReferenceChecks(DiagnosticCollector out) {
        this.out = out;
    }

    void check(LessonDocument doc) {
        LessonDocument.Setup setup = doc.setup();
        int clientVersion = IpAddresses.version(setup.client().address());
        int serverVersion = IpAddresses.version(setup.server().address());
        if (clientVersion != serverVersion) {
            out.error(setup.server().addressAt(), "$.setup.server.address", "the client's address is IPv"
                    + clientVersion + " but the server's is IPv" + serverVersion
                    + "; both endpoints must use the same IP version");
        } else if (setup.client().address().equalsIgnoreCase(setup.server().address())
                && setup.client().port() == setup.server().port()) {
            out.error(setup.server().addressAt(), "$.setup.server.address",
                    "the server has the same address and port as the client; a connection needs two different ends");
        }
        Set<String> stepIds = new HashSet<>();
        long totalBytes = 0;
        for (LessonDocument.Step step : doc.script()) {
            if (step.id() != null) {
                stepIds.add(step.id());
            }
            if (step.trigger() instanceof Trigger.At at && at.timeMillis() > setup.maxTimeMs()) {
                out.error(step.at(), step.path() + ".at", "the step is at " + at.timeMillis()
                        + " ms, after the time bound (setup.bounds.maxTime = " + setup.maxTimeMs() + " ms)");
            }
            if (step.call() instanceof AppCall.Send send) {
                long before = totalBytes;
                totalBytes += send.length();
                if (before <= Limits.MAX_TOTAL_SEND_BYTES && totalBytes > Limits.MAX_TOTAL_SEND_BYTES) {
                    out.error(step.at(), step.path(), "the script sends " + totalBytes + " bytes in all; the limit is "
                            + Limits.MAX_TOTAL_SEND_BYTES);
                }
            }
        }
        for (Anchor anchor : anchors(doc)) {
            if (anchor instanceof Anchor.StepCall ref && !stepIds.contains(ref.stepId())) {
                out.error(anchor.at(), anchor.path() + ".step", "no step has the id \"" + ref.stepId() + "\"");
            }
        }
    }

    static List<Anchor> anchors(LessonDocument doc) {
        List<Anchor> anchors = new ArrayList<>();
        doc.narration().forEach(n -> anchors.add(n.anchor()));
        doc.expectations().forEach(e -> anchors.add(e.anchor()));
        doc.quiz().forEach(q -> anchors.add(q.anchor()));
        return anchors;
    }
}
