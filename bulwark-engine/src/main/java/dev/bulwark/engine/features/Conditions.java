package dev.bulwark.engine.features;

import dev.bulwark.engine.EngineMetrics;
import dev.bulwark.engine.cel.Scope;

/** Evaluates the CEL parts of features: {@code where} conditions, derived expressions and list membership. */
final class Conditions {
    private Conditions() {
    }

    /** Whether the event passes the feature's condition; a failing condition counts as false and is reported. */
    static boolean test(Slot slot, Scope scope, EngineMetrics metrics) {
        try {
            return slot.where.evaluate(scope);
        } catch (Exception e) {
            metrics.featureFailed(slot.name);
            return false;
        }
    }

    /** A derived feature's value; a value that is not finite (0/0) reads as 0, a failing expression too, reported. */
    static Object derive(Slot slot, Scope scope, EngineMetrics metrics) {
        try {
            double value = slot.expression.value(scope);
            return Double.isFinite(value) ? value : 0.0;
        } catch (Exception e) {
            metrics.featureFailed(slot.name);
            return 0.0;
        }
    }

    /** Whether the entity's id, or the named field's value, is on the feature's list. */
    static Object inList(Slot slot, Scope scope) {
        String value = slot.field != null
                ? (scope.event().data().get(slot.field) instanceof String s ? s : null)
                : scope.entityId(slot.entity);
        return value != null && scope.inList(slot.list, value);
    }
}
