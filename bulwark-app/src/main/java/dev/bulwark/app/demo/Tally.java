package dev.bulwark.app.demo;

import dev.bulwark.core.decision.Outcome;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/** What happened to the events sent so far, counted as the node's answers arrive; safe to use from any thread. */
final class Tally {
    private final LongAdder sent = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder alerts = new LongAdder();
    private final Map<Outcome, LongAdder> outcomes = new EnumMap<>(Outcome.class);
    private final Map<String, LongAdder> attacks = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> caught = new ConcurrentHashMap<>();
    private final AtomicReference<String> lastProblem = new AtomicReference<>("");

    Tally() {
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(outcome, new LongAdder());
        }
    }

    /** Events handed to the HTTP client. */
    void sent(int events) {
        sent.add(events);
    }

    /** The node decided {@code event}; {@code alert} says whether the decision opened an alert. */
    void decided(SimEvent event, Outcome outcome, boolean alert) {
        outcomes.get(outcome).increment();
        if (alert) {
            alerts.increment();
        }
        if (event.attack()) {
            attacks.computeIfAbsent(event.typology(), k -> new LongAdder()).increment();
            if (outcome != Outcome.ALLOW) {
                caught.computeIfAbsent(event.typology(), k -> new LongAdder()).increment();
            }
        }
    }

    /** The node refused one event of a batch, for the reason given. */
    void refused(String problem) {
        refused.increment();
        lastProblem.set(problem);
    }

    /** A whole request failed and its events were not decided. */
    void failed(int events, String problem) {
        failed.add(events);
        lastProblem.set(problem);
    }

    /** The counts now. */
    Snapshot snapshot() {
        Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
        outcomes.forEach((outcome, count) -> byOutcome.put(outcome, count.sum()));
        Map<String, Catches> byTypology = new TreeMap<>();
        attacks.forEach((typology, count) -> byTypology.put(typology,
                new Catches(count.sum(), caught.getOrDefault(typology, new LongAdder()).sum())));
        return new Snapshot(sent.sum(), byOutcome, alerts.sum(), refused.sum(), failed.sum(), byTypology,
                lastProblem.get());
    }

    /**
     * The counts at one moment.
     *
     * @param sent events handed to the HTTP client
     * @param outcomes decisions by outcome
     * @param alerts alerts the decisions opened
     * @param refused events the node answered with an error
     * @param failed events of requests that failed as a whole
     * @param attacks attack events sent and caught, by typology
     * @param lastProblem the latest error, empty if none
     */
    record Snapshot(long sent, Map<Outcome, Long> outcomes, long alerts, long refused, long failed,
                    Map<String, Catches> attacks, String lastProblem) {
        Snapshot {
            outcomes = Map.copyOf(outcomes);
            attacks = Map.copyOf(attacks);
        }

        /** Events the node decided. */
        long decided() {
            return outcomes.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Attack events decided, over every typology. */
        Catches attackTotal() {
            return attacks.values().stream().reduce(new Catches(0, 0), Catches::plus);
        }
    }

    /**
     * Attack events decided and how many of them the node did not simply allow.
     *
     * @param attacks attack events decided
     * @param caught those whose outcome was not {@code allow}
     */
    record Catches(long attacks, long caught) {
        Catches plus(Catches other) {
            return new Catches(attacks + other.attacks, caught + other.caught);
        }
    }
}
