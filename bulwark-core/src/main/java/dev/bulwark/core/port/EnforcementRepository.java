package dev.bulwark.core.port;

import dev.bulwark.core.decision.Enforcement;
import dev.bulwark.core.decision.Reversal;
import dev.bulwark.core.event.EntityRef;
import java.util.List;
import java.util.Optional;

/** Enforcements: written with their decision through {@link EventJournal#append}, read and reversed here. */
public interface EnforcementRepository {
    /** Every enforcement ever issued, oldest first (the engine rebuilds its ladder state from them). */
    List<Enforcement> enforcements();

    /** The enforcements on one entity, oldest first. */
    List<Enforcement> enforcements(EntityRef target);

    /** One enforcement by id. */
    Optional<Enforcement> enforcement(String id);

    /** Marks an enforcement reversed; returns the updated enforcement, empty when the id is unknown. */
    Optional<Enforcement> reverse(String id, Reversal reversal);
}
