package dev.bulwark.sim.fraud;

import dev.bulwark.sim.Typology;
import dev.bulwark.sim.behaviour.Onboarding;
import dev.bulwark.sim.population.Category;
import dev.bulwark.sim.population.Seller;
import dev.bulwark.sim.truth.Taint;

/** Non-delivery scams: a new seller, verified with a mule's real documents, takes orders it never fulfils. */
final class NonDelivery implements Scheme {
    private final Kit kit;
    private final Sellers sellers;
    private final Scam scam;

    NonDelivery(Kit kit) {
        this.kit = kit;
        this.sellers = new Sellers(kit);
        this.scam = new Scam(kit);
    }

    @Override
    public void launch(Crew crew) {
        Taint t = crew.taint(Typology.NON_DELIVERY);
        Seller[] s = new Seller[1];
        s[0] = sellers.register(crew, t, kit.session(crew, t, 2), Category.ELECTRONICS, kit.mule(crew, t, 2),
                kit.document(crew, t, 0.2), Onboarding.KycOdds.GOOD, 0.2, () -> scam.run(s[0], crew, t, kit.rng.between(8, 18)));
    }
}
