package dev.bulwark.engine.features;

import static dev.bulwark.engine.Events.order;
import static dev.bulwark.engine.Events.payment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.event.Event;
import dev.bulwark.engine.Bundles;
import dev.bulwark.engine.Engine;
import org.junit.jupiter.api.Test;

class WindowedFeaturesTest {
    private final Engine engine = Engine.inMemory(Bundles.standard());

    private Decision decide(Event e) {
        return engine.decide(e).decision();
    }

    @Test
    void countIncludesTheCurrentEventAndForgetsEventsOlderThanTheWindow() {
        decide(order(0, "b1", "d1", 10));
        decide(order(60, "b1", "d1", 10));
        assertThat(decide(order(120, "b1", "d1", 10)).features()).containsEntry("buyer_orders_1h", 3.0);
        // Two hours later only the new order is in the window.
        assertThat(decide(order(7320, "b1", "d1", 10)).features()).containsEntry("buyer_orders_1h", 1.0);
    }

    @Test
    void entitiesAreKeptApart() {
        decide(order(0, "b1", "d1", 10));
        decide(order(1, "b1", "d1", 10));
        assertThat(decide(order(2, "b2", "d1", 10)).features()).containsEntry("buyer_orders_1h", 1.0);
    }

    @Test
    void sumAverageAndMaximumOverTheWindow() {
        decide(order(0, "b1", "d1", 10));
        decide(order(10, "b1", "d1", 30));
        Decision d = decide(order(20, "b1", "d1", 20));
        assertThat(d.features()).doesNotContainKey("buyer_spend_24h"); // no rule reads it
        var scope = Probes.scope(engine, order(30, "b1", "d1", 0));
        assertThat(scope.feature("buyer_spend_24h")).isEqualTo(60.0);
        assertThat(scope.feature("buyer_avg_order_24h")).isEqualTo(20.0);
        assertThat(scope.feature("buyer_max_order_24h")).isEqualTo(30.0);
        assertThat(scope.feature("buyer_avg_ratio")).isEqualTo(1.5);
        assertThat(scope.feature("buyer_age")).isEqualTo(30.0);
        assertThat(scope.feature("buyer_since_last_order")).isEqualTo(10.0);
    }

    @Test
    void whereConditionFiltersTheEventsThatCount() {
        decide(order(0, "b1", "d1", 2));
        decide(order(1, "b1", "d1", 50));
        Event probe = order(2, "b1", "d1", 3);
        engine.decide(probe);
        var scope = Probes.scope(engine, probe);
        assertThat(scope.feature("buyer_small_orders_1h")).isEqualTo(2.0);
    }

    @Test
    void distinctCountsAreExactUpToTheCapThenSaturate() {
        for (int i = 0; i < 3; i++) {
            decide(payment(i, "b" + i, "d1", "card-" + i, 1));
        }
        assertThat(decide(payment(5, "b9", "d1", "card-1", 1)).features()).containsEntry("device_cards_24h", 3.0);
        for (int i = 3; i < 20; i++) {
            decide(payment(10 + i, "b" + i, "d1", "card-" + i, 1));
        }
        assertThat(decide(payment(100, "b1", "d1", "card-99", 1)).features()).containsEntry("device_cards_24h", 8.0);
        // A day and a bit later the old cards have left the window.
        assertThat(decide(payment(90_000, "b1", "d1", "card-new", 1)).features()).containsEntry("device_cards_24h", 1.0);
    }

    @Test
    void anEntityTheEventDoesNotNameReadsAsZero() {
        Event noDevice = dev.bulwark.engine.Events.event("payment.authorized", 0, "buyer_id", "b1",
                "payment_instrument_id", "c1", "amount", 1.0, "currency", "USD");
        Decision d = decide(noDevice);
        assertThat(d.features()).containsEntry("device_cards_24h", 0.0);
        assertThat(d.errors()).isEmpty();
    }

    @Test
    void eventsOlderThanTheWindowArriveLateAndAreIgnored() {
        decide(order(100_000, "b1", "d1", 10));
        decide(order(0, "b1", "d1", 10)); // more than a day late
        assertThat(decide(order(100_010, "b1", "d1", 10)).features()).containsEntry("buyer_orders_1h", 2.0);
    }
}
