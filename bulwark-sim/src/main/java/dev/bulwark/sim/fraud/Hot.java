package dev.bulwark.sim.fraud;

import dev.bulwark.sim.population.Listing;
import dev.bulwark.sim.population.Region;
import org.jspecify.annotations.Nullable;

/** Picks what fraud with other people's money buys: easily resold goods, preferably pricey. */
final class Hot {
    private Hot() {
    }

    /** A resellable listing of the region, the pricier of a few tries; null when none is found. */
    static @Nullable Listing listing(Kit kit, Region region) {
        Listing best = null;
        for (int i = 0; i < 40; i++) {
            Listing l = kit.w.pop.listing(region, kit.rng);
            if (l != null && l.category.resellable() && !l.seller.banned && (best == null || l.price > best.price)) {
                best = l;
                if (kit.rng.chance(0.3)) {
                    break;
                }
            }
        }
        return best;
    }
}
