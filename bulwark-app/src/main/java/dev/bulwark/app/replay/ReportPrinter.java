package dev.bulwark.app.replay;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/** Prints an {@link EvaluationReport} as aligned text tables. */
final class ReportPrinter {
    private final PrintStream out;

    ReportPrinter(PrintStream out) {
        this.out = out;
    }

    void print(EvaluationReport r) {
        Scores o = r.overall();
        out.printf("evaluation against %s%n", r.run().truth());
        out.printf("  overall: precision %s  recall %s  attack flagged %,d of %,d  benign flagged %,d of %,d  "
                        + "cover flagged %,d of %,d  alerts %,d%n", pct(o.precision()), pct(o.recall()), o.attackFlagged(),
                o.attackEvents(), o.benignFlagged(), o.benignEvents(), o.coverFlagged(), o.coverEvents(), o.alerts());
        out.printf("  %-22s %8s %9s %9s %9s %9s%n", "typology", "recall", "attack", "flagged", "cover", "cov.flag");
        r.byTypology().forEach((k, t) -> {
            out.printf("  %-22s %8s %,9d %,9d %,9d %,9d%n", k, pct(t.recall()), t.attackEvents(), t.attackFlagged(),
                    t.coverEvents(), t.coverFlagged());
            out.println("      " + steps(t.steps()));
        });
        out.printf("  %-22s %8s %8s %9s %9s %9s %9s%n", "scenario", "precision", "recall", "attack", "flagged",
                "ben.flag", "alerts");
        r.byScenario().forEach((k, s) -> out.printf("  %-22s %8s %8s %,9d %,9d %,9d %,9d%n", k, pct(s.precision()),
                pct(s.recall()), s.attackEvents(), s.attackFlagged(), s.benignFlagged(), s.alerts()));
        rules("rule", r.rules());
        rules("shadow rule", r.shadowRules());
        out.printf("  %-22s %14s %14s %8s%n", "value (USD)", "caught", "attack total", "share");
        r.valueCaught().forEach((k, v) -> out.printf("  %-22s %,14.0f %,14.0f %8s%n", k, v.caughtUsd(), v.attackUsd(),
                pct(v.share())));
        friction(r.friction());
        integrity(r.integrity());
    }

    private void rules(String title, Map<String, RuleScores> rules) {
        if (rules.isEmpty()) {
            return;
        }
        out.printf("  %-36s %8s %8s %8s %8s %8s %9s%n", title, "hits", "attack", "benign", "good usr", "cover",
                "precision");
        rules.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.comparingLong(RuleScores::hits).reversed()))
                .forEach(e -> out.printf("  %-36s %,8d %,8d %,8d %,8d %,8d %9s%n", e.getKey(), e.getValue().hits(),
                        e.getValue().attack(), e.getValue().benign(), e.getValue().benignActors(), e.getValue().cover(),
                        pct(e.getValue().precision())));
    }

    private void friction(Friction f) {
        StringBuilder byOutcome = new StringBuilder();
        f.benignByOutcome().forEach((k, s) -> byOutcome.append(String.format("  %s %,d", k, s.count())));
        out.printf("  friction: benign events flagged %,d of %,d (%s):%s%n", f.benignFlagged().count(), f.benignEvents(),
                pct(f.benignFlagged().share()), byOutcome);
        out.printf("  good users challenged or worse %,d of %,d (%s); held or blocked %,d (%s)%n",
                f.goodUsersChallengedOrWorse().count(), f.goodUsers(), pct(f.goodUsersChallengedOrWorse().share()),
                f.goodUsersHeldOrBlocked().count(), pct(f.goodUsersHeldOrBlocked().share()));
    }

    private void integrity(Integrity i) {
        if (i.consistent()) {
            out.println("  integrity: every event had its truth row");
            return;
        }
        out.printf("  ERROR: %,d events with no truth row %s; %,d truth event rows with no event %s%n",
                i.eventsWithoutTruth(), i.eventsWithoutTruthSample(), i.truthWithoutEvent(), i.truthWithoutEventSample());
    }

    private static String steps(Map<String, StepRecall> steps) {
        StringBuilder line = new StringBuilder();
        steps.forEach((type, s) -> line.append(String.format("%s %,d/%,d  ", type, s.attackFlagged(), s.attackEvents())));
        return line.toString().strip();
    }

    private static String pct(Optional<Double> ratio) {
        return ratio.map(v -> String.format("%.2f%%", v * 100)).orElse("-");
    }
}
