package org.handshakelab.lessons.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.handshakelab.lessons.format.LessonDocument;
import org.handshakelab.model.sim.Trigger;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;

/**
 * Finds, for each script step, the {@link TraceEvent.CallMade} event it caused. The trace does not
 * name steps, so a step is matched by what it must look like: its endpoint, its exact call, and the
 * time its trigger says (the trigger's event time plus {@code after}); each event is claimed once.
 */
public final class StepCalls {
    private StepCalls() {
    }

    /** For each step in script order, the index of its call event, or -1 when it never ran. */
    public static int[] locate(List<LessonDocument.Step> steps, Trace trace) {
        int[] result = new int[steps.size()];
        Set<Integer> claimed = new HashSet<>();
        List<Integer> calls = new ArrayList<>();
        for (int i = 0; i < trace.size(); i++) {
            if (trace.get(i) instanceof TraceEvent.CallMade) {
                calls.add(i);
            }
        }
        for (int s = 0; s < steps.size(); s++) {
            LessonDocument.Step step = steps.get(s);
            long due = dueTime(step.trigger(), trace);
            result[s] = -1;
            if (due < 0) {
                continue;
            }
            for (int index : calls) {
                TraceEvent.CallMade call = (TraceEvent.CallMade) trace.get(index);
                if (call.time() == due && call.side() == step.side() && call.call().equals(step.call())
                        && claimed.add(index)) {
                    result[s] = index;
                    break;
                }
            }
        }
        return result;
    }

    /** When the step's trigger fires, or -1 if it never does in this trace. */
    static long dueTime(Trigger trigger, Trace trace) {
        if (trigger instanceof Trigger.At at) {
            return at.timeMillis();
        }
        if (trigger instanceof Trigger.OnState on) {
            int seen = 0;
            for (TraceEvent e : trace.events()) {
                if (e instanceof TraceEvent.StateChanged sc && sc.side() == on.side() && sc.to() == on.state()
                        && ++seen == on.occurrence()) {
                    return sc.time() + on.delayMillis();
                }
            }
            return -1;
        }
        Trigger.OnBytesReceived on = (Trigger.OnBytesReceived) trigger;
        long total = 0;
        for (TraceEvent e : trace.events()) {
            if (e instanceof TraceEvent.DataDelivered d && d.side() == on.side()) {
                total += d.length();
                if (total >= on.bytes()) {
                    return d.time() + on.delayMillis();
                }
            }
        }
        return -1;
    }
}
