package org.handshakelab.app.player;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.handshakelab.lessons.NarrationPoint;

/**
 * A lesson's narration points ordered by their anchor event, with the look-ups playback needs.
 * Indices are trace event indices; -1 means "before the first event".
 */
public final class NarrationIndex {
    public static final NarrationIndex EMPTY = new NarrationIndex(List.of());

    private final List<NarrationPoint> points;

    public NarrationIndex(List<NarrationPoint> narration) {
        List<NarrationPoint> sorted = new ArrayList<>(narration);
        sorted.sort(Comparator.comparingInt(NarrationPoint::eventIndex)); // stable: file order among equal anchors
        points = List.copyOf(sorted);
    }

    public List<NarrationPoint> points() {
        return points;
    }

    /** The narration shown at {@code eventIndex}: the last point anchored at or before it. */
    public Optional<NarrationPoint> current(int eventIndex) {
        NarrationPoint found = null;
        for (NarrationPoint point : points) {
            if (point.eventIndex() > eventIndex) {
                break;
            }
            found = point;
        }
        return Optional.ofNullable(found);
    }

    /** 0-based position of {@link #current(int)} among the points, -1 when none is shown yet. */
    public int position(int eventIndex) {
        int position = -1;
        for (int i = 0; i < points.size() && points.get(i).eventIndex() <= eventIndex; i++) {
            position = i;
        }
        return position;
    }

    /** The first point anchored after {@code eventIndex}. */
    public Optional<NarrationPoint> next(int eventIndex) {
        return points.stream().filter(p -> p.eventIndex() > eventIndex).findFirst();
    }

    /**
     * The last point anchored strictly before {@code eventIndex}: from the middle of a narration that is
     * its own start, from its start the one before (like "previous track").
     */
    public Optional<NarrationPoint> previous(int eventIndex) {
        NarrationPoint found = null;
        for (NarrationPoint point : points) {
            if (point.eventIndex() >= eventIndex) {
                break;
            }
            found = point;
        }
        return Optional.ofNullable(found);
    }

    /** The first pausing point anchored in {@code (afterIndex, upToIndex]}. */
    public Optional<NarrationPoint> firstPauseIn(int afterIndex, int upToIndex) {
        return points.stream()
                .filter(p -> p.pause() && p.eventIndex() > afterIndex && p.eventIndex() <= upToIndex)
                .findFirst();
    }
}
