package dev.bulwark.app.replay;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Events, flagged events and alerts counted per truth role, with attack events per key (a typology or an event type);
 * one per slice of the report (overall, scenario, typology, rule).
 */
final class Tally {
    private final long[] events = new long[Role.values().length];
    private final long[] flagged = new long[Role.values().length];
    private final Map<String, long[]> attackBy = new TreeMap<>();
    private final Set<String> benignActors = new HashSet<>();
    private long alerts;

    void add(Role role, boolean isFlagged, boolean alerted) {
        events[role.ordinal()]++;
        if (isFlagged) {
            flagged[role.ordinal()]++;
        }
        if (alerted) {
            alerts++;
        }
    }

    /** Also counts an attack event under {@code key}, flagged or not. */
    void addAttack(String key, boolean isFlagged) {
        long[] n = attackBy.computeIfAbsent(key, k -> new long[2]);
        n[0]++;
        n[1] += isFlagged ? 1 : 0;
    }

    /** Also remembers the actor of a benign event, to count the distinct good users a rule touches. */
    void addBenignActor(String actor) {
        benignActors.add(actor);
    }

    long events(Role role) {
        return events[role.ordinal()];
    }

    long flagged(Role role) {
        return flagged[role.ordinal()];
    }

    Scores scores() {
        long total = 0;
        for (long n : events) {
            total += n;
        }
        long attackFlagged = flagged(Role.ATTACK);
        return new Scores(total, events(Role.ATTACK), attackFlagged, events(Role.BENIGN), flagged(Role.BENIGN),
                events(Role.COVER), flagged(Role.COVER), alerts,
                Ratio.of(attackFlagged, attackFlagged + flagged(Role.BENIGN)), Ratio.of(attackFlagged, events(Role.ATTACK)));
    }

    TypologyScores typologyScores() {
        Map<String, StepRecall> steps = new TreeMap<>();
        attackBy.forEach((type, n) -> steps.put(type, new StepRecall(n[0], n[1], Ratio.of(n[1], n[0]))));
        return new TypologyScores(events(Role.ATTACK), flagged(Role.ATTACK), events(Role.COVER), flagged(Role.COVER),
                alerts, Ratio.of(flagged(Role.ATTACK), events(Role.ATTACK)), steps);
    }

    RuleScores ruleScores() {
        long attack = events(Role.ATTACK);
        long benign = events(Role.BENIGN);
        Map<String, Long> byTypology = new TreeMap<>();
        attackBy.forEach((typology, n) -> byTypology.put(typology, n[0]));
        return new RuleScores(attack + benign + events(Role.COVER) + events(Role.LABEL), attack, benign,
                benignActors.size(), events(Role.COVER), events(Role.LABEL), alerts, Ratio.of(attack, attack + benign),
                byTypology);
    }
}
