package dev.bulwark.sim.population;

import dev.bulwark.sim.engine.Ids;
import dev.bulwark.sim.engine.Rng;
import dev.bulwark.sim.engine.Time;

/**
 * Creates the marketplace as it stands when the run begins: accounts that registered before the first event,
 * with their devices, cards, addresses, listings and links. None of this is emitted; it shows up as it is used.
 */
public final class PopulationSeeder {
    /** Buyers at scale 1. */
    public static final int BUYERS = 80_000;
    /** Sellers at scale 1. */
    public static final int SELLERS = 4_000;
    /** Creators at scale 1. */
    public static final int CREATORS = 2_000;

    private final Rng rng;
    private final Identities ident;
    private final Catalog catalog;
    private final Population pop;
    private final long start;

    /** A seeder filling {@code pop} for a run starting at {@code start}. */
    public PopulationSeeder(Rng rng, Identities ident, Catalog catalog, Population pop, long start) {
        this.rng = rng;
        this.ident = ident;
        this.catalog = catalog;
        this.pop = pop;
        this.start = start;
    }

    /** Creates sellers, creators and buyers in proportion to {@code scale}. */
    public void seed(double scale) {
        for (int i = 0, n = (int) Math.max(40, SELLERS * scale); i < n; i++) {
            pop.addSeller(seller(region()));
        }
        for (int i = 0, n = (int) Math.max(20, CREATORS * scale); i < n; i++) {
            pop.addCreator(creator(region()));
        }
        Buyer previous = null;
        for (int i = 0, n = (int) Math.max(500, BUYERS * scale); i < n; i++) {
            Region r = region();
            Buyer b = previous != null && previous.region == r && rng.chance(0.04) ? householdMember(previous) : buyer(r);
            pop.addBuyer(b, true);
            previous = b;
        }
    }

    private Region region() {
        return Region.values()[rng.weighted(Region.weights())];
    }

    private long pastCreation(int minDays, int maxDays) {
        return start - rng.range(minDays * Time.DAY, maxDays * Time.DAY);
    }

    private Buyer buyer(Region r) {
        Buyer b = new Buyer(ident.ids().next(Ids.Kind.BUYER), r, pastCreation(20, 1500), email(r), ident.device(),
                ident.networks().residential(r, rng));
        furnish(b);
        b.addresses.add(ident.address());
        if (rng.chance(0.12)) {
            b.addresses.add(ident.address());
        }
        b.cards.add(ident.card(r, 0.15));
        if (rng.chance(0.25)) {
            b.cards.add(ident.card(r, 0.3));
        }
        return b;
    }

    private Buyer householdMember(Buyer other) {
        Region r = other.region;
        Buyer b = new Buyer(ident.ids().next(Ids.Kind.BUYER), r, pastCreation(20, 1500), email(r), other.device(), other.homeIp);
        furnish(b);
        b.addresses.add(other.addresses.get(0));
        b.cards.add(rng.chance(0.3) ? other.cards.get(0) : ident.card(r, 0.15));
        return b;
    }

    private void furnish(Buyer b) {
        Region r = b.region;
        if (rng.chance(0.75)) {
            b.phone = ident.phone(r);
        }
        if (rng.chance(0.25)) {
            b.devices.add(ident.device());
        }
        b.mobile = rng.chance(r.mobileShare());
        b.activity = Math.min(12, rng.lognormal(1.0, 1.0));
        b.viewer = rng.chance(0.25);
        b.giftBudget = (int) Math.min(60_000, rng.lognormal(120, 1.3));
        b.coins = rng.chance(0.5) ? rng.between(0, 300) : 0;
    }

    private Entity email(Region r) {
        return rng.chance(0.004) ? ident.privacyEmail(r) : ident.webmail(r);
    }

    private Seller seller(Region r) {
        Seller s = new Seller(ident.ids().next(Ids.Kind.SELLER), r, pastCreation(30, 2000), ident.webmail(r),
                ident.device(), ident.networks().residential(r, rng), catalog.category(), ident.payout());
        s.phone = ident.phone(r);
        if (rng.chance(0.4)) {
            s.devices.add(ident.device());
        }
        s.popularity = Math.min(60, rng.lognormal(1.0, 1.2));
        s.handlingHours = rng.lognormal(26, 0.5);
        s.documentHash = ident.documentHash();
        s.onboarded = true;
        s.lastPayout = start - rng.range(0, 7 * Time.DAY);
        int listings = (int) Math.max(1, Math.min(150, rng.lognormal(10, 0.8)));
        for (int i = 0; i < listings; i++) {
            s.listings.add(catalog.listing(s));
        }
        return s;
    }

    private Creator creator(Region r) {
        Creator c = new Creator(ident.ids().next(Ids.Kind.CREATOR), r, pastCreation(30, 1500), ident.webmail(r),
                ident.device(), ident.networks().residential(r, rng));
        c.phone = ident.phone(r);
        c.mobile = rng.chance(r.mobileShare());
        c.host = rng.chance(0.3);
        c.affiliate = !c.host || rng.chance(0.3);
        c.popularity = Math.min(80, rng.lognormal(1.0, 1.3));
        c.payout = ident.payout();
        c.lastCashout = start - rng.range(0, 7 * Time.DAY);
        if (c.host) {
            c.documentHash = ident.documentHash();
        }
        if (c.affiliate) {
            for (int i = 0, n = rng.between(2, 20); i < n; i++) {
                Listing l = pop.listing(r, rng);
                if (l != null) {
                    c.links.add(new Link(ident.ids().next(Ids.Kind.LINK), c, l));
                }
            }
        }
        return c;
    }
}
