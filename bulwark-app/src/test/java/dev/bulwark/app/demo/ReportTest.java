package dev.bulwark.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.decision.Outcome;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static Tally.Snapshot snapshot(long each, Map<String, Tally.Catches> attacks, String problem) {
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            outcomes.put(o, each);
        }
        return new Tally.Snapshot(each * 5, outcomes, each, 0, problem.isEmpty() ? 0 : 3, attacks, problem);
    }

    @Test
    void aStatusBlockFitsAHundredColumnsEvenWithBigCountsAndLongNames() {
        Map<String, Double> rules = new LinkedHashMap<>();
        Map<String, Tally.Catches> attacks = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            rules.put("a_rather_long_rule_name_number_" + i, 1_000_000.0 + i);
            attacks.put("typology_with_a_long_name_" + i, new Tally.Catches(1_000_000 + i, 999_999));
        }
        List<String> lines = Report.status(Duration.ofHours(2), snapshot(123_456_789, attacks, "x".repeat(300)),
                snapshot(0, Map.of(), ""), Duration.ofSeconds(5), rules);

        assertThat(lines).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(Report.WIDTH));
        assertThat(lines.getFirst()).startsWith("[2:00:00] 617,283,945 events sent · ").contains("decisions/s")
                .endsWith("123,456,789 alerts opened");
        assertThat(String.join("\n", lines)).contains("top rules a_rather_long_rule_name_number_11 1,000,011")
                .contains("errors    3 not decided; last: xxx");
    }

    @Test
    void theTopRulesAreTheFiveThatFiredMost() {
        Map<String, Double> rules = Map.of("a", 1.0, "b", 7.0, "c", 3.0, "d", 9.0, "e", 5.0, "f", 2.0, "never", 0.0);
        List<String> lines = Report.status(Duration.ofSeconds(65), snapshot(1, Map.of(), ""), snapshot(0, Map.of(), ""),
                Duration.ofSeconds(5), rules);

        assertThat(lines.getFirst()).isEqualTo("[1:05] 5 events sent · 1 decisions/s · 1 alert opened");
        assertThat(lines).contains("       top rules d 9 · b 7 · e 5 · c 3 · f 2", "       attacks   none sent yet");
    }

    @Test
    void attacksShowWhatWasCaughtOutOfWhatWasSentPerTypology() {
        Map<String, Tally.Catches> attacks = Map.of("card_testing", new Tally.Catches(30, 25),
                "fake_account", new Tally.Catches(40, 6));
        List<String> lines = Report.summary(Duration.ofSeconds(10), snapshot(2, attacks, ""), Map.of());

        assertThat(lines.getFirst()).isEqualTo("Ran 0:10: 10 events sent, 10 decided (1/s on average), 2 alerts opened");
        assertThat(lines).contains("       outcomes  allow 2 · challenge 2 · review 2 · hold 2 · block 2",
                "       top rules none has fired yet", "       attacks   31 of 70 attack events caught",
                "                 fake_account 6/40 · card_testing 25/30");
    }
}
