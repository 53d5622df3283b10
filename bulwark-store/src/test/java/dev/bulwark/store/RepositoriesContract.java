package dev.bulwark.store;

import static dev.bulwark.store.Fixtures.allowed;
import static dev.bulwark.store.Fixtures.at;
import static dev.bulwark.store.Fixtures.label;
import static dev.bulwark.store.Fixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.error.BulwarkException;
import dev.bulwark.core.list.ListDefinition;
import dev.bulwark.core.list.ListEntry;
import dev.bulwark.core.port.AuditEntry;
import dev.bulwark.core.port.LabelRecord;
import dev.bulwark.core.port.Store;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The list, label and audit behaviour every {@link Store} promises; mixed into {@link StoreContractTest}. */
interface RepositoriesContract {
    /** The fresh store under test. */
    Store store();

    @Test
    default void listsAreCreatedUpdatedListedByNameAndDeleted() {
        store().saveList(new ListDefinition("blocked_devices", "device", "Devices seen in card testing"));
        store().saveList(new ListDefinition("allowed_buyers", "buyer", "VIPs"));
        store().saveList(new ListDefinition("blocked_devices", "device", "Card-testing devices"));

        assertThat(store().lists()).extracting(ListDefinition::name).containsExactly("allowed_buyers", "blocked_devices");
        assertThat(store().list("blocked_devices"))
                .contains(new ListDefinition("blocked_devices", "device", "Card-testing devices"));
        assertThat(store().list("nope")).isEmpty();

        store().saveEntries("blocked_devices", List.of(entry("d-1", Optional.empty())));
        assertThat(store().deleteList("blocked_devices")).isTrue();
        assertThat(store().deleteList("blocked_devices")).isFalse();
        assertThat(store().entries("blocked_devices")).isEmpty();
        assertThat(store().lists()).extracting(ListDefinition::name).containsExactly("allowed_buyers");
    }

    @Test
    default void listEntriesAreReplacedByValueKeepTheirExpiryAndCanBeRemoved() {
        store().saveList(new ListDefinition("watched_emails", "email", "Watch"));
        ListEntry forever = entry("b@example.com", Optional.empty());
        ListEntry expiring = entry("a@example.com", Optional.of(at(3600)));
        store().saveEntries("watched_emails", List.of(forever, expiring));
        ListEntry replaced = new ListEntry("b@example.com", "confirmed", "bob", at(10), Optional.of(at(7200)));
        store().saveEntries("watched_emails", List.of(replaced));

        assertThat(store().entries("watched_emails")).containsExactly(expiring, replaced);
        assertThat(store().deleteEntry("watched_emails", "a@example.com")).isTrue();
        assertThat(store().deleteEntry("watched_emails", "a@example.com")).isFalse();
        assertThat(store().entries("watched_emails")).containsExactly(replaced);
    }

    @Test
    default void entriesForAListThatDoesNotExistAreRefused() {
        assertThatThrownBy(() -> store().saveEntries("nope", List.of(entry("x", Optional.empty()))))
                .isInstanceOf(BulwarkException.NotFound.class).hasMessageContaining("nope");
        assertThat(store().entries("nope")).isEmpty();
    }

    @Test
    default void instantsWithNanosecondsRoundTripExactly() {
        Instant precise = Instant.parse("2025-03-01T12:00:00.123456789Z");
        store().saveList(new ListDefinition("l", "string", ""));
        ListEntry entry = new ListEntry("v", "r", "ana", precise, Optional.of(precise.plusNanos(1)));
        store().saveEntries("l", List.of(entry));
        store().record(new AuditEntry(precise, "ana", "list.add", "l", "v"));

        assertThat(store().entries("l")).containsExactly(entry);
        assertThat(store().recent(1).getFirst().at()).isEqualTo(precise);
    }

    @Test
    default void labelEventsBecomeLabelsInEventTimeOrder() {
        store().append(List.of(
                allowed(label("l-2", at(20), Map.of("label", "fraud", "typology", "card_testing",
                        "entity_type", "payment_instrument", "entity_id", "pi-4", "source", "chargeback"))),
                allowed(label("l-1", at(10), Map.of("label", "legit", "event_id", "e-7", "source", "appeal"))),
                allowed(order("e-7", at(5)))));
        store().append(List.of(allowed(label("l-1", at(99), Map.of("label", "fraud", "source", "manual")))));

        assertThat(store().labels()).containsExactly(
                new LabelRecord("l-1", at(10), Optional.of("e-7"), Optional.empty(), "legit", Optional.empty(), "appeal"),
                new LabelRecord("l-2", at(20), Optional.empty(), Optional.of("payment_instrument:pi-4"), "fraud",
                        Optional.of("card_testing"), "chargeback"));
    }

    @Test
    default void auditIsReadNewestFirst() {
        for (int i = 0; i < 5; i++) {
            store().record(new AuditEntry(at(i), "ana", "list.add", "blocked_devices", "d-" + i));
        }

        assertThat(store().recent(3)).extracting(AuditEntry::details).containsExactly("d-4", "d-3", "d-2");
        assertThat(store().recent(3).getFirst()).isEqualTo(new AuditEntry(at(4), "ana", "list.add", "blocked_devices", "d-4"));
        assertThat(store().recent(0)).isEmpty();
    }

    private static ListEntry entry(String value, Optional<Instant> expiresAt) {
        return new ListEntry(value, "seen in card testing", "ana", at(0), expiresAt);
    }
}
