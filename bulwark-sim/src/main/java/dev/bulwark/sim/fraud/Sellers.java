package dev.bulwark.sim.fraud;

import dev.bulwark.sim.behaviour.Onboarding;
import dev.bulwark.sim.engine.Action;
import dev.bulwark.sim.engine.Ids;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Category;
import dev.bulwark.sim.population.Entity;
import dev.bulwark.sim.population.Seller;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;
import dev.bulwark.sim.truth.Taint;
import org.jspecify.annotations.Nullable;

/** Seller accounts for fraud: registered and verified by the crew, or established sellers turned. */
final class Sellers {
    private final Kit kit;

    Sellers(Kit kit) {
        this.kit = kit;
    }

    /** An established good seller with listings, or null after a few tries. */
    @Nullable Seller established(Crew crew) {
        for (int i = 0; i < 30; i++) {
            Seller s = kit.w.pop.seller(crew.region, kit.rng);
            if (s != null && s.taint() == null && s.onboarded && !s.listings.isEmpty() && s.createdAt < kit.w.clock.start()) {
                return s;
            }
        }
        return null;
    }

    /**
     * Registers a new seller from {@code s} with the given identifiers, submits KYC with {@code document}, and
     * once approved onboards it and runs {@code onboarded}.
     */
    Seller register(Crew crew, Taint t, Session s, Category category, Entity payout, String document,
                    Onboarding.KycOdds odds, double popularity, Action onboarded) {
        return register(crew, t, s, category, payout, document, kit.phone(crew, t, crew.region, 0.0), odds, popularity, onboarded);
    }

    /** As {@link #register(Crew, Taint, Session, Category, Entity, String, Onboarding.KycOdds, double, Action)}, with a given phone. */
    Seller register(Crew crew, Taint t, Session s, Category category, Entity payout, String document, Entity phone,
                    Onboarding.KycOdds odds, double popularity, Action onboarded) {
        Seller seller = new Seller(kit.w.ids.next(Ids.Kind.SELLER), crew.region, kit.w.now(), kit.email(crew.region, t, 0.1),
                s.device(), s.ip(), category, payout);
        seller.phone = phone;
        seller.taint(t);
        seller.popularity = popularity;
        seller.handlingHours = kit.rng.lognormal(20, 0.4);
        seller.documentHash = document;
        payout.taint(t);
        kit.w.onboarding.register(seller, s, null, null, Tag.attack(t));
        kit.w.verdicts.investigate(seller);
        String country = kit.rng.chance(0.5) ? crew.region.name() : Onboarding.foreignCountry(kit.rng);
        kit.w.clock.after(kit.rng.range(15 * Time.MINUTE, 12 * Time.HOUR),
                () -> kit.w.onboarding.kyc(seller, s, document, country, odds, Tag.attack(t), () -> {
                    kit.w.sellers.onboard(seller, s, Tag.attack(t), 0);
                    kit.w.clock.after(kit.rng.range(Time.HOUR, 20 * Time.HOUR), onboarded);
                }));
        return seller;
    }
}
