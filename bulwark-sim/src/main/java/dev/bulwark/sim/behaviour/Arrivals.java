package dev.bulwark.sim.behaviour;

import dev.bulwark.sim.engine.Rng;
import dev.bulwark.sim.engine.Seasonality;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Buyer;
import dev.bulwark.sim.population.Creator;
import dev.bulwark.sim.population.Region;
import dev.bulwark.sim.population.Seller;
import java.util.List;
import java.util.function.Consumer;

/**
 * The arrival processes of good traffic: every simulated minute, per region, a Poisson number of visits and
 * sign-ups whose mean follows the local hour of day and day of week.
 */
public final class Arrivals {
    /** One arrival process: its daily mean at scale 1 and what an arrival does. */
    private record Stream(double perDay, Consumer<Region> arrive) {
    }

    /** Good buyer visits per day at scale 1. */
    public static final double BUYER_VISITS = 52_000;
    private final World w;
    private final Rng rng;
    private final List<Stream> streams;

    /** Arrival processes for {@code w}. */
    public Arrivals(World w) {
        this.w = w;
        this.rng = w.rng;
        this.streams = List.of(
                new Stream(BUYER_VISITS, r -> {
                    Buyer b = w.pop.buyer(r, rng);
                    if (b != null) {
                        w.buyers.session(b);
                    }
                }),
                new Stream(6_500, r -> {
                    Buyer b = w.pop.viewer(r, rng);
                    if (b != null) {
                        w.gifting.viewerSession(b);
                    }
                }),
                new Stream(4_500, r -> {
                    Seller s = w.pop.anySeller(r, rng);
                    if (s != null) {
                        w.sellers.session(s);
                    }
                }),
                new Stream(2_400, r -> {
                    Creator c = w.pop.anyCreator(r, rng);
                    if (c != null) {
                        w.creators.session(c);
                    }
                }),
                new Stream(800, w.onboarding::goodBuyer),
                new Stream(30, w.onboarding::goodSeller),
                new Stream(22, w.onboarding::goodCreator));
    }

    /** Schedules the first minute's arrivals. */
    public void start() {
        w.clock.at(w.clock.start(), this::tick);
    }

    private void tick() {
        long now = w.now();
        double scale = w.config.scale();
        for (Region r : Region.values()) {
            double f = Seasonality.factor(now, r.tzHours()) * r.weight() * scale / (24 * 60);
            for (Stream s : streams) {
                int n = rng.poisson(s.perDay * f);
                for (int i = 0; i < n; i++) {
                    w.clock.at(now + rng.range(0, Time.MINUTE), () -> s.arrive.accept(r));
                }
            }
        }
        w.clock.at(now + Time.MINUTE, this::tick);
    }
}
