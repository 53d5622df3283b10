package dev.bulwark.app.replay;

import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.decision.Outcome;
import dev.bulwark.core.decision.RuleHit;
import dev.bulwark.core.port.Recorded;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Scores decisions against the simulator's ground truth as a replay produces them: give it every {@link Recorded}
 * in stream order, then call {@link #finish}. Memory stays flat: truth rows are read alongside the events.
 */
public final class Evaluator implements Consumer<Recorded> {
    private final TruthFile file;
    private final TruthJoin truth;
    private final Tally overall = new Tally();
    private final Map<String, Tally> typologies = new TreeMap<>();
    private final Map<String, Tally> scenarios = new TreeMap<>();
    private final Map<String, Tally> rules = new TreeMap<>();
    private final Map<String, Tally> shadowRules = new TreeMap<>();
    private final ValueTally value = new ValueTally();
    private final FrictionTally friction = new FrictionTally();
    private final List<String> missingSample = new ArrayList<>();
    private long missing;

    private Evaluator(TruthFile file) {
        this.file = file;
        this.truth = new TruthJoin(file);
    }

    /** An evaluator over a {@code truth.csv} read from {@code truthCsv}, which {@link #finish} closes. */
    public static Evaluator over(BufferedReader truthCsv) throws IOException {
        return new Evaluator(new TruthFile(truthCsv));
    }

    /** Whether an outcome counts as flagged: challenge, review, hold or block. */
    public static boolean flagged(Outcome outcome) {
        return outcome != Outcome.ALLOW;
    }

    @Override
    public void accept(Recorded recorded) {
        Optional<TruthEvent> row = truth.find(recorded.event().id());
        if (row.isEmpty()) {
            missing++;
            if (missingSample.size() < Integrity.SAMPLE) {
                missingSample.add(recorded.event().id());
            }
            return;
        }
        score(recorded, row.get());
    }

    private void score(Recorded recorded, TruthEvent t) {
        Decision d = recorded.decision();
        boolean isFlagged = flagged(d.outcome());
        boolean alerted = recorded.alert().isPresent();
        overall.add(t.role(), isFlagged, alerted);
        scenarios.computeIfAbsent(recorded.event().scenario(), k -> new Tally()).add(t.role(), isFlagged, alerted);
        if (t.role() == Role.ATTACK || t.role() == Role.COVER) {
            Tally typology = typologies.computeIfAbsent(t.typology(), k -> new Tally());
            typology.add(t.role(), isFlagged, alerted);
            if (t.role() == Role.ATTACK) {
                typology.addAttack(t.type(), isFlagged);
            }
        }
        for (RuleHit hit : d.hits()) {
            rule(rules, hit.ruleId(), t, isFlagged, alerted);
        }
        for (RuleHit hit : d.shadowHits()) {
            rule(shadowRules, hit.ruleId(), t, isFlagged, alerted);
        }
        if (t.role() == Role.ATTACK) {
            value.add(recorded.event(), d.outcome());
        } else if (t.role() == Role.BENIGN) {
            friction.add(t.actor(), d.outcome());
        }
    }

    private static void rule(Map<String, Tally> tallies, String id, TruthEvent t, boolean isFlagged, boolean alerted) {
        Tally tally = tallies.computeIfAbsent(id, k -> new Tally());
        tally.add(t.role(), isFlagged, alerted);
        if (t.role() == Role.ATTACK) {
            tally.addAttack(t.typology(), isFlagged);
        } else if (t.role() == Role.BENIGN) {
            tally.addBenignActor(t.actor());
        }
    }

    /** Reads the rest of the truth file, closes it, and returns the report for {@code run}. */
    public EvaluationReport finish(RunInfo run) {
        Map<String, TruthEvent> unclaimed = truth.unclaimed();
        try {
            file.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Integrity integrity = new Integrity(missing, missingSample, unclaimed.size(),
                unclaimed.keySet().stream().limit(Integrity.SAMPLE).toList());
        return new EvaluationReport(run, Definitions.all(), overall.scores(), map(typologies, Tally::typologyScores),
                map(scenarios, Tally::scores), map(rules, Tally::ruleScores), map(shadowRules, Tally::ruleScores),
                value.report(), friction.report(truth.malicious()), integrity);
    }

    private static <V> Map<String, V> map(Map<String, Tally> tallies, Function<Tally, V> f) {
        Map<String, V> out = new TreeMap<>();
        tallies.forEach((k, v) -> out.put(k, f.apply(v)));
        return out;
    }
}
