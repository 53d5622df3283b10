package dev.bulwark.core.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BloomFilterTest {
    @Test
    void every_added_id_is_found_even_past_the_first_layer() {
        BloomFilter filter = filled(1000, 10_000);
        for (int i = 0; i < 10_000; i++) {
            assertThat(filter.mightContain("evt-" + i)).isTrue();
        }
        assertThat(filter.size()).isEqualTo(10_000);
    }

    @Test
    void few_ids_never_added_are_reported() {
        assertThat(falsePositives(filled(1000, 10_000), 100_000)).isLessThan(1_000);
    }

    @Test
    void a_full_layer_keeps_false_positives_under_one_in_a_thousand() {
        // 18 bits per id in 256-bit blocks: about 0.72 in a thousand expected
        assertThat(falsePositives(filled(100_000, 100_000), 1_000_000)).isBetween(1L, 999L);
    }

    @Test
    void ids_added_by_a_hash_of_the_callers_are_found_by_it() {
        BloomFilter filter = new BloomFilter(1000);
        for (long i = 1; i <= 5_000; i++) {
            filter.add(i * 0x9E3779B97F4A7C15L);
        }
        for (long i = 1; i <= 5_000; i++) {
            assertThat(filter.mightContain(i * 0x9E3779B97F4A7C15L)).isTrue();
        }
        assertThat(filter.size()).isEqualTo(5_000);
    }

    /** A filter sized for {@code expected} ids, holding {@code ids} of them: evt-0, evt-1, ... */
    private static BloomFilter filled(long expected, int ids) {
        BloomFilter filter = new BloomFilter(expected);
        for (int i = 0; i < ids; i++) {
            filter.add("evt-" + i);
        }
        return filter;
    }

    /** How many of {@code tries} ids never added the filter says it may hold. */
    private static long falsePositives(BloomFilter filter, int tries) {
        long found = 0;
        for (int i = 0; i < tries; i++) {
            if (filter.mightContain("other-" + i)) {
                found++;
            }
        }
        return found;
    }
}
