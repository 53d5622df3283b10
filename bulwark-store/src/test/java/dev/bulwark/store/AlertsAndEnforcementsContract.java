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
import dev.bulwark.core.decision.Reversal;
import dev.bulwark.core.event.Event;
import dev.bulwark.core.port.AlertQuery;
import dev.bulwark.core.port.Store;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How every {@link Store} lists alerts and keeps enforcements; mixed into {@link StoreContractTest}. */
interface AlertsAndEnforcementsContract {
    /** The fresh store under test. */
    Store store();

    @Test
    default void alertsAreFilteredAndPagedNewestFirst() {
        store().append(List.of(
                Fixtures.withAlert(order("e-1", at(1)), Alert.Status.OPEN),
                Fixtures.withAlert(order("e-2", at(4)), Alert.Status.CLOSED),
                Fixtures.withAlert(order("e-3", at(3)), Alert.Status.OPEN),
                Fixtures.withAlert(new Event("e-4", "payout.requested", "test", at(2), Map.of()), Alert.Status.OPEN),
                allowed(order("e-5", at(5)))));

        assertThat(ids(query(Optional.empty(), Optional.empty(), 10, 0))).containsExactly("e-2", "e-3", "e-4", "e-1");
        assertThat(ids(query(Optional.of(Alert.Status.OPEN), Optional.empty(), 10, 0))).containsExactly("e-3", "e-4", "e-1");
        assertThat(ids(query(Optional.of(Alert.Status.OPEN), Optional.of("order.placed"), 10, 0))).containsExactly("e-3", "e-1");
        assertThat(ids(query(Optional.empty(), Optional.of("payout.requested"), 10, 0))).containsExactly("e-4");
        assertThat(ids(query(Optional.empty(), Optional.empty(), 2, 1))).containsExactly("e-3", "e-4");
        assertThat(ids(query(Optional.empty(), Optional.empty(), 2, 4))).isEmpty();
    }

    private List<Alert> query(Optional<Alert.Status> status, Optional<String> type, int limit, int offset) {
        return store().alerts(new AlertQuery(status, type, limit, offset));
    }

    private static List<String> ids(List<Alert> alerts) {
        return alerts.stream().map(Alert::eventId).toList();
    }

    @Test
    default void enforcementsAreReadByTargetOldestFirst() {
        Enforcement late = enforcement("enf-late", buyer("b-1"), "e-1", at(50), Optional.empty());
        Enforcement other = enforcement("enf-other", buyer("b-2"), "e-1", at(50), Optional.empty());
        Enforcement early = enforcement("enf-early", buyer("b-1"), "e-2", at(10), Optional.of(Duration.ofDays(1)));
        Enforcement tie = enforcement("enf-a-tie", buyer("b-1"), "e-2", at(10), Optional.empty());
        store().append(List.of(reviewed(order("e-1", at(50)), late, other)));
        store().append(List.of(reviewed(order("e-2", at(10)), early, tie)));

        assertThat(store().enforcements(buyer("b-1"))).containsExactly(early, tie, late);
        assertThat(store().enforcements(buyer("b-3"))).isEmpty();
        assertThat(store().enforcements()).containsExactly(early, tie, late, other);
    }

    @Test
    default void reverseLiftsAnEnforcementOnceAndKeepsTheFirstReversal() {
        Enforcement e = enforcement("enf-1", buyer("b-1"), "e-1", at(0), Optional.empty());
        store().append(List.of(reviewed(order("e-1", at(0)), e)));
        var first = new Reversal(at(60), "ana", "false positive");
        var second = new Reversal(at(120), "bob", "again");

        assertThat(store().reverse("enf-1", first)).contains(e.reversed(first));
        assertThat(store().reverse("enf-1", second)).contains(e.reversed(first));
        assertThat(store().reverse("nope", first)).isEmpty();
        assertThat(store().enforcement("enf-1")).contains(e.reversed(first));
        assertThat(store().enforcements(buyer("b-1"))).containsExactly(e.reversed(first));
        assertThat(store().enforcement("enf-1").orElseThrow().activeAt(at(90))).isFalse();
    }
}
