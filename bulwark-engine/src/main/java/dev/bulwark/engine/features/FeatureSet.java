package dev.bulwark.engine.features;

import dev.bulwark.core.event.EntityType;
import dev.bulwark.engine.EngineMetrics;
import dev.bulwark.engine.cel.CelEnvironment;
import dev.bulwark.engine.cel.Compilation;
import dev.bulwark.engine.cel.Condition;
import dev.bulwark.engine.cel.FeatureSource;
import dev.bulwark.engine.cel.NumberExpression;
import dev.bulwark.engine.cel.Scope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The compiled features of a strategy bundle: which features each event type updates, grouped by entity so each
 * entity's state is looked up once per event, and how each feature's value is read. Immutable; state lives in a
 * {@link FeatureStore}.
 */
public final class FeatureSet {
    private final List<Slot> byIndex = new ArrayList<>();
    private final Map<String, EntityUpdate[]> byEventType = new HashMap<>();
    private final Map<EntityType, EntityLayout> layouts = new EnumMap<>(EntityType.class);

    private static final Object ABSENT = new Object();
    private static final EntityUpdate[] NO_UPDATES = {};
    /** The keys of {@code layouts} as an array, for the lookup loop on the decision path; set by compile. */
    private EntityType[] keyed = {};

    private record EntityUpdate(EntityType type, EntityLayout layout, Slot[] slots) {
    }

    private FeatureSet() {
    }

    /** Compiles definitions whose names {@code env} declares; problems are added as {@code feature NAME: message}. */
    public static FeatureSet compile(List<FeatureDefinition> definitions, CelEnvironment env, List<String> problems) {
        FeatureSet set = new FeatureSet();
        Map<EntityType, List<Slot>> perEntity = new EnumMap<>(EntityType.class);
        for (FeatureDefinition def : definitions) {
            Optional<Condition> where = def.where().flatMap(w -> program(def.name(), "where", env.condition(w), problems))
                    .map(Compilation.Ok::condition);
            Optional<NumberExpression> expr = def.expression()
                    .flatMap(e -> program(def.name(), "expression", env.number(e), problems))
                    .map(Compilation.Ok::number);
            Slot slot = new Slot(def, where, expr);
            if (env.featureIndex(def.name()) != set.byIndex.size()) {
                throw new IllegalArgumentException("features must be compiled in the order the environment declares them");
            }
            set.byIndex.add(slot);
            def.entity().ifPresent(type -> perEntity.computeIfAbsent(type, t -> new ArrayList<>()).add(slot));
        }
        perEntity.forEach((type, slots) -> set.layouts.put(type, new EntityLayout(type, slots)));
        set.keyed = set.layouts.keySet().toArray(EntityType[]::new);
        Map<String, Map<EntityType, List<Slot>>> updates = new LinkedHashMap<>();
        for (EntityLayout layout : set.layouts.values()) {
            for (Slot slot : layout.slots) {
                if (slot.aggregation == Aggregation.IN_LIST) {
                    continue;
                }
                for (String type : slot.definition.events()) {
                    updates.computeIfAbsent(type, t -> new EnumMap<>(EntityType.class))
                            .computeIfAbsent(layout.type, t -> new ArrayList<>()).add(slot);
                }
            }
        }
        updates.forEach((eventType, byEntity) -> set.byEventType.put(eventType, byEntity.entrySet().stream()
                .map(e -> new EntityUpdate(e.getKey(), set.layouts.get(e.getKey()), e.getValue().toArray(Slot[]::new)))
                .toArray(EntityUpdate[]::new)));
        return set;
    }

    private static Optional<Compilation.Ok> program(String feature, String part, Compilation compilation, List<String> problems) {
        return switch (compilation) {
            case Compilation.Ok ok -> Optional.of(ok);
            case Compilation.Failed failed -> {
                failed.problems().forEach(p -> problems.add("feature " + feature + ": " + part + ": " + p));
                yield Optional.empty();
            }
        };
    }

    /** The layouts of the entity types that have features. */
    public Collection<EntityLayout> layouts() {
        return layouts.values();
    }

    /**
     * Updates the state of every feature the scope's event feeds, for a decision: every entity the event names
     * that has features is looked up first, including those the event does not update, because the rules read them.
     */
    public void update(Scope scope, FeatureStore store, EngineMetrics metrics) {
        update(scope, store, metrics, true);
    }

    /** Updates the state of every feature the scope's event feeds, looking up only the entities it updates. */
    public void observe(Scope scope, FeatureStore store, EngineMetrics metrics) {
        update(scope, store, metrics, false);
    }

    private void update(Scope scope, FeatureStore store, EngineMetrics metrics, boolean forRules) {
        EntityUpdate[] updates = byEventType.getOrDefault(scope.event().type(), NO_UPDATES);
        // Every entity's state is looked up first, in one tight loop, and kept in the scope: the lookups are
        // independent cache misses, and issued together the processor overlaps them instead of waiting for each
        // between two entities' updates or rules.
        if (forRules) {
            for (EntityType type : keyed) {
                lookUp(scope, store, type);
            }
        } else {
            for (EntityUpdate update : updates) {
                lookUp(scope, store, update.type);
            }
        }
        // Then each found state's arrays are touched in a second tight loop, for the same reason: with many
        // entities their headers are rarely in cache, and waiting for them one at a time inside the updates and the
        // rules cost a third of a decision's time at 100,000 buyers (docs/benchmarks.md, 2026-12-05).
        for (EntityType type : keyed) {
            if (scope.cachedState(type) instanceof EntityState state) {
                state.warm();
            }
        }
        long millis = scope.time().toEpochMilli();
        for (EntityUpdate update : updates) {
            String id = scope.entityId(update.type);
            if (id == null) {
                continue;
            }
            Object found = scope.cachedState(update.type);
            EntityState state = null;
            for (Slot slot : update.slots) {
                if (slot.where != null && !Conditions.test(slot, scope, metrics)) {
                    continue;
                }
                if (state == null) {
                    state = found != ABSENT ? current((EntityState) found, update.layout) : create(store, update.layout, id);
                }
                Aggregator.apply(slot, state, scope.event().data(), millis);
            }
            if (state != null) {
                state.touch(millis);
                scope.cacheState(update.type, state);
            }
        }
    }

    private static void lookUp(Scope scope, FeatureStore store, EntityType type) {
        String id = scope.entityId(type);
        if (id != null) {
            EntityState state = store.find(type, id);
            scope.cacheState(type, state == null ? ABSENT : state);
        }
    }

    /** A reader of feature values over {@code store}, for the scopes of one engine. */
    public FeatureSource reader(FeatureStore store, EngineMetrics metrics) {
        Slot[] slots = byIndex.toArray(Slot[]::new);
        return (index, scope) -> {
            Slot slot = slots[index];
            return switch (slot.aggregation) {
                case IN_LIST -> Conditions.inList(slot, scope);
                case DERIVED -> Conditions.derive(slot, scope, metrics);
                default -> read(slot, scope, store);
            };
        };
    }

    private Object read(Slot slot, Scope scope, FeatureStore store) {
        // A decision's scope already holds every named entity (see update); other scopes look it up here, once.
        if (scope.cachedState(slot.entity) == null) {
            lookUp(scope, store, slot.entity);
        }
        if (!(scope.cachedState(slot.entity) instanceof EntityState state)) {
            return Aggregator.empty(slot);
        }
        return Aggregator.read(slot, current(state, layouts.get(slot.entity)), scope.time().toEpochMilli());
    }

    /**
     * Sweeps the next slice of each entity type's states ({@link FeatureStore#sweep}), dropping those idle for longer
     * than their layout's idle timeout as of {@code nowMillis} of event time; returns how many it dropped.
     */
    public long sweep(FeatureStore store, long nowMillis) {
        long dropped = 0;
        for (EntityLayout layout : layouts.values()) {
            dropped += store.sweep(layout.type, nowMillis - layout.idleMillis);
        }
        return dropped;
    }

    private static EntityState create(FeatureStore store, EntityLayout layout, String id) {
        EntityState state = new EntityState(layout);
        store.put(layout.type, id, state);
        return state;
    }

    private static EntityState current(EntityState state, EntityLayout layout) {
        if (state.layout != layout) {
            state.migrate(layout);
        }
        return state;
    }
}
