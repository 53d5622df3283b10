package dev.bulwark.sim.behaviour;

import dev.bulwark.sim.engine.Rng;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Account;
import dev.bulwark.sim.population.Buyer;
import dev.bulwark.sim.population.Card;
import dev.bulwark.sim.population.Entity;
import dev.bulwark.sim.population.Order;
import dev.bulwark.sim.population.Region;
import dev.bulwark.sim.truth.Tag;
import dev.bulwark.sim.truth.Taint;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The delayed ground truth a platform receives, emitted in time order: chargebacks from card networks,
 * investigation findings that ban fraud accounts, and appeals that clear good users who looked odd.
 */
public final class Verdicts {
    /** Chance that a good user's odd visit is later reviewed and cleared on appeal. */
    static final double APPEAL = 0.08;
    private final World w;
    private final Rng rng;
    private final Set<String> confirmed = new HashSet<>();
    private Consumer<Account> onBan = a -> { };

    Verdicts(World w) {
        this.w = w;
        this.rng = w.rng;
    }

    /** Sets what happens after an investigation bans an account (fraud rings re-register sellers). */
    public void onBan(Consumer<Account> listener) {
        this.onBan = listener;
    }

    /** Schedules the chargeback the order is destined for, if any, and its label when it is fraud. */
    public void chargeback(Order o, long delay) {
        w.clock.after(delay, () -> {
            Taint fraud = o.chargebackFraud;
            w.orders.chargeback(o, Tag.label(fraud));
            if (fraud != null) {
                w.clock.after(rng.range(2 * Time.HOUR, 3 * Time.DAY), () -> w.money.label("fraud",
                        fraud.typology().labelKey(), o.placedEventId, o, "chargeback", fraud.ringId(), Tag.label(fraud), o.ref()));
            }
        });
    }

    /** Schedules a chargeback of a coin purchase and, when it is fraud, its label naming the payment. */
    public void coinChargeback(Buyer b, Card card, long amount, String paymentEventId, @Nullable Taint fraud, long delay) {
        String reason = fraud == null ? "13.1" : rng.pick("10.4", "10.4", "4837", "13.2");
        w.clock.after(delay, () -> {
            w.orders.coinChargeback(b, card, amount, reason, Tag.label(fraud));
            if (fraud != null) {
                w.clock.after(rng.range(2 * Time.HOUR, 3 * Time.DAY), () -> w.money.label("fraud",
                        fraud.typology().labelKey(), paymentEventId, card, "chargeback", fraud.ringId(), Tag.label(fraud), card.ref()));
            }
        });
    }

    /**
     * Maybe opens an investigation into a malicious entity that confirms it some days later; a confirmed
     * account is banned and stops acting.
     */
    public void investigate(Entity e) {
        if (e.taint() != null && rng.chance(w.config.investigationRate())) {
            confirm(e, rng.range(3 * Time.DAY, 12 * Time.DAY), 3);
        }
    }

    /** Confirms a malicious entity by investigation after {@code delay}, whatever the investigation rate. */
    public void confirm(Entity e, long delay) {
        confirm(e, delay, 3);
    }

    /** After a good user's odd visit, sometimes a review flags it and an appeal clears the account. */
    public void maybeAppeal(Account a) {
        if (a.taint() == null && rng.chance(APPEAL)) {
            w.clock.after(rng.range(2 * Time.DAY, 9 * Time.DAY), () -> {
                if (a.taint() == null) {
                    w.money.label("legit", null, null, a, "appeal", null, Tag.label(null), a.ref());
                }
            });
        }
    }

    /** The local-currency amount of a US-dollar figure, for thresholds. */
    static long local(Region r, double usd) {
        return Math.round(usd * r.fx() * r.minorPerMajor());
    }

    private void confirm(Entity e, long delay, int tries) {
        w.clock.after(delay, () -> {
            Taint t = e.taint();
            if (t == null) {
                return;
            }
            if (confirmed.contains(e.ref())) {
                return;
            }
            if (!e.announced()) {
                if (tries > 0) {
                    confirm(e, rng.range(2 * Time.DAY, 5 * Time.DAY), tries - 1);
                }
                return;
            }
            confirmed.add(e.ref());
            w.money.label("fraud", t.typology().labelKey(), null, e, "investigation", t.ringId(), Tag.label(t), e.ref());
            if (e instanceof Account a && !a.banned) {
                a.banned = true;
                w.pop.retire(a);
                onBan.accept(a);
            }
        });
    }
}
