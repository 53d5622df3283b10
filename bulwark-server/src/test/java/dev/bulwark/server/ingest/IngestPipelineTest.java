package dev.bulwark.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.event.Event;
import dev.bulwark.core.event.EventValidator;
import dev.bulwark.core.event.Validation;
import dev.bulwark.server.CountingPath;
import dev.bulwark.server.Events;
import dev.bulwark.server.InMemoryStore;
import dev.bulwark.server.error.ServerException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class IngestPipelineTest {
    private final InMemoryStore store = new InMemoryStore();
    private final CountingPath path = new CountingPath();

    private IngestPipeline started(int capacity) {
        IngestPipeline pipeline = new IngestPipeline(store, path, new IngestSettings(capacity, 1000, 2), IngestMetrics.NONE, Runnable::run, 1, () -> 0);
        pipeline.start();
        return pipeline;
    }

    private static Event event(String id, String buyer) {
        Object json = Events.order(id, Map.of("buyer_id", buyer));
        return ((Validation.Valid) new EventValidator(EventValidator.Limits.DEFAULT).validate(json, Events.NOW)).event();
    }

    @Test
    void events_are_decided_in_order_and_acknowledged_once_stored() {
        try (IngestPipeline pipeline = started(100)) {
            List<CompletableFuture<Decided>> futures = pipeline.submit(List.of(event("a", "b1"), event("b", "b1"), event("c", "b2")));
            assertThat(futures.stream().map(f -> f.join().decision().eventId())).containsExactly("a", "b", "c");
            assertThat(path.decided()).containsExactly("a", "b", "c");
            assertThat(store.eventCount()).isEqualTo(3);
        }
    }

    @Test
    void events_arriving_during_an_append_are_committed_together() throws InterruptedException {
        store.blockAppends();
        try (IngestPipeline pipeline = started(100)) {
            List<CompletableFuture<Decided>> all = new ArrayList<>(pipeline.submit(List.of(event("first", "b1"))));
            store.awaitAppendEntered();
            for (int i = 0; i < 11; i++) {
                all.addAll(pipeline.submit(List.of(event("later-" + i, "b1"))));
            }
            path.awaitDecided(12);
            assertThat(all.get(1)).as("not acknowledged before it is durable").isNotDone();
            store.releaseAppends();
            all.forEach(CompletableFuture::join);
            // the sequencer had handed at least the first ten to the writer before deciding the eleventh
            assertThat(store.appendSizes().get(0)).isEqualTo(1);
            assertThat(store.appendSizes().get(1)).isGreaterThanOrEqualTo(10);
            assertThat(store.eventCount()).isEqualTo(12);
        }
    }

    @Test
    void events_arriving_while_the_writer_waits_for_more_are_committed_with_the_first() throws InterruptedException {
        IngestPipeline[] pipeline = new IngestPipeline[1];
        List<CompletableFuture<Decided>> later = new ArrayList<>();
        int[] pauses = {0};
        // after a commit, each of the first two slices the writer waits brings one event; the third brings none
        Gathering gathering = new Gathering(Duration.ofSeconds(10).toNanos(), 1_000_000, 16, () -> 16, System::nanoTime, nanos -> {
            if (++pauses[0] <= 2) {
                later.addAll(pipeline[0].submit(List.of(event("later-" + pauses[0], "b1"))));
                try {
                    path.awaitDecided(2 + pauses[0]);
                    Thread.sleep(50); // the sequencer hands the decided event to the writer's queue
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        try (IngestPipeline p = new IngestPipeline(store, path, new IngestSettings(100, 1000, 2), IngestMetrics.NONE,
                Runnable::run, 1, gathering)) {
            pipeline[0] = p;
            p.start();
            p.submit(List.of(event("alone", "b1"))).getFirst().join(); // the first commit in a while does not wait
            assertThat(pauses[0]).isZero();
            p.submit(List.of(event("first", "b1"))).getFirst().join();
            later.forEach(CompletableFuture::join);
            assertThat(pauses[0]).isEqualTo(3);
            assertThat(store.appendSizes()).containsExactly(1, 3);
        }
    }

    @Test
    void a_duplicate_in_the_same_submission_gets_the_first_decision_and_no_new_state() {
        try (IngestPipeline pipeline = started(100)) {
            List<CompletableFuture<Decided>> futures = pipeline.submit(List.of(event("a", "b1"), event("a", "b1")));
            assertThat(futures.get(1).join()).isEqualTo(futures.get(0).join());
            assertThat(path.count("buyer:b1")).isEqualTo(1);
        }
    }

    @Test
    void a_duplicate_of_a_stored_event_evicted_from_memory_is_answered_from_the_journal() {
        try (IngestPipeline pipeline = started(100)) {
            Decided first = pipeline.submit(List.of(event("old", "b1"))).getFirst().join();
            for (int i = 0; i < 20; i++) {
                pipeline.submit(List.of(event("filler-" + i, "b2"))).getFirst().join();
            }
            Decided again = pipeline.submit(List.of(event("old", "b1"))).getFirst().join();
            assertThat(again.decision()).isEqualTo(first.decision());
            assertThat(new String(again.json(), StandardCharsets.UTF_8)).isEqualTo(new String(first.json(), StandardCharsets.UTF_8));
            assertThat(path.count("buyer:b1")).isEqualTo(1);
        }
    }

    @Test
    void a_full_queue_refuses_the_whole_submission_without_blocking() throws InterruptedException {
        path.block();
        try (IngestPipeline pipeline = started(2)) {
            List<CompletableFuture<Decided>> held = pipeline.submit(List.of(event("a", "b1"), event("b", "b1")));
            path.awaitEntered();
            assertThatThrownBy(() -> pipeline.submit(List.of(event("c", "b1")))).isInstanceOf(ServerException.Overloaded.class);
            assertThat(pipeline.status().queueDepth()).isEqualTo(2);
            path.release();
            held.forEach(CompletableFuture::join);
            assertThat(pipeline.status().queueDepth()).isZero();
            assertThat(path.decided()).containsExactly("a", "b");
        }
    }

    @Test
    void a_failed_append_fails_its_events_and_stops_accepting() {
        try (IngestPipeline pipeline = started(100)) {
            store.failAppends(true);
            CompletableFuture<Decided> lost = pipeline.submit(List.of(event("a", "b1"))).getFirst();
            assertThatThrownBy(lost::join).isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(ServerException.Unavailable.class);
            assertThat(pipeline.status().accepting()).isFalse();
            assertThat(pipeline.status().failure()).hasValueSatisfying(f -> assertThat(f).contains("journal append failed"));
            assertThatThrownBy(() -> pipeline.submit(List.of(event("b", "b1")))).isInstanceOf(ServerException.Unavailable.class);
        }
    }

    @Test
    void a_decision_path_failure_refuses_only_that_event() {
        try (IngestPipeline pipeline = started(100)) {
            Event bad = ((Validation.Valid) new EventValidator(EventValidator.Limits.DEFAULT)
                    .validate(Events.order("bad", Map.of("explode", true)), Events.NOW)).event();
            List<CompletableFuture<Decided>> futures = pipeline.submit(List.of(bad, event("good", "b1")));
            assertThatThrownBy(futures.get(0)::join).hasCauseInstanceOf(ServerException.DecisionFailed.class);
            assertThat(futures.get(1).join().decision().eventId()).isEqualTo("good");
            assertThat(pipeline.status().accepting()).isTrue();
        }
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void an_error_in_the_decision_path_refuses_what_is_queued_stops_accepting_and_still_closes() {
        IngestPipeline pipeline = started(100);
        Event crash = ((Validation.Valid) new EventValidator(EventValidator.Limits.DEFAULT)
                .validate(Events.order("crash", Map.of("crash", true)), Events.NOW)).event();
        List<CompletableFuture<Decided>> futures = pipeline.submit(List.of(crash, event("after", "b1")));
        assertThatThrownBy(futures.get(0)::join).hasCauseInstanceOf(ServerException.Unavailable.class);
        assertThatThrownBy(futures.get(1)::join).hasCauseInstanceOf(ServerException.Unavailable.class);
        assertThat(pipeline.status().failure()).hasValueSatisfying(f -> assertThat(f).contains("crash (test)"));
        assertThat(pipeline.status().queueDepth()).isZero();
        assertThatThrownBy(() -> pipeline.submit(List.of(event("b", "b1")))).isInstanceOf(ServerException.Unavailable.class);
        pipeline.close();
        assertThat(store.eventCount()).isZero();
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void an_error_in_the_journal_append_fails_its_events_and_stops_accepting() {
        try (IngestPipeline pipeline = started(100)) {
            store.crashAppends();
            CompletableFuture<Decided> lost = pipeline.submit(List.of(event("a", "b1"))).getFirst();
            assertThatThrownBy(lost::join).hasCauseInstanceOf(ServerException.Unavailable.class);
            assertThat(pipeline.status().failure()).hasValueSatisfying(f -> assertThat(f).contains("journal append failed"));
            assertThat(pipeline.status().queueDepth()).isZero();
            assertThatThrownBy(() -> pipeline.submit(List.of(event("b", "b1")))).isInstanceOf(ServerException.Unavailable.class);
        }
    }

    @Test
    void restart_replays_the_journal_in_order_and_answers_old_ids_without_deciding() {
        try (IngestPipeline first = started(100)) {
            first.submit(List.of(event("a", "b1"), event("b", "b1"), event("c", "b2"))).forEach(CompletableFuture::join);
        }
        CountingPath fresh = new CountingPath();
        try (IngestPipeline second = new IngestPipeline(store, fresh, new IngestSettings(100, 1000, 2), IngestMetrics.NONE, Runnable::run, 1, () -> 0)) {
            second.start();
            assertThat(fresh.observed()).containsExactly("a", "b", "c");
            assertThat(fresh.count("buyer:b1")).isEqualTo(2);
            assertThat(second.status().recoveredEvents()).isEqualTo(3);
            assertThat(second.submit(List.of(event("b", "b1"))).getFirst().join().decision().eventId()).isEqualTo("b");
            assertThat(fresh.decided()).isEmpty();
        }
    }

    @Test
    void closing_drains_everything_accepted() {
        IngestPipeline pipeline = started(10_000);
        List<CompletableFuture<Decided>> all = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            all.addAll(pipeline.submit(List.of(event("d-" + i, "b" + i % 3))));
        }
        pipeline.close();
        assertThat(all).allSatisfy(f -> assertThat(f).isCompleted());
        assertThat(store.eventCount()).isEqualTo(50);
        assertThatThrownBy(() -> pipeline.submit(List.of(event("late", "b1")))).isInstanceOf(ServerException.Unavailable.class);
    }

    @Test
    void nothing_is_accepted_before_recovery() {
        IngestPipeline pipeline = new IngestPipeline(store, path, IngestSettings.DEFAULT, IngestMetrics.NONE, Runnable::run, 1, () -> 0);
        assertThatThrownBy(() -> pipeline.submit(List.of(event("a", "b1")))).isInstanceOf(ServerException.Unavailable.class);
        assertThat(pipeline.status().recovered()).isFalse();
    }
}
