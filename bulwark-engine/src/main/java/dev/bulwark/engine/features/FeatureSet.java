package dev.bulwark.engine.features;

import dev.bulwark.core.event.EntityType;
import dev.bulwark.engine.EngineMetrics;
import dev.bulwark.engine.cel.CelEnvironment;
import dev.bulwark.engine.cel.Compilation;
import dev.bulwark.engine.cel.Condition;
import dev.bulwark.engine.cel.FeatureSource;
import dev.bulwark.engine.cel.Scope;
import dev.cel.runtime.CelRuntime;
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
            Optional<CelRuntime.Program> expr = def.expression().flatMap(e -> program(def.name(), "expression", env.number(e), problems))
                    .map(Compilation.Ok::program);
            Slot slot = new Slot(def, where, expr);
            if (env.featureIndex(def.name()) != set.byIndex.size()) {
                throw new IllegalArgumentException("features must be compiled in the order the environment declares them");
            }
            set.byIndex.add(slot);
            def.entity().ifPresent(type -> perEntity.computeIfAbsent(type, t -> new ArrayList<>()).add(slot));
        }
        perEntity.forEach((type, slots) -> set.layouts.put(type, new EntityLayout(type, slots)));
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

    /** Updates the state of every feature the scope's event feeds. */
    public void update(Scope scope, FeatureStore store, EngineMetrics metrics) {
        EntityUpdate[] updates = byEventType.get(scope.event().type());
        if (updates == null) {
            return;
        }
        long millis = scope.time().toEpochMilli();
        // Every entity's state is looked up first, in one tight loop: the lookups are independent cache misses, and
        // issued together the processor overlaps them instead of waiting for each between two entities' updates.
        EntityState[] found = new EntityState[updates.length];
        for (int i = 0; i < updates.length; i++) {
            String id = scope.entityId(updates[i].type);
            found[i] = id == null ? null : store.find(updates[i].type, id);
        }
        for (int i = 0; i < updates.length; i++) {
            EntityUpdate update = updates[i];
            String id = scope.entityId(update.type);
            if (id == null) {
                continue;
            }
            EntityState state = null;
            for (Slot slot : update.slots) {
                if (slot.where != null && !Conditions.test(slot, scope, metrics)) {
                    continue;
                }
                if (state == null) {
                    state = found[i] != null ? current(found[i], update.layout) : stateFor(store, update.layout, id);
                }
                Aggregator.apply(slot, state, scope.event().data(), millis);
            }
            if (state != null) {
                state.touch(millis);
                scope.cacheState(update.type, state);
            }
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
        Object cached = scope.cachedState(slot.entity);
        EntityState state;
        if (cached == null) {
            String id = scope.entityId(slot.entity);
            state = id == null ? null : store.find(slot.entity, id);
            scope.cacheState(slot.entity, state == null ? ABSENT : state);
        } else {
            state = cached == ABSENT ? null : (EntityState) cached;
        }
        if (state == null) {
            return Aggregator.empty(slot);
        }
        EntityLayout layout = layouts.get(slot.entity);
        if (state.layout != layout) {
            state.migrate(layout);
        }
        return Aggregator.read(slot, state, scope.time().toEpochMilli());
    }

    /** Drops entities idle for longer than their layout's idle timeout, as of {@code nowMillis} of event time. */
    public long expire(FeatureStore store, long nowMillis) {
        long dropped = 0;
        for (EntityLayout layout : layouts.values()) {
            dropped += store.expire(layout.type, nowMillis - layout.idleMillis);
        }
        return dropped;
    }

    private static EntityState stateFor(FeatureStore store, EntityLayout layout, String id) {
        EntityState state = store.find(layout.type, id);
        if (state == null) {
            state = new EntityState(layout);
            store.put(layout.type, id, state);
            return state;
        }
        return current(state, layout);
    }

    private static EntityState current(EntityState state, EntityLayout layout) {
        if (state.layout != layout) {
            state.migrate(layout);
        }
        return state;
    }
}
