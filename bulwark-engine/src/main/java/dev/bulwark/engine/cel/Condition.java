package dev.bulwark.engine.cel;

import dev.cel.runtime.CelRuntime;

/**
 * A boolean CEL expression compiled to plain Java by {@link FastConditions}. It gives the same answer as the CEL
 * program it was compiled from, including CEL's rule that {@code false && error} is false and
 * {@code true || error} is true.
 */
public interface Condition {
    /** The expression could not be evaluated: it read a variable the event does not carry. */
    final class Failed extends RuntimeException {
        Failed(String message) {
            super(message, null, false, false);
        }

        /** The failure CEL reports for a variable the event does not carry. */
        static Failed missing(String name) {
            return new Failed("No such attribute(s): " + name);
        }
    }

    /** {@code 1} true, {@code 0} false, {@code -1} an error (the missing variable is noted on the scope). */
    int test(Scope scope);

    /** Evaluates the condition; throws {@link Failed} where the CEL program would have failed. */
    default boolean evaluate(Scope scope) {
        int result = test(scope);
        if (result < 0) {
            throw Failed.missing(scope.missing());
        }
        return result == 1;
    }

    /** A condition that runs a CEL program through the interpreter. */
    static Condition interpreted(CelRuntime.Program program) {
        return new Condition() {
            @Override
            public int test(Scope scope) {
                try {
                    return Boolean.TRUE.equals(program.eval(scope)) ? 1 : 0;
                } catch (Exception e) {
                    scope.noteMissing(String.valueOf(e.getMessage()));
                    return -1;
                }
            }

            @Override
            public boolean evaluate(Scope scope) {
                try {
                    return Boolean.TRUE.equals(program.eval(scope));
                } catch (Exception e) {
                    throw new Failed(String.valueOf(e.getMessage()));
                }
            }
        };
    }
}
