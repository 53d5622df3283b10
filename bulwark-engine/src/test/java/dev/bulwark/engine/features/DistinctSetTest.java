package dev.bulwark.engine.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class DistinctSetTest {
    /**
     * Below the cap the set counts exactly what a map of value to last bucket counts, across the switch from
     * the linear arrays to the hashed table.
     */
    @Property(tries = 300)
    void belowTheCapCountsEqualAMapOfLastSeenBuckets(@ForAll @Size(max = 300) List<@IntRange(min = 1, max = 60) Integer> values,
                                                     @ForAll @IntRange(min = 1, max = 20) int span) {
        long[] set = null;
        Map<Long, Integer> model = new HashMap<>();
        int bucket = 0;
        for (int v : values) {
            bucket += v % 3 == 0 ? 1 : 0;
            set = DistinctSet.add(set, v, bucket, 4096);
            model.merge((long) v, bucket, Math::max);
            final int now = bucket;
            long expected = model.values().stream().filter(b -> now - b >= 0 && now - b < span).count();
            assertThat(DistinctSet.count(set, bucket, span)).isEqualTo((int) expected);
        }
    }

    /** At the cap the set keeps the most recently seen values and never counts more than the cap. */
    @Property(tries = 200)
    void atTheCapTheOldestValueGivesWay(@ForAll @Size(min = 1, max = 400) List<@IntRange(min = 1, max = 200) Integer> values,
                                        @ForAll @IntRange(min = 1, max = 40) int cap) {
        long[] set = null;
        int bucket = 0;
        for (int v : values) {
            set = DistinctSet.add(set, v, ++bucket, cap);
            assertThat(DistinctSet.count(set, bucket, Integer.MAX_VALUE)).isLessThanOrEqualTo(cap);
        }
        long lastDistinct = values.subList(Math.max(0, values.size() - cap), values.size()).stream().distinct().count();
        assertThat(DistinctSet.count(set, bucket, Integer.MAX_VALUE)).isGreaterThanOrEqualTo((int) Math.min(cap, lastDistinct));
    }
}
