package dev.bulwark.sim.fraud;

import dev.bulwark.sim.engine.Ids;
import dev.bulwark.sim.engine.Rng;
import dev.bulwark.sim.population.Region;
import java.util.ArrayList;
import java.util.List;

/** Forms crews for new campaigns: usually a new ring, sometimes a recent one branching out to another scheme. */
final class Crews {
    private static final int RECENT = 24;
    private final Rng rng;
    private final Ids ids;
    private final List<Crew> recent = new ArrayList<>();

    Crews(Rng rng, Ids ids) {
        this.rng = rng;
        this.ids = ids;
    }

    /** A crew for a new campaign; {@code reuse} is the chance it is a recent crew rather than a new one. */
    Crew form(double reuse) {
        if (!recent.isEmpty() && rng.chance(reuse)) {
            return recent.get(rng.below(recent.size()));
        }
        Crew crew = new Crew(ids.next(Ids.Kind.RING), Region.values()[rng.weighted(Region.weights())], rng.chance(0.5));
        recent.add(crew);
        if (recent.size() > RECENT) {
            recent.remove(0);
        }
        return crew;
    }
}
