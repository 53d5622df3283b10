package dev.bulwark.engine.cel;

import dev.cel.runtime.CelRuntime;
import java.util.List;
import java.util.Optional;

/** The result of compiling one CEL expression: a program ready to run, or the problems with their positions. */
public sealed interface Compilation {
    /**
     * The expression compiled; when it lies in the subset {@link FastConditions} understands, {@code fast} (a
     * boolean expression) or {@code fastNumber} (a numeric one) evaluates it with the same result without going
     * through the CEL interpreter.
     */
    record Ok(CelRuntime.Program program, Optional<Condition> fast, Optional<NumberExpression> fastNumber)
            implements Compilation {
        /** The fastest faithful way to evaluate a boolean expression: the compiled subset, else the interpreter. */
        public Condition condition() {
            return fast.orElseGet(() -> Condition.interpreted(program));
        }

        /** The fastest faithful way to evaluate a numeric expression: the compiled subset, else the interpreter. */
        public NumberExpression number() {
            return fastNumber.orElseGet(() -> NumberExpression.interpreted(program));
        }
    }

    /** The expression did not compile; each problem reads {@code line L, column C: message}. */
    record Failed(List<String> problems) implements Compilation {
        public Failed {
            problems = List.copyOf(problems);
        }
    }
}
