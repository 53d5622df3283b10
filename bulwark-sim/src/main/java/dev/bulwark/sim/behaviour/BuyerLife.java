package dev.bulwark.sim.behaviour;

import dev.bulwark.sim.Role;
import dev.bulwark.sim.engine.Rng;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Buyer;
import dev.bulwark.sim.population.Card;
import dev.bulwark.sim.population.Creator;
import dev.bulwark.sim.population.Entity;
import dev.bulwark.sim.population.Link;
import dev.bulwark.sim.population.Listing;
import dev.bulwark.sim.population.Order;
import dev.bulwark.sim.population.Region;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;
import java.util.ArrayList;
import java.util.List;

/** A good buyer's visit: sign in, browse, sometimes buy, rarely change a profile detail. */
public final class BuyerLife {
    /** Chance a visit ends in an order. */
    static final double ORDER = 0.20;
    /** Chance a visit changes a sensitive profile attribute. */
    static final double PROFILE_CHANGE = 0.004;
    private final World w;
    private final Rng rng;

    BuyerLife(World w) {
        this.w = w;
        this.rng = w.rng;
    }

    /** One visit of a good buyer. */
    void session(Buyer b) {
        if (b.banned) {
            return;
        }
        Session s = w.habits.session(b);
        w.habits.login(b, s, Tag.BENIGN, () -> {
            double u = rng.u();
            if (u < ORDER) {
                w.clock.after(rng.range(2 * Time.MINUTE, 25 * Time.MINUTE), () -> shop(b, s, Tag.BENIGN));
            } else if (u < ORDER + PROFILE_CHANGE) {
                w.clock.after(rng.range(Time.MINUTE, 10 * Time.MINUTE), () -> changeProfile(b, s));
            }
        });
    }

    /** An ordinary purchase: a popular listing, sometimes through an affiliate link, paid with the usual card. */
    public void shop(Buyer b, Session s, Tag tag) {
        Listing listing = null;
        Link link = null;
        Region market = rng.chance(0.06) ? rng.pick(Region.values()) : b.region;
        if (rng.chance(0.12)) {
            Creator c = w.pop.affiliate(market, rng);
            if (c != null && !c.links.isEmpty()) {
                link = rng.pick(c.links);
                listing = link.listing();
            }
        }
        if (listing == null) {
            listing = w.pop.listing(market, rng);
        }
        if (listing == null || listing.seller.banned) {
            return;
        }
        int qty = rng.chance(0.86) ? 1 : rng.chance(0.7) ? 2 : rng.between(3, 5);
        Order o = w.shopping.order(b, s, listing, qty, card(b), address(b), link);
        if (b.orders == 0 && b.createdAt >= w.clock.start() && rng.chance(0.55)) {
            w.shopping.discount(o, Onboarding.welcomeCode(b.region), rng.uniform(0.10, 0.15));
        } else if (rng.chance(0.03)) {
            w.shopping.discount(o, "FLASH5", 0.05);
        }
        if (tag.role() == Role.BENIGN) {
            w.afterSales.planGood(o);
        }
        w.shopping.place(o, Shopping.GOOD_DECLINE, fallbacks(b, o.card));
        if (rng.chance(0.08)) {
            w.clock.after(rng.range(5 * Time.MINUTE, 40 * Time.MINUTE), () -> shop(b, s, tag));
        }
    }

    private Card card(Buyer b) {
        if (b.cards.isEmpty() || rng.chance(0.01)) {
            Card c = w.ident.card(rng.chance(0.97) ? b.region : rng.pick(Region.values()), 0.15);
            b.cards.add(c);
            return c;
        }
        return b.cards.size() > 1 && rng.chance(0.15) ? b.cards.get(1 + rng.below(b.cards.size() - 1)) : b.cards.get(0);
    }

    private Entity address(Buyer b) {
        if (b.addresses.isEmpty() || rng.chance(0.02)) {
            b.addresses.add(w.ident.address());
            return b.addresses.get(b.addresses.size() - 1);
        }
        return b.addresses.size() > 1 && rng.chance(0.1) ? b.addresses.get(1) : b.addresses.get(0);
    }

    private List<Card> fallbacks(Buyer b, Card used) {
        List<Card> out = new ArrayList<>(1);
        if (rng.chance(0.6)) {
            Card other = null;
            for (Card c : b.cards) {
                if (c != used) {
                    other = c;
                    break;
                }
            }
            out.add(other != null ? other : newCard(b));
        }
        return out;
    }

    private Card newCard(Buyer b) {
        Card c = w.ident.card(b.region, 0.2);
        b.cards.add(c);
        return c;
    }

    private void changeProfile(Buyer b, Session s) {
        String attribute = rng.pick("address", "address", "address", "email", "phone", "password", "password");
        Entity value = null;
        switch (attribute) {
            case "address" -> {
                value = w.ident.address();
                b.addresses.add(0, value);
            }
            case "email" -> {
                value = w.ident.webmail(b.region);
                b.email = value;
            }
            case "phone" -> {
                value = w.ident.phone(b.region);
                b.phone = value;
            }
            default -> { }
        }
        w.accounts.profileChanged(b, attribute, value, s, Tag.BENIGN);
        if (attribute.equals("address") && rng.chance(0.4)) {
            w.clock.after(rng.range(5 * Time.MINUTE, 2 * Time.HOUR), () -> shop(b, s, Tag.BENIGN));
        }
    }
}
