package dev.bulwark.sim.fraud;

import dev.bulwark.sim.population.Buyer;
import dev.bulwark.sim.population.Region;
import org.jspecify.annotations.Nullable;

/** Finds established good buyers with a card and an address, the kind of account abusers start from. */
final class Turned {
    private Turned() {
    }

    /** An established, untainted buyer of the region with a card and an address, or null after a few tries. */
    static @Nullable Buyer buyer(Kit kit, Region region) {
        for (int i = 0; i < 30; i++) {
            Buyer b = kit.w.pop.buyer(region, kit.rng);
            if (b != null && b.taint() == null && !b.cards.isEmpty() && !b.addresses.isEmpty()
                    && b.createdAt < kit.w.clock.start()) {
                return b;
            }
        }
        return null;
    }
}
