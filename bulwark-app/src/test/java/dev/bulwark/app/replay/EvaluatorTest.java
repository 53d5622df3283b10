package dev.bulwark.app.replay;

import static dev.bulwark.app.replay.Decisions.decided;
import static dev.bulwark.app.replay.Decisions.withShadow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.core.decision.Outcome;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static final String HEADER = TruthFile.HEADER + "\n";
    /** Ten events with known roles; b-bad is a malicious entity, so its benign-looking row is not a good user's. */
    private static final String TRUTH = HEADER + """
            entity,buyer:b-bad,2026-01-05T00:00:00Z,buyer,attack,stolen_payment,r-1,buyer:b-bad
            event,e1,2026-01-05T00:00:00Z,order.placed,attack,stolen_payment,r-1,buyer:b-bad
            event,e2,2026-01-05T00:00:00Z,order.placed,attack,stolen_payment,r-1,buyer:b-bad
            event,e3,2026-01-05T00:00:00Z,account.login,attack,account_takeover,r-2,buyer:b-victim
            event,e4,2026-01-05T00:00:00Z,account.login,benign,,,buyer:b-good1
            event,e5,2026-01-05T00:00:00Z,order.placed,benign,,,buyer:b-good1
            event,e6,2026-01-05T00:00:00Z,order.placed,benign,,,buyer:b-good2
            event,e7,2026-01-05T00:00:00Z,live.gift_sent,cover,stolen_payment,r-1,buyer:b-bad
            event,e8,2026-01-05T00:00:00Z,label,label,stolen_payment,r-1,buyer:b-bad
            event,e9,2026-01-05T00:00:00Z,account.login,benign,,,buyer:b-bad
            event,e10,2026-01-05T00:00:00Z,live.gift_sent,attack,gift_laundering,r-3,buyer:b-x
            """;

    private static EvaluationReport evaluate(String truth) throws IOException {
        Evaluator ev = Evaluator.over(new BufferedReader(new StringReader(truth)));
        ev.accept(decided("e1", "order.placed", Map.of("amount", 100.0, "currency", "USD"), Outcome.BLOCK, "r1"));
        ev.accept(withShadow("e2x", "order.placed", Outcome.ALLOW, List.of(), List.of()));
        ev.accept(decided("e3", "account.login", Map.of(), Outcome.CHALLENGE, "r2"));
        ev.accept(decided("e4", "account.login", Map.of(), Outcome.CHALLENGE, "r2"));
        ev.accept(decided("e5", "order.placed", Map.of("amount", 20.0, "currency", "USD"), Outcome.ALLOW));
        ev.accept(decided("e6", "order.placed", Map.of("amount", 30.0, "currency", "USD"), Outcome.HOLD, "r1"));
        ev.accept(decided("e7", "live.gift_sent", Map.of("coins", 100L), Outcome.REVIEW, "r1"));
        ev.accept(decided("e8", "label", Map.of(), Outcome.ALLOW));
        ev.accept(decided("e9", "account.login", Map.of(), Outcome.CHALLENGE));
        ev.accept(decided("e10", "live.gift_sent", Map.of("coins", 3500L), Outcome.HOLD));
        return ev.finish(new RunInfo("events", "truth", "strategies", "v", 10));
    }

    /** The same ten decisions with e2 decided under its own id and shadow rule s1 matching it. */
    private static EvaluationReport evaluateAll() throws IOException {
        Evaluator ev = Evaluator.over(new BufferedReader(new StringReader(TRUTH)));
        ev.accept(decided("e1", "order.placed", Map.of("amount", 100.0, "currency", "USD"), Outcome.BLOCK, "r1"));
        ev.accept(decided("e2", "order.placed", Map.of("amount", 50.0, "currency", "GBP"), Outcome.ALLOW));
        ev.accept(withShadow("e3", "account.login", Outcome.CHALLENGE, List.of("r2"), List.of("s1")));
        ev.accept(withShadow("e4", "account.login", Outcome.CHALLENGE, List.of("r2"), List.of()));
        ev.accept(decided("e5", "order.placed", Map.of("amount", 20.0, "currency", "USD"), Outcome.ALLOW));
        ev.accept(decided("e6", "order.placed", Map.of("amount", 30.0, "currency", "USD"), Outcome.HOLD, "r1"));
        ev.accept(decided("e7", "live.gift_sent", Map.of("coins", 100L), Outcome.REVIEW, "r1"));
        ev.accept(decided("e8", "label", Map.of(), Outcome.ALLOW));
        ev.accept(decided("e9", "account.login", Map.of(), Outcome.CHALLENGE));
        ev.accept(decided("e10", "live.gift_sent", Map.of("coins", 3500L), Outcome.HOLD));
        return ev.finish(new RunInfo("events", "truth", "strategies", "v", 10));
    }

    @Test
    void precision_and_recall_count_attack_and_benign_only() throws IOException {
        Scores o = evaluateAll().overall();
        // attack e1 e2 e3 e10, flagged e1 e3 e10; benign e4 e5 e6 e9, flagged e4 e6 e9; cover e7 flagged; label e8.
        assertThat(o.events()).isEqualTo(10);
        assertThat(o.attackEvents()).isEqualTo(4);
        assertThat(o.attackFlagged()).isEqualTo(3);
        assertThat(o.benignFlagged()).isEqualTo(3);
        assertThat(o.coverEvents()).isEqualTo(1);
        assertThat(o.coverFlagged()).isEqualTo(1);
        assertThat(o.precision()).hasValue(0.5);
        assertThat(o.recall()).hasValue(0.75);
        assertThat(o.alerts()).isEqualTo(3); // e6 and e10 held, e7 reviewed
    }

    @Test
    void recall_per_typology_and_scores_per_scenario() throws IOException {
        EvaluationReport r = evaluateAll();
        assertThat(r.byTypology().get("stolen_payment").recall()).hasValue(0.5);
        assertThat(r.byTypology().get("stolen_payment").coverFlagged()).isEqualTo(1);
        assertThat(r.byTypology().get("account_takeover").recall()).hasValue(1.0);
        assertThat(r.byTypology().get("gift_laundering").recall()).hasValue(1.0);
        assertThat(r.byTypology()).doesNotContainKey("");
        assertThat(r.byTypology().get("stolen_payment").steps())
                .containsExactly(Map.entry("order.placed", new StepRecall(2, 1, Optional.of(0.5))));
        Scores order = r.byScenario().get("order");
        assertThat(order.recall()).hasValue(0.5);
        assertThat(order.precision()).hasValue(0.5); // e1 attack and e6 benign flagged
        assertThat(r.byScenario().get("label").precision()).isEmpty();
    }

    @Test
    void rule_precision_splits_hits_by_role_and_keeps_shadow_rules_apart() throws IOException {
        EvaluationReport r = evaluateAll();
        assertThat(r.rules().get("r1")).isEqualTo(new RuleScores(3, 1, 1, 1, 1, 0, 2, Optional.of(0.5),
                Map.of("stolen_payment", 1L)));
        assertThat(r.rules().get("r2")).isEqualTo(new RuleScores(2, 1, 1, 1, 0, 0, 0, Optional.of(0.5),
                Map.of("account_takeover", 1L)));
        assertThat(r.shadowRules()).containsOnlyKeys("s1");
        assertThat(r.shadowRules().get("s1").precision()).hasValue(1.0);
    }

    @Test
    void value_caught_is_held_or_blocked_attack_value_in_dollars() throws IOException {
        Map<String, ValueCaught> v = evaluateAll().valueCaught();
        assertThat(v.get("orders").attackEvents()).isEqualTo(2);
        assertThat(v.get("orders").attackUsd()).isCloseTo(100 + 50 / 0.79, within(1e-9));
        assertThat(v.get("orders").caughtUsd()).isCloseTo(100, within(1e-9));
        assertThat(v.get("orders").share().orElseThrow()).isCloseTo(100 / (100 + 50 / 0.79), within(1e-9));
        assertThat(v.get("gifts").caughtUsd()).isCloseTo(49.99, within(1e-9)); // 3,500 coins at the pack price
        assertThat(v.get("payouts").share()).isEmpty();
        assertThat(v.get("total").caughtUsd()).isCloseTo(149.99, within(1e-9));
    }

    @Test
    void friction_counts_benign_events_and_good_users_but_not_malicious_actors() throws IOException {
        Friction f = evaluateAll().friction();
        assertThat(f.benignEvents()).isEqualTo(4);
        assertThat(f.benignByOutcome().get("challenge").count()).isEqualTo(2); // e4, e9
        assertThat(f.benignByOutcome().get("hold").count()).isEqualTo(1); // e6
        assertThat(f.benignFlagged()).isEqualTo(new Share(3, Optional.of(0.75)));
        assertThat(f.goodUsers()).isEqualTo(2); // b-good1, b-good2; b-bad is a malicious entity
        assertThat(f.goodUsersChallengedOrWorse()).isEqualTo(new Share(2, Optional.of(1.0)));
        assertThat(f.goodUsersHeldOrBlocked()).isEqualTo(new Share(1, Optional.of(0.5)));
    }

    @Test
    void an_event_missing_from_truth_and_a_truth_row_with_no_event_are_errors() throws IOException {
        Integrity i = evaluate(TRUTH).integrity();
        assertThat(i.consistent()).isFalse();
        assertThat(i.eventsWithoutTruth()).isEqualTo(1);
        assertThat(i.eventsWithoutTruthSample()).containsExactly("e2x");
        assertThat(i.truthWithoutEvent()).isEqualTo(1);
        assertThat(i.truthWithoutEventSample()).containsExactly("e2");
        assertThat(evaluateAll().integrity().consistent()).isTrue();
    }

    @Test
    void truth_rows_out_of_stream_order_still_match() throws IOException {
        String swapped = HEADER + """
                event,b,2026-01-05T00:00:00Z,account.login,benign,,,buyer:b-1
                event,a,2026-01-05T00:00:00Z,account.login,attack,account_takeover,r-1,buyer:b-2
                """;
        Evaluator ev = Evaluator.over(new BufferedReader(new StringReader(swapped)));
        ev.accept(decided("a", "account.login", Map.of(), Outcome.BLOCK));
        ev.accept(decided("b", "account.login", Map.of(), Outcome.ALLOW));
        EvaluationReport r = ev.finish(new RunInfo("e", "t", "s", "v", 2));
        assertThat(r.integrity().consistent()).isTrue();
        assertThat(r.overall().recall()).hasValue(1.0);
        assertThat(r.overall().precision()).hasValue(1.0);
    }

    @Test
    void a_malformed_truth_file_is_refused_with_its_line() {
        assertThatThrownBy(() -> Evaluator.over(new BufferedReader(new StringReader("id,role\n"))))
                .hasMessageContaining("line 1");
        String badRole = HEADER + "event,a,2026-01-05T00:00:00Z,account.login,villain,,,buyer:b-1\n";
        assertThatThrownBy(() -> {
            Evaluator ev = Evaluator.over(new BufferedReader(new StringReader(badRole)));
            ev.accept(decided("a", "account.login", Map.of(), Outcome.ALLOW));
        }).hasMessageContaining("line 2").hasMessageContaining("villain");
    }
}
