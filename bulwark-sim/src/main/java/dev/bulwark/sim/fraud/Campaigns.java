package dev.bulwark.sim.fraud;

import dev.bulwark.sim.Typology;
import dev.bulwark.sim.behaviour.World;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Account;
import dev.bulwark.sim.population.Seller;
import java.util.EnumMap;
import java.util.Map;

/**
 * Starts fraud campaigns: every simulated hour a Poisson number per typology, at the configured rate times the
 * population scale, after the warm-up; the drift typology only after the drift start.
 */
public final class Campaigns {
    /** Chance that a banned fraudulent seller of another typology comes back as a new seller. */
    static final double RETURN_AFTER_BAN = 0.35;
    private final World w;
    private final Crews crews;
    private final Map<Typology, Scheme> schemes = new EnumMap<>(Typology.class);
    private final SellerReRegistration reRegistration;
    private final long warmupEnd;
    private final long driftStart;

    /** The campaigns of {@code w}'s configuration. */
    public Campaigns(World w) {
        this.w = w;
        Kit kit = new Kit(w);
        this.crews = new Crews(w.rng, w.ids);
        this.reRegistration = new SellerReRegistration(kit);
        schemes.put(Typology.FAKE_ACCOUNT, new FakeAccounts(kit));
        schemes.put(Typology.PROMO_ABUSE, new PromoAbuse(kit));
        schemes.put(Typology.ACCOUNT_TAKEOVER, new CredentialStuffing(kit));
        schemes.put(Typology.CARD_TESTING, new CardTesting(kit));
        schemes.put(Typology.STOLEN_PAYMENT, new StolenCards(kit));
        schemes.put(Typology.REFUND_ABUSE, new RefundAbuse(kit));
        schemes.put(Typology.FRIENDLY_FRAUD, new FriendlyFraud(kit));
        schemes.put(Typology.BRUSHING, new Brushing(kit));
        schemes.put(Typology.AFFILIATE_FRAUD, new AffiliateFraud(kit));
        schemes.put(Typology.KYC_FRAUD, new KycFraud(kit));
        schemes.put(Typology.SELLER_FRAUD, reRegistration);
        schemes.put(Typology.NON_DELIVERY, new NonDelivery(kit));
        schemes.put(Typology.PAYOUT_TAKEOVER, new PayoutTakeover(kit));
        schemes.put(Typology.GIFT_LAUNDERING, new GiftLaundering(kit));
        schemes.put(Typology.GIFT_CHARGEBACK, new GiftChargeback(kit));
        schemes.put(Typology.SIM_SWAP_TAKEOVER, new SimSwapTakeover(kit));
        long run = w.clock.end() - w.clock.start();
        this.warmupEnd = w.clock.start() + Math.min((long) (run * w.config.warmup()), 2 * Time.DAY);
        this.driftStart = w.clock.start() + (long) (run * w.config.driftStart());
    }

    /** Schedules the hourly campaign starts and the re-registration of banned fraud sellers. */
    public void start() {
        w.verdicts.onBan(this::banned);
        w.clock.at(warmupEnd, this::tick);
    }

    private void tick() {
        long now = w.now();
        for (Typology t : Typology.values()) {
            if (t.isDrift() && now < driftStart) {
                continue;
            }
            int n = w.rng.poisson(w.config.rates().of(t) * w.config.scale() / 24);
            for (int i = 0; i < n; i++) {
                long at = now + w.rng.range(0, Time.HOUR);
                w.clock.at(t.isDrift() ? Math.max(at, driftStart) : at, () -> schemes.get(t).launch(crews.form(reuse(t))));
            }
        }
        w.clock.at(now + Time.HOUR, this::tick);
    }

    private void banned(Account a) {
        if (a instanceof Seller s && s.taint() != null
                && (s.taint().typology() == Typology.SELLER_FRAUD || w.rng.chance(RETURN_AFTER_BAN))) {
            w.clock.after(w.rng.range(Time.DAY, 5 * Time.DAY), () -> reRegistration.returnAs(s));
        }
    }

    private static double reuse(Typology t) {
        return switch (t) {
            case STOLEN_PAYMENT, GIFT_LAUNDERING -> 0.4;
            case CARD_TESTING, SELLER_FRAUD -> 0.1;
            default -> 0.15;
        };
    }
}
