package dev.bulwark.store;

import static dev.bulwark.store.Fixtures.allowed;
import static dev.bulwark.store.Fixtures.at;
import static dev.bulwark.store.Fixtures.buyer;
import static dev.bulwark.store.Fixtures.enforcement;
import static dev.bulwark.store.Fixtures.order;
import static dev.bulwark.store.Fixtures.reviewed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.decision.Alert;
import dev.bulwark.core.decision.Enforcement;
import dev.bulwark.core.event.Event;
import dev.bulwark.core.port.AlertQuery;
import dev.bulwark.core.port.Recorded;
import dev.bulwark.core.port.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Store} promises, run against each database by a subclass that opens a fresh, empty
 * store per test. The journal is tested here; alerts and enforcements in {@link AlertsAndEnforcementsContract};
 * lists, labels and audit in {@link RepositoriesContract}.
 */
abstract class StoreContractTest implements AlertsAndEnforcementsContract, RepositoriesContract {
    protected Store store;

    @Override
    public Store store() {
        return store;
    }

    /** A fresh, empty store. */
    protected abstract Store open();

    /** Called after the store is closed, to drop whatever {@link #open()} created. */
    protected void cleanUp() {
    }

    @BeforeEach
    void openStore() {
        store = open();
    }

    @AfterEach
    void closeStore() {
        store.close();
        cleanUp();
    }

    @Test
    void appendedRecordsReadBackEqual() {
        Event event = order("e-1", at(0));
        Enforcement temporary = enforcement("enf-1", buyer("b-1"), "e-1", at(0), Optional.of(Duration.ofHours(24)));
        Enforcement permanent = enforcement("enf-2", buyer("b-1"), "e-1", at(0), Optional.empty());
        Recorded recorded = reviewed(event, temporary, permanent);

        store.append(List.of(recorded));

        assertThat(store.event("e-1")).contains(event);
        assertThat(store.decision("e-1")).contains(recorded.decision());
        assertThat(store.alert(Alert.idFor("e-1"))).isEqualTo(recorded.alert());
        assertThat(store.enforcement("enf-1")).contains(temporary);
        assertThat(store.enforcement("enf-2")).contains(permanent);
        assertThat(store.eventCount()).isEqualTo(1);
    }

    @Test
    void eventDataKeepsWholeNumbersAsLongAndFractionsAsDouble() {
        store.append(List.of(allowed(order("e-1", at(0)))));

        Event read = store.event("e-1").orElseThrow();

        assertThat(read.data().get("quantity")).isInstanceOf(Long.class).isEqualTo(3L);
        assertThat(read.data().get("amount")).isInstanceOf(Double.class).isEqualTo(59.97);
        assertThat(read.data().get("meta")).isEqualTo(order("e-1", at(0)).data().get("meta"));
        assertThat(store.decision("e-1").orElseThrow().features().get("orders_1h")).isInstanceOf(Long.class);
    }

    @Test
    void textBeyondAsciiReadsBackAsWritten() {
        Map<String, Object> data = new LinkedHashMap<>(order("e-1", at(0)).data());
        data.put("note", "Café 北京 \uD83D\uDE00 \"quoted\" back\\slash \u2028 tab\t");
        data.put("broken", "lone \uD800 half");
        Event event = new Event("e-1", "order.placed", "test", at(0), data);
        Enforcement enforcement = enforcement("enf-1", buyer("b-\uD800 \uD83D\uDE00"), "e-1", at(0), Optional.empty());
        Recorded recorded = reviewed(event, enforcement);

        store.append(List.of(recorded));

        assertThat(store.event("e-1")).contains(event);
        assertThat(store.decision("e-1")).contains(recorded.decision());
        assertThat(store.alert(Alert.idFor("e-1"))).isEqualTo(recorded.alert());
        assertThat(store.enforcement("enf-1")).contains(enforcement);
    }

    @Test
    void aDuplicateEventIdIsSkippedWithItsDecisionAlertAndEnforcements() {
        Recorded original = allowed(order("e-1", at(0)));
        store.append(List.of(original));

        Event impostor = new Event("e-1", "order.placed", "elsewhere", at(99), order("x", at(99)).data());
        store.append(List.of(reviewed(impostor, enforcement("enf-9", buyer("b-9"), "e-1", at(99), Optional.empty())),
                allowed(order("e-2", at(1))), allowed(order("e-2", at(2)))));

        assertThat(store.event("e-1")).contains(original.event());
        assertThat(store.decision("e-1")).contains(original.decision());
        assertThat(store.alert(Alert.idFor("e-1"))).isEmpty();
        assertThat(store.enforcement("enf-9")).isEmpty();
        assertThat(store.event("e-2").orElseThrow().time()).isEqualTo(at(1));
        assertThat(store.eventCount()).isEqualTo(2);
    }

    @Test
    void anEmptyBatchChangesNothing() {
        store.append(List.of());

        assertThat(store.eventCount()).isZero();
    }

    @Test
    void replayFollowsAppendOrderNotEventTime() {
        store.append(List.of(allowed(order("e-3", at(30))), allowed(order("e-1", at(10)))));
        store.append(List.of(allowed(order("e-2", at(20)))));

        List<Event> replayed = new ArrayList<>();
        store.replay(replayed::add);

        assertThat(replayed).extracting(Event::id).containsExactly("e-3", "e-1", "e-2");
        assertThat(replayed.get(0)).isEqualTo(order("e-3", at(30)));
    }

    @Test
    void eventIdsFeedEveryStoredId() {
        store.append(List.of(allowed(order("e-1", at(0))), allowed(order("e-2", at(1)))));

        Set<String> ids = new HashSet<>();
        store.eventIds(ids::add);

        assertThat(ids).containsExactlyInAnyOrder("e-1", "e-2");
    }

    @Test
    void unknownIdsReadAsEmpty() {
        assertThat(store.event("nope")).isEmpty();
        assertThat(store.decision("nope")).isEmpty();
        assertThat(store.alert("nope")).isEmpty();
        assertThat(store.enforcement("nope")).isEmpty();
    }

    @Test
    void tenThousandEventsRoundTripInOrder() {
        List<Event> written = new ArrayList<>();
        for (int batch = 0; batch < 10; batch++) {
            int base = batch * 1000;
            List<Recorded> records = IntStream.range(base, base + 1000)
                    .mapToObj(i -> i % 10 == 0 ? reviewed(order("e-" + i, at(i)),
                            enforcement("enf-" + i, buyer("b-" + i % 97), "e-" + i, at(i), Optional.empty()))
                            : allowed(order("e-" + i, at(i))))
                    .toList();
            records.forEach(r -> written.add(r.event()));
            store.append(records);
        }

        List<Event> replayed = new ArrayList<>(10_000);
        store.replay(replayed::add);

        assertThat(store.eventCount()).isEqualTo(10_000);
        assertThat(replayed).isEqualTo(written);
        assertThat(store.enforcements()).hasSize(1000);
        assertThat(store.alerts(new AlertQuery(Optional.empty(), Optional.empty(), 1000, 0))).hasSize(1000)
                .first().extracting(Alert::eventId).isEqualTo("e-9990");
    }

    @Test
    void concurrentAppendsAndReadsAllLand() throws Exception {
        List<Future<?>> writers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int t = 0; t < 4; t++) {
                int writer = t;
                writers.add(pool.submit(() -> {
                    for (int b = 0; b < 25; b++) {
                        int base = writer * 10_000 + b * 10;
                        store.append(IntStream.range(base, base + 10).mapToObj(i -> allowed(order("c-" + i, at(i)))).toList());
                        assertThat(store.event("c-" + base)).isPresent();
                    }
                }));
            }
            for (Future<?> w : writers) {
                w.get();
            }
        }

        assertThat(store.eventCount()).isEqualTo(1000);
    }

    @Test
    void describesItselfAndAnswersHealthChecks() {
        assertThat(store.healthy()).isTrue();
        assertThat(store.describe()).doesNotContain("password").doesNotContain("jdbc:");
    }
}
