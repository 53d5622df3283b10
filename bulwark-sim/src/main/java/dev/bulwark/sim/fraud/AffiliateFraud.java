package dev.bulwark.sim.fraud;

import dev.bulwark.sim.Typology;
import dev.bulwark.sim.behaviour.Onboarding;
import dev.bulwark.sim.engine.Ids;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.AfterSale;
import dev.bulwark.sim.population.Buyer;
import dev.bulwark.sim.population.Creator;
import dev.bulwark.sim.population.Link;
import dev.bulwark.sim.population.Listing;
import dev.bulwark.sim.population.Order;
import dev.bulwark.sim.population.Seller;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;
import dev.bulwark.sim.truth.Taint;
import java.util.ArrayList;
import java.util.List;

/**
 * Affiliate commission fraud: a creator buys through its own links from accounts on its own device and
 * address (self-purchase), or colludes with a seller who pays an inflated commission on orders placed by
 * controlled buyers; many of those orders are returned once the commission has settled.
 */
final class AffiliateFraud implements Scheme {
    private final Kit kit;
    private final Sellers sellers;

    AffiliateFraud(Kit kit) {
        this.kit = kit;
        this.sellers = new Sellers(kit);
    }

    @Override
    public void launch(Crew crew) {
        Taint t = crew.taint(Typology.AFFILIATE_FRAUD);
        Session home = kit.session(crew, t, 2);
        Creator creator = new Creator(kit.w.ids.next(Ids.Kind.CREATOR), crew.region, kit.w.now(),
                kit.email(crew.region, t, 0.15), home.device(), home.ip());
        creator.phone = kit.phone(crew, t, crew.region, 0.2);
        creator.taint(t);
        creator.affiliate = true;
        creator.popularity = 0.2;
        kit.w.onboarding.register(creator, home, null, null, Tag.attack(t));
        kit.w.pop.addCreator(creator);
        kit.w.verdicts.investigate(creator);
        kit.w.clock.after(kit.rng.range(Time.HOUR, Time.DAY), () -> kit.w.creators.setPayout(creator, kit.mule(crew, t, 2), home, Tag.attack(t)));
        if (kit.rng.chance(0.5)) {
            Seller[] partner = new Seller[1];
            partner[0] = sellers.register(crew, t, kit.session(crew, t, 2), kit.w.catalog.category(), kit.mule(crew, t, 2),
                    kit.document(crew, t, 0.3), Onboarding.KycOdds.GOOD, 0.3, () -> collude(crew, t, creator, partner[0]));
        } else {
            kit.w.clock.after(kit.rng.range(2 * Time.HOUR, 2 * Time.DAY), () -> selfPurchase(crew, t, creator, home));
        }
    }

    private void selfPurchase(Crew crew, Taint t, Creator creator, Session home) {
        List<Link> links = links(creator, t, kit.rng.between(2, 5));
        for (int i = 0, n = kit.rng.between(1, 3); i < n; i++) {
            Buyer b = kit.fakeBuyer(crew, t, new Session(creator.device(), kit.rng.chance(0.7) ? home.ip() : kit.ip(crew, t)), 0.1, null, null);
            b.addresses.add(kit.dropAddress(crew, t, 1));
            kit.ensureWallet(b, crew, t);
            orders(b, t, links, kit.rng.between(3, 8), false);
        }
    }

    private void collude(Crew crew, Taint t, Creator creator, Seller seller) {
        if (seller.banned || creator.banned) {
            return;
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0, n = kit.rng.between(2, 4); i < n; i++) {
            Listing l = kit.w.catalog.listing(seller);
            kit.w.sellers.list(seller, l, Tag.attack(t));
            links.add(kit.w.creators.link(creator, l, Tag.attack(t)));
        }
        for (int i = 0, n = kit.rng.between(3, 10); i < n; i++) {
            Session s = new Session(kit.rng.chance(0.4) ? creator.device() : kit.device(crew, t, 3), kit.ip(crew, t));
            kit.w.clock.after(kit.rng.range(Time.HOUR, 3 * Time.DAY), () -> {
                Buyer b = kit.fakeBuyer(crew, t, s, 0.2, null, null);
                kit.ensureWallet(b, crew, t);
                orders(b, t, links, kit.rng.between(2, 6), true);
            });
        }
    }

    private List<Link> links(Creator creator, Taint t, int n) {
        List<Link> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Listing l = kit.w.pop.listing(creator.region, kit.rng);
            if (l != null) {
                out.add(kit.w.creators.link(creator, l, Tag.attack(t)));
            }
        }
        return out;
    }

    private void orders(Buyer b, Taint t, List<Link> links, int n, boolean inflated) {
        for (int k = 0; k < n; k++) {
            kit.w.clock.after(kit.rng.range(20 * Time.MINUTE, 10 * Time.DAY), () -> {
                if (b.banned || links.isEmpty()) {
                    return;
                }
                Link link = kit.rng.pick(links);
                Session s = new Session(b.device(), kit.w.habits.ip(b));
                kit.w.accounts.login(b, s, true, null, "token", Tag.attack(t));
                Order o = kit.w.shopping.order(b, s, link.listing(), 1, b.cards.get(0), b.addresses.get(0), link);
                o.buyerScheme = t;
                o.creatorScheme = t;
                if (inflated) {
                    o.sellerScheme = t;
                    o.commission = Math.round(o.amount * kit.rng.uniform(0.2, 0.35));
                }
                if (kit.rng.chance(0.6)) {
                    o.afterSale = AfterSale.RETURN_AFTER_SETTLEMENT;
                    o.claimScheme = t;
                }
                kit.w.shopping.place(o, 0.03, List.of());
            });
        }
    }
}
