package org.handshakelab.model.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class IntervalIndexProperties {

    @Property(tries = 300)
    void answersEqualABruteForceScan(@ForAll @IntRange(min = 0, max = 400) int points,
                                     @ForAll @IntRange(min = 0, max = 200) int count,
                                     @ForAll long seed) {
        Random random = new Random(seed);
        int[] starts = new int[count];
        int[] ends = new int[count];
        for (int k = 0; k < count; k++) {
            starts[k] = points == 0 ? 0 : random.nextInt(points);
        }
        Arrays.sort(starts);
        for (int k = 0; k < count; k++) {
            // mostly short lives, some reaching past the end ("still on the wire")
            ends[k] = random.nextInt(10) == 0 ? points : Math.min(points, starts[k] + 1 + random.nextInt(150));
        }
        IntervalIndex index = new IntervalIndex(starts, ends, points);
        for (int point = -1; point < points; point++) {
            List<Integer> expected = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                if (starts[k] <= point && point < ends[k]) {
                    expected.add(k);
                }
            }
            List<Integer> actual = new ArrayList<>();
            index.forEachAlive(point, actual::add);
            assertEquals(expected, actual, "at point " + point);
        }
    }
}
