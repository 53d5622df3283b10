package dev.bulwark.engine.features;

import dev.bulwark.core.event.EntityType;
import dev.bulwark.engine.cel.Condition;
import dev.bulwark.engine.cel.NumberExpression;
import java.util.Optional;

/**
 * A compiled feature and where its state sits inside an {@link EntityState}: the window group whose bucket
 * epochs it shares, the offset of its values, and its distinct-set index.
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
    long bucketMillis;
    int offset = -1;
    int set = -1;

    Slot(FeatureDefinition definition, Optional<Condition> where, Optional<NumberExpression> expression) {
        this.definition = definition;
        this.name = definition.name();
        this.aggregation = definition.aggregation();
        this.entity = definition.entity().orElse(null);
        this.field = definition.field().orElse(null);
        this.where = where.orElse(null);
        this.expression = expression.orElse(null);
        this.list = definition.list().orElse(null);
        this.cap = definition.maxDistinct();
    }

    /** How many doubles of an entity's value array the feature occupies. */
    int width() {
        return switch (aggregation) {
            case COUNT, SUM, MAX, MIN -> EntityLayout.BUCKETS;
            case AVG -> 2 * EntityLayout.BUCKETS;
            case AGE, SINCE_LAST -> 3;
            case DISTINCT, IN_LIST, DERIVED -> 0;
        };
    }

    /** The definition without its description: two slots with equal signatures can share state across a reload. */
    FeatureDefinition signature() {
        return new FeatureDefinition(name, "", aggregation, definition.entity(), definition.events(), definition.field(),
                definition.window(), definition.where(), definition.list(), definition.expression(), cap);
    }
}
