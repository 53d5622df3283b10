package dev.bulwark.sim.behaviour;

import dev.bulwark.sim.engine.Action;
import dev.bulwark.sim.engine.Ids;
import dev.bulwark.sim.engine.Rng;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Account;
import dev.bulwark.sim.population.Buyer;
import dev.bulwark.sim.population.Creator;
import dev.bulwark.sim.population.Entity;
import dev.bulwark.sim.population.Region;
import dev.bulwark.sim.population.Seller;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;
import org.jspecify.annotations.Nullable;

/** Registration of buyers, sellers and creators, and identity verification (KYC) for sellers and hosts. */
public final class Onboarding {
    /** Odds of a KYC outcome: approved outright, sent to manual review (approved later), else rejected. */
    public record KycOdds(double approved, double review) {
        /** Genuine applicants. */
        public static final KycOdds GOOD = new KycOdds(0.88, 0.07);
        /** Synthetic or stolen identities: most pass, more go to review. */
        public static final KycOdds SYNTHETIC = new KycOdds(0.68, 0.22);
    }

    private static final String[] FOREIGN = {"US", "GB", "DE", "BR", "ID", "IN", "CN", "NG", "VN", "RO", "TR", "PH", "MX"};
    private static final String[] DOCS = {"id_card", "id_card", "passport", "driver_license", "business_registration"};
    private static final String[] REJECTIONS = {"blurry_document", "expired_document", "name_mismatch", "selfie_mismatch"};
    private final World w;
    private final Rng rng;

    Onboarding(World w) {
        this.w = w;
        this.rng = w.rng;
    }

    /** The new-user promotion code of a region. */
    public static String welcomeCode(Region r) {
        return switch (r) {
            case US -> "WELCOME10";
            case GB -> "HELLO10";
            case DE -> "WILLKOMMEN10";
            case BR -> "BEMVINDO10";
            case ID -> "HALOBARU10";
        };
    }

    /** A document-issuing country other than home, for expats and for identities bought abroad. */
    public static String foreignCountry(Rng rng) {
        return rng.pick(FOREIGN);
    }

    /** A new buyer created now, signing up from {@code s}; not yet registered or added to the population. */
    public Buyer buyer(Region r, Entity email, @Nullable Entity phone, Session s) {
        Buyer b = new Buyer(w.ids.next(Ids.Kind.BUYER), r, w.now(), email, s.device(), s.ip());
        b.phone = phone;
        b.mobile = rng.chance(r.mobileShare());
        b.activity = Math.min(12, rng.lognormal(1.4, 0.9));
        b.viewer = rng.chance(0.25);
        b.giftBudget = (int) Math.min(60_000, rng.lognormal(120, 1.3));
        return b;
    }

    /** Emits the registration and, seconds later, the first login. */
    public void register(Account a, Session s, @Nullable String promo, @Nullable Account referrer, Tag tag) {
        w.accounts.registered(a, s, promo, referrer, tag);
        w.clock.after(rng.range(5 * Time.SECOND, 50 * Time.SECOND), () -> w.accounts.login(a, s, true, null, "password", tag));
    }

    /**
     * Submits identity documents and emits the outcome hours later: approval runs {@code onApproved}; a
     * rejection leads to one resubmission of the same document a day or two later.
     */
    public void kyc(Account a, Session s, String documentHash, String country, KycOdds odds, Tag tag, Action onApproved) {
        kyc(a, s, documentHash, country, odds, tag, onApproved, 1);
    }

    /** A good buyer signs up, sometimes from a family member's device, and often shops soon after. */
    void goodBuyer(Region r) {
        Buyer relative = rng.chance(0.03) ? w.pop.buyer(r, rng) : null;
        Entity device = relative != null ? relative.device() : w.ident.device();
        boolean mobile = rng.chance(r.mobileShare());
        Entity ip = relative != null ? relative.homeIp : mobile ? w.net.mobile(r, rng) : w.net.residential(r, rng);
        Entity email = rng.chance(0.004) ? w.ident.privacyEmail(r) : w.ident.webmail(r);
        Session s = new Session(device, ip);
        Buyer b = buyer(r, email, rng.chance(0.75) ? w.ident.phone(r) : null, s);
        b.mobile = mobile;
        if (relative != null && !relative.addresses.isEmpty()) {
            b.addresses.add(relative.addresses.get(0));
        }
        String promo = rng.chance(0.45) ? welcomeCode(r) : null;
        Account referrer = rng.chance(0.08) ? w.pop.buyer(r, rng) : null;
        register(b, s, promo, referrer, Tag.BENIGN);
        w.pop.addBuyer(b, true);
        if (rng.chance(0.7)) {
            w.clock.after(rng.range(10 * Time.MINUTE, 3 * Time.DAY), () -> w.buyers.session(b));
        }
    }

    /** A good seller signs up, passes KYC, is onboarded and lists products. */
    void goodSeller(Region r) {
        Session s = new Session(w.ident.device(), w.net.residential(r, rng));
        Seller seller = new Seller(w.ids.next(Ids.Kind.SELLER), r, w.now(), w.ident.webmail(r), s.device(), s.ip(),
                w.catalog.category(), w.ident.payout());
        seller.phone = w.ident.phone(r);
        seller.popularity = rng.lognormal(0.5, 1.0);
        seller.handlingHours = rng.lognormal(30, 0.5);
        seller.documentHash = w.ident.documentHash();
        register(seller, s, null, null, Tag.BENIGN);
        String country = rng.chance(0.96) ? r.name() : foreignCountry(rng);
        w.clock.after(rng.range(10 * Time.MINUTE, 2 * Time.DAY), () -> kyc(seller, s, seller.documentHash, country,
                KycOdds.GOOD, Tag.BENIGN, () -> w.sellers.onboard(seller, s, Tag.BENIGN, rng.between(3, 15))));
    }

    /** A good creator signs up as an affiliate, a live host (with KYC), or both. */
    void goodCreator(Region r) {
        Session s = new Session(w.ident.device(), rng.chance(r.mobileShare()) ? w.net.mobile(r, rng) : w.net.residential(r, rng));
        Creator c = new Creator(w.ids.next(Ids.Kind.CREATOR), r, w.now(), w.ident.webmail(r), s.device(), s.ip());
        c.phone = w.ident.phone(r);
        c.popularity = rng.lognormal(0.5, 1.2);
        boolean host = rng.chance(0.35);
        c.affiliate = !host || rng.chance(0.3);
        register(c, s, null, null, Tag.BENIGN);
        if (c.affiliate) {
            w.pop.addCreator(c);
        }
        if (host) {
            c.documentHash = w.ident.documentHash();
            w.clock.after(rng.range(Time.HOUR, 3 * Time.DAY), () -> kyc(c, s, c.documentHash, r.name(), KycOdds.GOOD,
                    Tag.BENIGN, () -> {
                        c.host = true;
                        w.pop.addCreator(c);
                    }));
        }
        w.clock.after(rng.range(Time.HOUR, 5 * Time.DAY), () -> w.creators.setPayout(c, w.ident.payout(), s, Tag.BENIGN));
    }

    private void kyc(Account a, Session s, String hash, String country, KycOdds odds, Tag tag, Action onApproved, int retries) {
        String kycId = w.ids.next(Ids.Kind.KYC);
        w.accounts.kycSubmitted(a, kycId, rng.pick(DOCS), hash, w.ident.document(hash), country, s, tag);
        w.clock.after(rng.range(2 * Time.HOUR, 40 * Time.HOUR), () -> {
            double u = rng.u();
            if (u < odds.approved()) {
                w.accounts.kycResult(a, kycId, "approved", null, tag);
                onApproved.run();
            } else if (u < odds.approved() + odds.review()) {
                w.accounts.kycResult(a, kycId, "manual_review", null, tag);
                w.clock.after(rng.range(Time.DAY, 3 * Time.DAY), () -> {
                    w.accounts.kycResult(a, kycId, "approved", null, tag);
                    onApproved.run();
                });
            } else {
                w.accounts.kycResult(a, kycId, "rejected", rng.pick(REJECTIONS), tag);
                if (retries > 0) {
                    w.clock.after(rng.range(Time.DAY, 2 * Time.DAY), () -> kyc(a, s, hash, country, odds, tag, onApproved, retries - 1));
                }
            }
        });
    }
}
