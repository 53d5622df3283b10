package dev.bulwark.sim.fraud;

import dev.bulwark.sim.Typology;
import dev.bulwark.sim.behaviour.Onboarding;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Entity;
import dev.bulwark.sim.population.Seller;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Taint;

/**
 * Re-registration of banned sellers: after an investigation bans a fraudulent seller, the same people come
 * back as a new seller that reuses at least one of the old device, phone, payout account or document, and
 * scams again. A campaign starts with a seller that is banned within days; other banned fraud sellers also
 * return this way.
 */
final class SellerReRegistration implements Scheme {
    private final Kit kit;
    private final Sellers sellers;
    private final Scam scam;

    SellerReRegistration(Kit kit) {
        this.kit = kit;
        this.sellers = new Sellers(kit);
        this.scam = new Scam(kit);
    }

    @Override
    public void launch(Crew crew) {
        Taint t = crew.taint(Typology.SELLER_FRAUD);
        Seller[] s = new Seller[1];
        s[0] = sellers.register(crew, t, kit.session(crew, t, 1), kit.w.catalog.category(), kit.mule(crew, t, 2),
                kit.document(crew, t, 0.0), Onboarding.KycOdds.GOOD, 0.2, () -> {
                    scam.run(s[0], crew, t, 12);
                    kit.w.verdicts.confirm(s[0], kit.rng.range(2 * Time.DAY, 4 * Time.DAY));
                });
    }

    /** The people behind the banned {@code old} seller return with a new account sharing its identifiers. */
    void returnAs(Seller old) {
        Taint oldTaint = old.taint();
        if (oldTaint == null) {
            return;
        }
        Crew crew = new Crew(oldTaint.ringId(), old.region, kit.rng.chance(0.5));
        Taint t = crew.taint(Typology.SELLER_FRAUD);
        boolean device = kit.rng.chance(0.6);
        boolean phone = kit.rng.chance(0.5);
        boolean payout = kit.rng.chance(0.4);
        boolean document = !(device || phone || payout) || kit.rng.chance(0.5);
        Entity ip = kit.rng.chance(0.5) ? kit.w.net.neighbour(old.homeIp, kit.rng) : kit.ip(crew, t);
        ip.taint(t);
        Session s = new Session(device ? old.device() : kit.device(crew, t, 1), ip);
        Entity account = payout ? old.payout : kit.mule(crew, t, 1);
        String doc = document ? old.documentHash : kit.document(crew, t, 0.0);
        Entity oldPhone = old.phone;
        Entity number = phone && oldPhone != null ? oldPhone : kit.phone(crew, t, crew.region, 0.0);
        Seller[] n = new Seller[1];
        n[0] = sellers.register(crew, t, s, old.category, account, doc, number, Onboarding.KycOdds.GOOD, 0.2,
                () -> scam.run(n[0], crew, t, kit.rng.between(8, 15)));
    }
}
