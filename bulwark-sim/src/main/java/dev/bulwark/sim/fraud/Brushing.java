package dev.bulwark.sim.fraud;

import dev.bulwark.sim.Typology;
import dev.bulwark.sim.behaviour.Onboarding;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Buyer;
import dev.bulwark.sim.population.Card;
import dev.bulwark.sim.population.Category;
import dev.bulwark.sim.population.Entity;
import dev.bulwark.sim.population.Listing;
import dev.bulwark.sim.population.Order;
import dev.bulwark.sim.population.Seller;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;
import dev.bulwark.sim.truth.Taint;
import java.util.ArrayList;
import java.util.List;

/**
 * Brushing: a seller buys its own cheap listings through buyer accounts it controls (registered in a burst on
 * a few devices, sometimes the seller's own), paying with a few shared cards and shipping near-empty parcels to
 * crew addresses or to strangers' real addresses, to fake sales and reviews. Its real business goes on as cover.
 */
final class Brushing implements Scheme {
    private final Kit kit;
    private final Sellers sellers;

    Brushing(Kit kit) {
        this.kit = kit;
        this.sellers = new Sellers(kit);
    }

    @Override
    public void launch(Crew crew) {
        Taint t = crew.taint(Typology.BRUSHING);
        Seller existing = kit.rng.chance(0.5) ? sellers.established(crew) : null;
        if (existing != null) {
            existing.taint(t);
            kit.w.verdicts.investigate(existing);
            kit.w.clock.after(kit.rng.range(Time.HOUR, Time.DAY), () -> start(crew, t, existing));
        } else {
            Session s = kit.session(crew, t, 2);
            Seller[] holder = new Seller[1];
            holder[0] = sellers.register(crew, t, s, kit.w.catalog.category(), kit.w.ident.payout(), kit.document(crew, t, 0.0),
                    Onboarding.KycOdds.GOOD, kit.rng.lognormal(0.5, 0.5), () -> start(crew, t, holder[0]));
        }
    }

    private void start(Crew crew, Taint t, Seller seller) {
        if (seller.banned) {
            return;
        }
        List<Listing> cheap = new ArrayList<>();
        for (int i = 0, n = kit.rng.between(2, 5); i < n; i++) {
            Category c = kit.rng.pick(Category.ACCESSORIES, Category.BEAUTY, Category.FASHION, Category.TOYS);
            Listing l = kit.w.catalog.listing(seller, c, kit.rng.uniform(0.1, 0.3));
            cheap.add(l);
            kit.w.clock.after(kit.rng.range(Time.MINUTE, 2 * Time.HOUR), () -> kit.w.sellers.list(seller, l, Tag.attack(t)));
        }
        List<Card> cards = new ArrayList<>();
        for (int i = 0, n = kit.rng.between(1, 3); i < n; i++) {
            Card c = kit.w.ident.card(seller.region, 0.2);
            c.taint(t);
            cards.add(c);
        }
        boolean strangers = kit.rng.chance(0.5);
        int buyers = kit.rng.between(5, 15);
        for (int i = 0; i < buyers; i++) {
            kit.w.clock.after(kit.rng.range(Time.HOUR, 12 * Time.HOUR), () -> recruit(crew, t, seller, cheap, cards, strangers));
        }
    }

    private void recruit(Crew crew, Taint t, Seller seller, List<Listing> cheap, List<Card> cards, boolean strangers) {
        Entity device = kit.rng.chance(0.4) ? seller.device() : kit.device(crew, t, 2);
        Session s = new Session(device, kit.rng.chance(0.5) ? seller.homeIp : kit.ip(crew, t));
        Buyer b = kit.fakeBuyer(crew, t, s, 0.3, null, null);
        b.cards.add(kit.rng.pick(cards));
        Buyer stranger = strangers ? kit.w.pop.anyBuyer(seller.region, kit.rng) : null;
        b.addresses.add(stranger != null && !stranger.addresses.isEmpty() ? stranger.addresses.get(0) : kit.dropAddress(crew, t, 3));
        for (int k = 0, n = kit.rng.between(2, 6); k < n; k++) {
            kit.w.clock.after(kit.rng.range(30 * Time.MINUTE, 8 * Time.DAY), () -> order(b, s, t, cheap));
        }
    }

    private void order(Buyer b, Session s, Taint t, List<Listing> cheap) {
        Listing l = kit.rng.pick(cheap);
        if (b.banned || l.seller.banned) {
            return;
        }
        kit.w.accounts.login(b, s, true, null, "token", Tag.attack(t));
        Order o = kit.w.shopping.order(b, s, l, kit.rng.chance(0.8) ? 1 : 2, b.cards.get(0), b.addresses.get(0), null);
        o.buyerScheme = t;
        o.sellerScheme = t;
        o.emptyParcel = true;
        kit.w.clock.after(kit.rng.range(Time.MINUTE, 10 * Time.MINUTE), () -> kit.w.shopping.place(o, 0.02, List.of()));
    }
}
