package dev.bulwark.sim.fraud;

import dev.bulwark.sim.Typology;
import dev.bulwark.sim.behaviour.Onboarding;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Seller;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;
import dev.bulwark.sim.truth.Taint;

/**
 * Synthetic and stolen identities: a crew verifies several seller accounts (and sometimes a live host) with
 * the same one or two documents, often issued abroad, from shared devices and phones. Most run a scam once
 * onboarded; the rest list a few ordinary items and wait (cover).
 */
final class KycFraud implements Scheme {
    private final Kit kit;
    private final Sellers sellers;
    private final Scam scam;

    KycFraud(Kit kit) {
        this.kit = kit;
        this.sellers = new Sellers(kit);
        this.scam = new Scam(kit);
    }

    @Override
    public void launch(Crew crew) {
        Taint t = crew.taint(Typology.KYC_FRAUD);
        int accounts = kit.rng.between(2, 5);
        for (int i = 0; i < accounts; i++) {
            kit.w.clock.after(i == 0 ? 0 : kit.rng.range(2 * Time.HOUR, 4 * Time.DAY), () -> {
                if (kit.rng.chance(0.2) && crew.host == null) {
                    new Hosts(kit).recruit(crew, t);
                } else {
                    seller(crew, t);
                }
            });
        }
    }

    private void seller(Crew crew, Taint t) {
        Session s = kit.session(crew, t, 2);
        Seller[] holder = new Seller[1];
        boolean scams = kit.rng.chance(0.6);
        holder[0] = sellers.register(crew, t, s, kit.w.catalog.category(), kit.mule(crew, t, 2), kit.document(crew, t, 0.8),
                Onboarding.KycOdds.SYNTHETIC, 0.3, () -> {
                    if (scams) {
                        scam.run(holder[0], crew, t, kit.rng.between(6, 15));
                    } else {
                        for (int i = 0, n = kit.rng.between(1, 4); i < n; i++) {
                            kit.w.sellers.list(holder[0], kit.w.catalog.listing(holder[0]), Tag.cover(t));
                        }
                    }
                });
    }
}
