package dev.bulwark.engine.config;

import dev.bulwark.engine.Bundle;
import java.util.List;

/** The outcome of loading strategy files: a bundle ready to install, or the problems that reject them. */
public sealed interface LoadResult {
    /** Every file loaded and compiled. */
    record Loaded(Bundle bundle) implements LoadResult {
    }

    /** At least one problem; nothing was loaded. */
    record Rejected(List<ConfigProblem> problems) implements LoadResult {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}
