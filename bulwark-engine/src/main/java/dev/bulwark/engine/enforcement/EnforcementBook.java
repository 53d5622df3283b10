package dev.bulwark.engine.enforcement;

import dev.bulwark.core.decision.Capability;
import dev.bulwark.core.decision.Enforcement;
import dev.bulwark.core.decision.EnforcementAction;
import dev.bulwark.core.event.EntityRef;
import dev.bulwark.core.event.EntityType;
import dev.bulwark.engine.cel.EnforcementView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The enforcements issued on each entity, newest last. Read by rules through {@link EnforcementView}; written by
 * the deciding thread; reversals may arrive from another thread, so each entity's list is replaced atomically.
 */
public final class EnforcementBook implements EnforcementView {
    private final Map<EntityRef, List<Enforcement>> byTarget = new ConcurrentHashMap<>();

    @Override
    public long level(EntityType type, String id, Instant time) {
        long level = 0;
        for (Enforcement e : of(new EntityRef(type, id))) {
            if (e.activeAt(time)) {
                level = Math.max(level, e.action().ordinal() + 1);
            }
        }
        return level;
    }

    @Override
    public List<String> suspended(EntityType type, String id, Instant time) {
        List<String> capabilities = new ArrayList<>(2);
        for (Enforcement e : of(new EntityRef(type, id))) {
            if (e.activeAt(time) && e.action() == EnforcementAction.SUSPEND_CAPABILITY) {
                e.capability().map(Capability::key).ifPresent(capabilities::add);
            }
        }
        return capabilities;
    }

    /** How many enforcements, not reversed, started on the entity within {@code lookback} before {@code time}. */
    public int priorOffences(EntityRef target, Instant time, Duration lookback) {
        Instant since = time.minus(lookback);
        int n = 0;
        for (Enforcement e : of(target)) {
            if (e.reversal().isEmpty() && !e.start().isBefore(since) && !e.start().isAfter(time)) {
                n++;
            }
        }
        return n;
    }

    /** Whether an enforcement for the same reason is already in force on the entity: the same episode, not a new offence. */
    public boolean activeFor(EntityRef target, String reasonCode, Instant time) {
        for (Enforcement e : of(target)) {
            if (e.activeAt(time) && e.reasonCode().equals(reasonCode)) {
                return true;
            }
        }
        return false;
    }

    /** Records a new enforcement. */
    public void record(Enforcement enforcement) {
        byTarget.compute(enforcement.target(), (k, list) -> append(list, enforcement));
    }

    /** Replaces an enforcement with its reversed form; unknown ids are ignored. */
    public void reverse(Enforcement reversed) {
        byTarget.computeIfPresent(reversed.target(), (k, list) -> list.stream()
                .map(e -> e.id().equals(reversed.id()) ? reversed : e).toList());
    }

    /** Loads enforcements kept in the store, oldest first, when the engine starts. */
    public void restore(Collection<Enforcement> enforcements) {
        enforcements.forEach(this::record);
    }

    /** The enforcements on one entity, oldest first. */
    public List<Enforcement> of(EntityRef target) {
        return byTarget.getOrDefault(target, List.of());
    }

    private static List<Enforcement> append(List<Enforcement> list, Enforcement enforcement) {
        List<Enforcement> copy = new ArrayList<>(list == null ? List.of() : list);
        copy.removeIf(e -> e.id().equals(enforcement.id()));
        copy.add(enforcement);
        return List.copyOf(copy);
    }
}
