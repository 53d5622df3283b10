package dev.bulwark.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BloomFilterTest {
    @Test
    void every_added_id_is_found_even_past_the_first_layer() {
        BloomFilter filter = new BloomFilter(1000);
        for (int i = 0; i < 10_000; i++) {
            filter.add("evt-" + i);
        }
        for (int i = 0; i < 10_000; i++) {
            assertThat(filter.mightContain("evt-" + i)).isTrue();
        }
        assertThat(filter.size()).isEqualTo(10_000);
    }

    @Test
    void few_ids_never_added_are_reported() {
        BloomFilter filter = new BloomFilter(1000);
        for (int i = 0; i < 10_000; i++) {
            filter.add("evt-" + i);
        }
        long falsePositives = 0;
        for (int i = 0; i < 100_000; i++) {
            if (filter.mightContain("other-" + i)) {
                falsePositives++;
            }
        }
        assertThat(falsePositives).isLessThan(1_000);
    }

    @Test
    void a_full_layer_keeps_false_positives_under_one_in_a_thousand() {
        BloomFilter filter = new BloomFilter(100_000);
        for (int i = 0; i < 100_000; i++) {
            filter.add("evt-" + i);
        }
        long falsePositives = 0;
        for (int i = 0; i < 1_000_000; i++) {
            if (filter.mightContain("other-" + i)) {
                falsePositives++;
            }
        }
        // 18 bits per id in 256-bit blocks: about 0.72 in a thousand expected
        assertThat(falsePositives).isBetween(1L, 999L);
    }
}
