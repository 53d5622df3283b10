package dev.bulwark.engine.config;

import dev.bulwark.core.event.EntityType;
import dev.bulwark.core.event.EventCatalog;
import dev.bulwark.engine.features.Aggregation;
import dev.bulwark.engine.features.FeatureDefinition;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one feature definition and checks it makes sense on its own. */
final class FeatureReader {
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,79}");
    private static final Set<String> KEYS = Set.of("name", "description", "aggregation", "entity", "events", "field",
            "window", "where", "list", "expression", "max_distinct");

    private FeatureReader() {
    }

    static Optional<FeatureDefinition> read(Node n) {
        n.onlyKeys(KEYS);
        String name = n.required("name");
        if (!name.isEmpty() && !NAME.matcher(name).matches()) {
            n.problem("name", "'" + name + "' must be lower-case letters, digits and underscores, starting with a letter");
        }
        Optional<Aggregation> aggregation = n.parsed("aggregation", Aggregation::fromKey,
                Arrays.stream(Aggregation.values()).map(Aggregation::key).toList());
        if (aggregation.isEmpty()) {
            n.required("aggregation");
            return Optional.empty();
        }
        Aggregation agg = aggregation.get();
        Optional<EntityType> entity = n.parsed("entity", EntityType::fromKey,
                Arrays.stream(EntityType.values()).map(EntityType::key).toList());
        List<String> events = n.strings("events");
        Optional<String> field = n.optional("field");
        Optional<Duration> window = n.duration("window");
        int maxDistinct = (int) n.number("max_distinct", FeatureDefinition.DEFAULT_MAX_DISTINCT);
        check(n, agg, entity, events, field, window, maxDistinct);
        return Optional.of(new FeatureDefinition(name, n.optional("description").orElse(""), agg, entity, events, field,
                window, n.optional("where"), n.optional("list"), n.optional("expression"), maxDistinct));
    }

    private static void check(Node n, Aggregation agg, Optional<EntityType> entity, List<String> events,
                              Optional<String> field, Optional<Duration> window, int maxDistinct) {
        if (agg != Aggregation.DERIVED && entity.isEmpty()) {
            n.required("entity");
        }
        boolean stateful = agg != Aggregation.DERIVED && agg != Aggregation.IN_LIST;
        if (stateful && events.isEmpty()) {
            n.problem("events", "is required: the event types that update this feature");
        }
        for (String type : events) {
            var eventType = EventCatalog.find(type);
            if (eventType.isEmpty()) {
                n.problem("events", "unknown event type '" + type + "'");
            } else if (entity.isPresent() && !eventType.get().canName(entity.get())) {
                n.problem("events", "event type " + type + " never names a " + entity.get().key()
                        + ", so it could never update this feature");
            }
        }
        if (agg.needsField() && field.isEmpty()) {
            n.problem("field", "is required for " + agg.key());
        }
        field.ifPresent(f -> events.stream().filter(t -> EventCatalog.find(t).map(et -> et.field(f).isEmpty()).orElse(false))
                .forEach(t -> n.problem("field", "event type " + t + " has no field '" + f + "'")));
        if (agg.windowed() && window.isEmpty()) {
            n.problem("window", "is required for " + agg.key() + " (from 1m to 90d)");
        }
        window.ifPresent(w -> {
            if (w.compareTo(FeatureDefinition.MIN_WINDOW) < 0 || w.compareTo(FeatureDefinition.MAX_WINDOW) > 0) {
                n.problem("window", "must be between 1m and 90d");
            }
        });
        if (agg == Aggregation.IN_LIST && n.optional("list").isEmpty()) {
            n.problem("list", "is required for in_list");
        }
        if (agg == Aggregation.DERIVED && n.optional("expression").isEmpty()) {
            n.problem("expression", "is required for derived");
        }
        n.optional("where").filter(w -> w.contains("features.")).ifPresent(w ->
                n.problem("where", "may read the event only, not other features (use a derived feature)"));
        if (maxDistinct < 1 || maxDistinct > 4096) {
            n.problem("max_distinct", "must be between 1 and 4096");
        }
    }
}
