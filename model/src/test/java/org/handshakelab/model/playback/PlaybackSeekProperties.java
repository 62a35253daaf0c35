package org.handshakelab.model.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.handshakelab.model.trace.Trace;

class PlaybackSeekProperties {
    private static final Trace TRACE = HandshakeFixture.trace();

    /** One user action on a playback. */
    record Op(int kind, int index, long time) {
        void applyTo(Playback p) {
            switch (kind) {
                case 0 -> p.stepForward();
                case 1 -> p.stepBack();
                case 2 -> p.seekToIndex(index);
                case 3 -> p.seekToTime(time);
                default -> p.restart();
            }
        }
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(-3, TRACE.size() + 3),
                // mostly around the busy first 3 s, sometimes into TIME-WAIT and beyond
                Arbitraries.oneOf(Arbitraries.longs().between(-10, 3_000), Arbitraries.longs().between(0, 250_000)))
                .as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 1000)
    void anySequenceOfSeeksEndsExactlyWhereAFreshPlaybackSeekingThereWould(@ForAll("ops") List<Op> ops) {
        Playback p = new Playback(TRACE);
        Op target = new Op(4, -1, 0);
        for (Op op : ops) {
            int before = p.eventIndexProperty().get();
            op.applyTo(p);
            boolean noOp = (op.kind() == 0 || op.kind() == 1) && p.eventIndexProperty().get() == before;
            if (!noOp) { // a step at either end leaves everything as it was, time included
                target = op;
            }
        }
        Playback fresh = new Playback(TRACE);
        if (target.kind() == 3) {
            fresh.seekToTime(target.time());
        } else {
            fresh.seekToIndex(p.eventIndexProperty().get());
        }
        assertEquals(PlaybackTest.Snapshot.of(fresh), PlaybackTest.Snapshot.of(p));
    }

    @Property(tries = 200)
    void stepBackUndoesStepForward(@ForAll("ops") List<Op> ops) {
        Playback p = new Playback(TRACE);
        for (Op op : ops) {
            op.applyTo(p);
        }
        p.seekToIndex(p.eventIndexProperty().get()); // stepping is defined between event positions
        if (p.atEnd()) {
            return;
        }
        PlaybackTest.Snapshot before = PlaybackTest.Snapshot.of(p);
        p.stepForward();
        p.stepBack();
        assertEquals(before, PlaybackTest.Snapshot.of(p));
    }
}
