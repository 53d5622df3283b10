package dev.bulwark.engine;

import static dev.bulwark.engine.Events.event;
import static dev.bulwark.engine.Events.order;
import static dev.bulwark.engine.Events.payment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.decision.EnforcementAction;
import dev.bulwark.core.decision.Outcome;
import dev.bulwark.core.decision.Reversal;
import dev.bulwark.core.decision.RuleHit;
import dev.bulwark.core.list.ListEntry;
import dev.bulwark.core.port.Recorded;
import dev.bulwark.engine.features.InMemoryFeatureStore;
import dev.bulwark.engine.lists.ListBook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EngineTest {
    private final List<String> failedRules = new ArrayList<>();
    private final Engine engine = new Engine(Bundles.standard(), new InMemoryFeatureStore(), new ListBook(), new EngineMetrics() {
        @Override
        public void ruleFailed(String ruleId) {
            failedRules.add(ruleId);
        }
    });

    @Test
    void aQuietOrderIsAllowedWithTheStrategyAndVersionRecorded() {
        Decision d = engine.decide(order(0, "b1", "d1", 20)).decision();
        assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(d.strategyId()).isEqualTo("orders");
        assertThat(d.strategyVersion()).startsWith("1@");
        assertThat(d.hits()).isEmpty();
        assertThat(d.latencyNanos()).isPositive();
    }

    @Test
    void scoresAddUpToTheStrategyThresholdAndTheHitCarriesItsReason() {
        Decision d = null;
        for (int i = 0; i < 5; i++) {
            d = engine.decide(order(i, "b1", "d1", 20)).decision();
        }
        assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
        assertThat(d.score()).isEqualTo(40.0);
        assertThat(d.reasonCodes()).containsExactly("ORDER_VELOCITY");
        assertThat(d.features()).containsEntry("buyer_orders_1h", 5.0);
    }

    @Test
    void aReviewOpensAnAlertNamingTheEntities() {
        Recorded r = null;
        for (int i = 0; i < 5; i++) {
            r = engine.decide(order(i, "b1", "d1", 20));
        }
        assertThat(r.alert()).hasValueSatisfying(a -> {
            assertThat(a.outcome()).isEqualTo(Outcome.REVIEW);
            assertThat(a.reasonCodes()).containsExactly("ORDER_VELOCITY");
            assertThat(a.entities()).extracting(Object::toString).contains("buyer:b1", "device:d1", "seller:s-1");
        });
    }

    @Test
    void aRuleOutcomeOverridesTheScoreAndListsFromFilesAndTheApiBothCount() {
        assertThat(engine.decide(order(0, "b1", "d-bad", 20)).decision().outcome()).isEqualTo(Outcome.BLOCK);
        assertThat(engine.decide(order(1, "b2", "d-new", 20)).decision().outcome()).isEqualTo(Outcome.ALLOW);
        engine.lists().put("blocked_devices", new ListEntry("d-new", "chargebacks", "analyst", Instant.EPOCH, Optional.empty()));
        assertThat(engine.decide(order(2, "b2", "d-new", 20)).decision().outcome()).isEqualTo(Outcome.BLOCK);
        engine.lists().put("blocked_devices", new ListEntry("d-new", "expired", "analyst", Instant.EPOCH,
                Optional.of(Events.T0.plusSeconds(3))));
        assertThat(engine.decide(order(4, "b2", "d-new", 20)).decision().outcome()).isEqualTo(Outcome.ALLOW);
    }

    @Test
    void shadowRulesAreRecordedWithoutEffect() {
        Decision d = engine.decide(order(0, "b1", "d1", 5000)).decision();
        assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(d.shadowHits()).extracting(RuleHit::ruleId).containsExactly("big_order_shadow");
        assertThat(d.score()).isZero();
    }

    @Test
    void aRuleThatFailsAtRunTimeIsIsolatedAndCounted() {
        Decision d = engine.decide(order(0, "b1", "d1", 20)).decision();
        assertThat(d.errors()).singleElement().satisfies(e -> {
            assertThat(e.ruleId()).isEqualTo("promo_missing_field");
            assertThat(e.message()).contains("promo_code");
        });
        assertThat(failedRules).containsExactly("promo_missing_field");
        Decision withPromo = engine.decide(event("order.placed", 1, "order_id", "o1", "buyer_id", "b1", "seller_id", "s",
                "amount", 1.0, "currency", "USD", "promo_code", "FREE")).decision();
        assertThat(withPromo.errors()).isEmpty();
        assertThat(withPromo.reasonCodes()).contains("PROMO");
    }

    @Test
    void eventsOfAScenarioWithoutStrategyAreAllowed() {
        Decision d = engine.decide(event("listing.created", 0, "listing_id", "l", "seller_id", "s", "price", 1.0,
                "currency", "USD")).decision();
        assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(d.strategyId()).isEqualTo("none");
    }

    @Test
    void enforcementClimbsTheLadderForRepeatOffendersButNotWithinOneEpisode() {
        // Card testing: high severity starts at suspend_capability on the device.
        for (int i = 0; i < 4; i++) {
            engine.decide(payment(i, "b" + i, "d1", "c" + i, 1));
        }
        Decision first = engine.decide(payment(5, "b9", "d1", "c9", 1)).decision();
        var enforcementsSoFar = engine.enforcements().of(dev.bulwark.core.event.EntityRef.parse("device:d1"));
        assertThat(enforcementsSoFar).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(EnforcementAction.SUSPEND_CAPABILITY);
            assertThat(e.reasonCode()).isEqualTo("CARD_TESTING");
            assertThat(e.end()).contains(e.start().plus(java.time.Duration.ofDays(14)));
        });
        assertThat(first.enforcements()).isEmpty(); // same episode as the fourth card
        // Fifteen days later the suspension has lapsed; a new offence escalates one rung.
        long later = 15 * 86_400;
        for (int i = 0; i < 4; i++) {
            engine.decide(payment(later + i, "b" + i, "d1", "x" + i, 1));
        }
        assertThat(engine.enforcements().of(dev.bulwark.core.event.EntityRef.parse("device:d1")))
                .extracting(e -> e.action()).containsExactly(EnforcementAction.SUSPEND_CAPABILITY, EnforcementAction.SUSPEND_ACCOUNT);
    }

    @Test
    void rulesSeeActiveEnforcementsAndReversalsLiftThem() {
        for (int i = 0; i < 5; i++) {
            engine.decide(order(i, "b1", "d1", 20));
        }
        var limit = engine.enforcements().of(dev.bulwark.core.event.EntityRef.parse("buyer:b1")).getFirst();
        assertThat(limit.action()).isEqualTo(EnforcementAction.LIMIT);
        engine.enforcements().record(new dev.bulwark.core.decision.Enforcement("manual", limit.target(),
                EnforcementAction.SUSPEND_CAPABILITY, Optional.of(dev.bulwark.core.decision.Capability.CHECKOUT), "MANUAL",
                "manual", "none", Events.T0, Optional.empty(), Optional.empty()));
        Decision blocked = engine.decide(order(10, "b1", "d1", 20)).decision();
        assertThat(blocked.outcome()).isEqualTo(Outcome.BLOCK);
        assertThat(blocked.reasonCodes()).contains("SUSPENDED");
        var manual = engine.enforcements().of(limit.target()).stream().filter(e -> e.id().equals("manual")).findFirst().orElseThrow();
        engine.enforcements().reverse(manual.reversed(new Reversal(Events.T0, "analyst", "appeal upheld")));
        assertThat(engine.decide(order(7200, "b1", "d1", 20)).decision().reasonCodes()).doesNotContain("SUSPENDED");
    }

    @Test
    void observeBuildsTheSameStateAsDecide() {
        Engine replayed = Engine.inMemory(Bundles.standard());
        List<dev.bulwark.core.event.Event> events = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            events.add(order(i * 30, "b1", "d1", 10 + i));
        }
        events.forEach(engine::decide);
        events.forEach(replayed::observe);
        var next = order(400, "b1", "d1", 10);
        assertThat(replayed.decide(next).decision().features()).isEqualTo(engine.decide(next).decision().features());
    }
}
