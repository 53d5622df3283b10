package dev.bulwark.server.api;

import dev.bulwark.core.decision.Decision;
import dev.bulwark.server.http.Problem;
import java.util.Optional;

/** The result for one item of a batch, at its position: the decision (status 200) or the problem that refused it. */
public record BatchItem(int index, int status, Optional<Decision> decision, Optional<Problem> problem) {
    /** An accepted item. */
    static BatchItem decided(int index, Decision decision) {
        return new BatchItem(index, 200, Optional.of(decision), Optional.empty());
    }

    /** A refused item. */
    static BatchItem refused(int index, Problem problem) {
        return new BatchItem(index, problem.status(), Optional.empty(), Optional.of(problem));
    }
}
