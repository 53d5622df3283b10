package dev.bulwark.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/** The writer's wait for more events, on a fake clock whose pauses are where events arrive. */
class GatheringTest {
    private static final long MS = 1_000_000, SLICE = 200_000;

    /** A clock that a pause moves on by the slice, and a queue that each pause feeds as {@code arrivals} says. */
    private static final class Scene {
        final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        final List<String> taken = new ArrayList<>(List.of("first"));
        long now;
        int pauses;
        int spare = 100;

        Gathering gathering(long window, int minSpare, IntUnaryOperator arrivals) {
            return new Gathering(window, SLICE, minSpare, () -> spare, () -> now, nanos -> {
                assertThat(nanos).isEqualTo(SLICE);
                now += nanos;
                pauses++;
                for (int i = 0, n = arrivals.applyAsInt(pauses); i < n; i++) {
                    queue.add("e" + pauses + "." + i);
                }
            });
        }
    }

    @Test
    void waits_slice_by_slice_while_events_keep_arriving_and_commits_at_the_first_slice_without_any() {
        Scene s = new Scene();
        s.gathering(2 * MS, 16, pause -> pause <= 3 ? 2 : 0).gather(s.queue, s.taken, 1000, 0);
        assertThat(s.pauses).isEqualTo(4);
        assertThat(s.taken).containsExactly("first", "e1.0", "e1.1", "e2.0", "e2.1", "e3.0", "e3.1");
    }

    @Test
    void never_waits_past_the_window_from_the_previous_commits_start() {
        Scene s = new Scene();
        s.now = 300_000; // the previous commit started 0.3 ms ago
        s.gathering(MS, 16, pause -> 1).gather(s.queue, s.taken, 1000, 0);
        // slices end at 0.5, 0.7, 0.9 ms; one more would end at 1.1 ms, past the 1 ms window
        assertThat(s.pauses).isEqualTo(3);
        assertThat(s.now).isEqualTo(900_000);
        assertThat(s.taken).hasSize(4);
    }

    @Test
    void commits_at_once_after_an_idle_spell() {
        Scene s = new Scene();
        s.now = 50 * MS;
        s.gathering(2 * MS, 16, pause -> 1).gather(s.queue, s.taken, 1000, 0);
        assertThat(s.pauses).isZero();
        assertThat(s.taken).containsExactly("first");
    }

    @Test
    void commits_at_once_when_too_few_connections_are_spare_as_in_a_closed_loop() {
        Scene s = new Scene();
        s.spare = 15;
        s.gathering(2 * MS, 16, pause -> 1).gather(s.queue, s.taken, 1000, 0);
        assertThat(s.pauses).isZero();
    }

    @Test
    void stops_waiting_when_the_clients_connections_fill_up() {
        Scene s = new Scene();
        Gathering gathering = s.gathering(2 * MS, 16, pause -> {
            s.spare = pause == 2 ? 3 : 100; // after the second slice most connections wait on an answer
            return 5;
        });
        gathering.gather(s.queue, s.taken, 1000, 0);
        assertThat(s.pauses).isEqualTo(2);
        assertThat(s.taken).hasSize(11);
    }

    @Test
    void takes_no_more_than_the_batch_limit_and_stops_there() {
        Scene s = new Scene();
        s.gathering(2 * MS, 16, pause -> 7).gather(s.queue, s.taken, 10, 0);
        assertThat(s.taken).hasSize(10);
        assertThat(s.pauses).isEqualTo(2);
        assertThat(s.queue).hasSize(5);
    }

    @Test
    void a_zero_wait_never_waits_and_bad_settings_are_refused() {
        IngestSettings off = IngestSettings.DEFAULT.withCommitWait(Duration.ZERO);
        assertThat(Gathering.of(off, () -> 1000)).isSameAs(Gathering.NEVER);
        assertThatThrownBy(() -> IngestSettings.DEFAULT.withCommitWait(Duration.ofMillis(101)))
                .hasMessageContaining("commitWait must be 0 to 100 ms");
        assertThatThrownBy(() -> IngestSettings.DEFAULT.withCommitWait(Duration.ofMillis(-1)))
                .hasMessageContaining("commitWait");
    }
}
