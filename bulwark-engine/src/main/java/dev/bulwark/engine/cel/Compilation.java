package dev.bulwark.engine.cel;

import dev.cel.runtime.CelRuntime;
import java.util.List;

/** The result of compiling one CEL expression: a program ready to run, or the problems with their positions. */
public sealed interface Compilation {
    /** The expression compiled. */
    record Ok(CelRuntime.Program program) implements Compilation {
    }

    /** The expression did not compile; each problem reads {@code line L, column C: message}. */
    record Failed(List<String> problems) implements Compilation {
        public Failed {
            problems = List.copyOf(problems);
        }
    }
}
