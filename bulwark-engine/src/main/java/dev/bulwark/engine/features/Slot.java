package dev.bulwark.engine.features;

import dev.bulwark.core.event.EntityType;
import dev.bulwark.engine.cel.Condition;
import dev.bulwark.engine.cel.NumberExpression;
import java.util.Optional;

/**
 * A compiled feature and where its state sits inside an {@link EntityState}: for a windowed count, sum, average,
 * maximum or minimum, the window group it belongs to and its stream(s) in that group (see {@link EntityLayout});
 * for an age, the offset of its three values; for a distinct count, its set index.
 */
final class Slot {
    final FeatureDefinition definition;
    final String name;
    final Aggregation aggregation;
    final EntityType entity;
    final String field;
    final Condition where;
    final NumberExpression expression;
    final String list;
    final int cap;
    int group = -1;
    /** The slot's first stream in its group; an average has two (sum, then count). */
    int stream = -1;
    long bucketMillis;
    int offset = -1;
    int set = -1;

    Slot(FeatureDefinition definition, Optional<Condition> where, Optional<NumberExpression> expression) {
        this.definition = definition;
        this.name = definition.name();
        this.aggregation = definition.aggregation();
        this.entity = definition.entity().orElse(null);
        this.field = definition.field().map(String::intern).orElse(null); // matches the event's keys by reference
        this.where = where.orElse(null);
        this.expression = expression.orElse(null);
        this.list = definition.list().orElse(null);
        this.cap = definition.maxDistinct();
    }

    /** How many streams of its window group the feature keeps: one per bucketed value. */
    int streams() {
        return switch (aggregation) {
            case COUNT, SUM, MAX, MIN -> 1;
            case AVG -> 2;
            case AGE, SINCE_LAST, DISTINCT, IN_LIST, DERIVED -> 0;
        };
    }

    /** Whether the feature's value is a running total of its stream (a maximum or minimum has none). */
    boolean totalled() {
        return aggregation != Aggregation.MAX && aggregation != Aggregation.MIN;
    }

    /** The definition without its description: two slots with equal signatures can share state across a reload. */
    FeatureDefinition signature() {
        return new FeatureDefinition(name, "", aggregation, definition.entity(), definition.events(), definition.field(),
                definition.window(), definition.where(), definition.list(), definition.expression(), cap);
    }
}
