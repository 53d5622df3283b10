package dev.bulwark.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reports of slow journal appends, on a fake clock. */
class SlowAppendsTest {
    private static final long MS = 1_000_000;
    private long now = 1_000 * MS;
    private final SlowAppends slow = new SlowAppends(() -> now);

    @Test
    void appends_within_the_threshold_are_never_reported() {
        for (int i = 0; i < 5_000; i++) {
            now += MS;
            assertThat(slow.note(SlowAppends.THRESHOLD_NANOS, 20)).isEmpty();
        }
    }

    @Test
    void the_first_slow_append_is_reported_at_once_and_later_ones_at_most_once_a_second_with_the_longest() {
        Optional<SlowAppends.Report> first = slow.note(83 * MS, 40);
        assertThat(first).hasValueSatisfying(r -> {
            assertThat(r.appends()).isEqualTo(1);
            assertThat(r.longestNanos()).isEqualTo(83 * MS);
            assertThat(r.message()).contains("1 journal append took over 25 ms").contains("the longest 83.0 ms")
                    .contains("40 events waited");
        });
        now += 100 * MS;
        assertThat(slow.note(30 * MS, 12)).isEmpty();
        now += 100 * MS;
        assertThat(slow.note(61 * MS, 1)).isEmpty();
        now += 100 * MS;
        assertThat(slow.note(2 * MS, 9)).as("a fast append reports nothing before the second is up").isEmpty();
        now += 800 * MS;
        assertThat(slow.note(2 * MS, 9)).as("the first append after the second reports what was held back")
                .hasValueSatisfying(r -> {
                    assertThat(r.appends()).isEqualTo(2);
                    assertThat(r.longestNanos()).isEqualTo(61 * MS);
                    assertThat(r.longestEvents()).isEqualTo(1);
                    assertThat(r.message()).contains("2 journal appends").contains("in the last 1.1 s")
                            .contains("1 event waited");
                });
        now += 5_000 * MS;
        assertThat(slow.note(2 * MS, 9)).as("nothing left to report").isEmpty();
    }
}
