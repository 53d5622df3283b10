package dev.bulwark.engine.cel;

import dev.cel.runtime.CelRuntime;

/**
 * A numeric CEL expression (a derived feature) ready to evaluate: compiled to plain Java by {@link FastConditions}
 * when it lies in the subset, else run by the CEL interpreter. Both give the same value, including IEEE results
 * such as infinity for a division by zero.
 */
public interface NumberExpression {
    /** The value; throws {@link Condition.Failed} where the CEL program would have failed (a missing variable). */
    double value(Scope scope);

    /** An expression that runs a CEL program through the interpreter. */
    static NumberExpression interpreted(CelRuntime.Program program) {
        return scope -> {
            Object value;
            try {
                value = program.eval(scope);
            } catch (Exception e) {
                throw new Condition.Failed(String.valueOf(e.getMessage()));
            }
            return value instanceof Number n ? n.doubleValue() : Double.NaN;
        };
    }
}
