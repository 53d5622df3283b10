package dev.bulwark.server.port;

import java.util.List;
import java.util.Objects;

/** What a strategy reload came to: the version now serving, or the problems that kept it out. */
public sealed interface ReloadOutcome {
    /** The new version is installed and serving. */
    record Reloaded(String version) implements ReloadOutcome {
        public Reloaded {
            Objects.requireNonNull(version, "version");
        }
    }

    /**
     * Nothing was installed; each problem names the file, the position and the message, written as
     * {@code file:line:column: message} when a position is known.
     */
    record Rejected(List<String> problems) implements ReloadOutcome {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejected reload needs at least one problem");
            }
        }
    }
}
