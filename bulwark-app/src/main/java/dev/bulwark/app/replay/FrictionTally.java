package dev.bulwark.app.replay;

import dev.bulwark.core.decision.Outcome;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Counts benign events by outcome and remembers the worst outcome each benign actor ever met. */
final class FrictionTally {
    private final long[] byOutcome = new long[Outcome.values().length];
    private final Map<String, Outcome> worst = new HashMap<>();

    void add(String actor, Outcome outcome) {
        byOutcome[outcome.ordinal()]++;
        worst.merge(actor, outcome, Outcome::max);
    }

    /** The report, leaving out actors that {@code malicious} names: a fraud account's benign rows are not a good user's. */
    Friction report(Set<String> malicious) {
        long benign = 0;
        for (long n : byOutcome) {
            benign += n;
        }
        Map<String, Share> outcomes = new LinkedHashMap<>();
        long flagged = 0;
        for (Outcome o : Outcome.values()) {
            if (o != Outcome.ALLOW) {
                outcomes.put(o.key(), Share.of(byOutcome[o.ordinal()], benign));
                flagged += byOutcome[o.ordinal()];
            }
        }
        long good = 0;
        long challenged = 0;
        long stopped = 0;
        for (Map.Entry<String, Outcome> e : worst.entrySet()) {
            if (malicious.contains(e.getKey())) {
                continue;
            }
            good++;
            challenged += Evaluator.flagged(e.getValue()) ? 1 : 0;
            stopped += e.getValue().compareTo(Outcome.HOLD) >= 0 ? 1 : 0;
        }
        return new Friction(benign, outcomes, Share.of(flagged, benign), good, Share.of(challenged, good),
                Share.of(stopped, good));
    }
}
