package dev.bulwark.server.api;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.bulwark.server.http.Problem;
import dev.bulwark.server.ingest.Decided;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The result for one item of a batch, at its position: the decision (status 200; its JSON as the pipeline wrote
 * it, embedded without a second serialisation) or the problem that refused it.
 */
public record BatchItem(int index, int status, Optional<RawValue> decision, Optional<Problem> problem) {
    /** An accepted item. */
    static BatchItem decided(int index, Decided decided) {
        return new BatchItem(index, 200, Optional.of(new RawValue(new String(decided.json(), StandardCharsets.UTF_8))),
                Optional.empty());
    }

    /** A refused item. */
    static BatchItem refused(int index, Problem problem) {
        return new BatchItem(index, problem.status(), Optional.empty(), Optional.of(problem));
    }
}
