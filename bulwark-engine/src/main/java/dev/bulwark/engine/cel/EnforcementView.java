package dev.bulwark.engine.cel;

import dev.bulwark.core.event.EntityType;
import java.time.Instant;
import java.util.List;

/** What rules may see of the enforcements active on an event's entities. */
public interface EnforcementView {
    /** No enforcements anywhere. */
    EnforcementView NONE = new EnforcementView() {
        @Override
        public long level(EntityType type, String id, Instant time) {
            return 0;
        }

        @Override
        public List<String> suspended(EntityType type, String id, Instant time) {
            return List.of();
        }
    };

    /** The highest active rung on the entity: 0 none, 1 warn, 2 limit, 3 suspend_capability, 4 suspend_account, 5 ban. */
    long level(EntityType type, String id, Instant time);

    /** The capabilities suspended on the entity, by key (e.g. {@code checkout}). */
    List<String> suspended(EntityType type, String id, Instant time);
}
