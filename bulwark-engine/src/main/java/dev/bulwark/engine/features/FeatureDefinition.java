package dev.bulwark.engine.features;

import dev.bulwark.core.event.EntityType;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A feature as written in a strategy file: its name, the entity it is kept per, the events that update it, the
 * aggregation, the field it reads, the window, an optional CEL {@code where} condition on the event, the list it
 * tests ({@code in_list}) or the expression it computes ({@code derived}).
 */
public record FeatureDefinition(String name, String description, Aggregation aggregation, Optional<EntityType> entity,
                                List<String> events, Optional<String> field, Optional<Duration> window,
                                Optional<String> where, Optional<String> list, Optional<String> expression,
                                int maxDistinct) {
    /** The shortest window: with 16 buckets it gives 3.75-second granularity. */
    public static final Duration MIN_WINDOW = Duration.ofMinutes(1);
    /** The longest window. */
    public static final Duration MAX_WINDOW = Duration.ofDays(90);
    /** The default cap on distinct values remembered per entity. */
    public static final int DEFAULT_MAX_DISTINCT = 64;

    public FeatureDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(entity, "entity");
        events = List.copyOf(events);
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(expression, "expression");
    }

    /** Whether the value is a boolean rather than a number. */
    public boolean booleanValued() {
        return aggregation == Aggregation.IN_LIST;
    }
}
