package dev.bulwark.server;

import dev.bulwark.core.decision.Alert;
import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.decision.Enforcement;
import dev.bulwark.core.decision.EnforcementAction;
import dev.bulwark.core.decision.Outcome;
import dev.bulwark.core.decision.RuleHit;
import dev.bulwark.core.decision.Severity;
import dev.bulwark.core.event.EntityRef;
import dev.bulwark.core.event.EntityType;
import dev.bulwark.core.event.Event;
import dev.bulwark.core.port.Recorded;
import dev.bulwark.server.port.DecisionPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * A fake decision path: counts events per entity (its "feature state"), takes the outcome from the event's
 * {@code force_outcome} field (allow otherwise), opens an alert for review and above, bans the email (or first
 * entity) on block, throws on {@code explode: true}, throws an {@link Error} on {@code crash: true}, and can be
 * made to block inside {@code decide}.
 */
public final class CountingPath implements DecisionPath {
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final List<String> decided = new CopyOnWriteArrayList<>();
    private final List<String> observed = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch entered = new CountDownLatch(0);
    private volatile CountDownLatch release = new CountDownLatch(0);

    /** Makes the next {@code decide} signal {@link #awaitEntered()} and wait for {@link #release()}. */
    public void block() {
        entered = new CountDownLatch(1);
        release = new CountDownLatch(1);
    }

    /** Waits until a blocked {@code decide} has been entered. */
    public void awaitEntered() throws InterruptedException {
        entered.await();
    }

    /** Lets a blocked {@code decide} go on. */
    public void release() {
        release.countDown();
    }

    /** How many events named this entity ({@code type:id}), decided or observed. */
    public int count(String entity) {
        return counts.getOrDefault(entity, 0);
    }

    /** Waits until {@code n} events have been decided in all. */
    public synchronized void awaitDecided(int n) throws InterruptedException {
        while (decided.size() < n) {
            wait();
        }
    }

    /** The ids decided, in order. */
    public List<String> decided() {
        return List.copyOf(decided);
    }

    /** The ids observed during recovery, in order. */
    public List<String> observed() {
        return List.copyOf(observed);
    }

    @Override
    public Recorded decide(Event event) {
        entered.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (Boolean.TRUE.equals(event.data().get("explode"))) {
            throw new IllegalStateException("boom (test)");
        }
        if (Boolean.TRUE.equals(event.data().get("crash"))) {
            throw new AssertionError("crash (test)");
        }
        synchronized (this) {
            decided.add(event.id());
            notifyAll();
        }
        Map<String, Object> features = count(event);
        Outcome outcome = Outcome.fromKey(event.string("force_outcome")).orElse(Outcome.ALLOW);
        List<RuleHit> hits = outcome == Outcome.ALLOW ? List.of()
                : List.of(new RuleHit("forced", "FORCED_" + outcome.name(), Severity.HIGH, 50, Optional.of(outcome)));
        List<Enforcement> enforcements = outcome == Outcome.BLOCK ? List.of(ban(event)) : List.of();
        Decision decision = new Decision(event.id(), event.type(), event.time(), outcome, hits.isEmpty() ? 0 : 50, hits,
                List.of(), List.of(), features, enforcements, "test", "v1", 1000);
        Optional<Alert> alert = outcome.ordinal() >= Outcome.REVIEW.ordinal()
                ? Optional.of(new Alert(Alert.idFor(event.id()), event.id(), event.type(), event.time(), outcome, 50,
                        decision.reasonCodes(), event.entities(), "test", "v1", Alert.Status.OPEN))
                : Optional.empty();
        return new Recorded(event, decision, alert);
    }

    @Override
    public void observe(Event event) {
        observed.add(event.id());
        count(event);
    }

    private Map<String, Object> count(Event event) {
        Map<String, Object> features = new LinkedHashMap<>();
        for (EntityRef ref : event.entities()) {
            int n = counts.merge(ref.toString(), 1, Integer::sum);
            features.put("count:" + ref, (long) n);
        }
        return features;
    }

    private static Enforcement ban(Event event) {
        List<EntityRef> entities = new ArrayList<>(event.entities());
        EntityRef target = entities.stream().filter(r -> r.type() == EntityType.EMAIL).findFirst().orElse(entities.getFirst());
        return new Enforcement("enf_" + event.id(), target, EnforcementAction.BAN, Optional.empty(), "FORCED_BLOCK",
                "forced", event.id(), event.time(), Optional.empty(), Optional.empty());
    }
}
