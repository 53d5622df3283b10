package dev.bulwark.sim.behaviour;

import dev.bulwark.sim.engine.Ids;
import dev.bulwark.sim.engine.Rng;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Buyer;
import dev.bulwark.sim.population.Card;
import dev.bulwark.sim.population.Creator;
import dev.bulwark.sim.population.Entity;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;
import org.jspecify.annotations.Nullable;

/** Live gifting: coin recharges, gifts to hosts during their streams, and hosts' cash-outs. */
public final class Gifting {
    /** Coin packs: coins and price in US cents. */
    private static final long[][] PACKS = {{70, 99}, {350, 499}, {700, 999}, {1400, 1999}, {3500, 4999}, {7000, 9999}, {17500, 24999}};
    private static final String[] GIFTS = {"rose", "heart", "finger_heart", "perfume", "doughnut", "cap", "hand_wave",
        "sunglasses", "corgi", "galaxy", "whale_diving", "lion", "universe"};
    private static final long[] GIFT_COINS = {1, 5, 9, 20, 30, 99, 100, 199, 299, 1000, 2150, 29999, 34999};
    /** What a host earns per coin, in US dollars. */
    static final double HOST_USD_PER_COIN = 0.005;
    private final World w;
    private final Rng rng;

    /** A successful recharge: the payment event and what was paid. */
    public record Recharge(String paymentEventId, long amount, Card card, long coins) {
    }

    Gifting(World w) {
        this.w = w;
        this.rng = w.rng;
    }

    /** The index of the smallest pack holding at least {@code coins}, or the largest pack. */
    public static int packFor(long coins) {
        for (int i = 0; i < PACKS.length; i++) {
            if (PACKS[i][0] >= coins) {
                return i;
            }
        }
        return PACKS.length - 1;
    }

    /** Coins in pack {@code index}. */
    public static long packCoins(int index) {
        return PACKS[index][0];
    }

    /** Buys a coin pack: a payment, then the recharge when authorised; null when declined. */
    public @Nullable Recharge recharge(Buyer b, Session s, Card card, int pack, double declineRate, Tag tag) {
        long amount = b.region.price(PACKS[pack][1] / 100.0);
        boolean ok = !card.dead && !rng.chance(declineRate);
        String paymentId = w.orders.coinPayment(b, card, amount, s, ok, ok ? "" : w.shopping.declineCode(card), tag);
        if (!ok) {
            return null;
        }
        w.money.recharged(b, PACKS[pack][0], amount, card, s, tag);
        b.coins += PACKS[pack][0];
        return new Recharge(paymentId, amount, card, PACKS[pack][0]);
    }

    /** Sends gifts to {@code host} until {@code budget} coins are spent or {@code maxGifts} were sent, spaced by {@code gap}. */
    public void gifts(Buyer b, Session s, Creator host, long budget, int maxGifts, long gap, Tag tag) {
        long spend = Math.min(budget, b.coins);
        if (spend <= 0 || maxGifts <= 0 || b.banned || host.banned) {
            return;
        }
        int g = chooseGift(spend);
        long coins = GIFT_COINS[g];
        b.coins -= coins;
        host.giftCoins += coins;
        stream(host);
        w.money.gift(b, host, coins, GIFTS[g], s, tag);
        w.clock.after(rng.delay(gap), () -> gifts(b, s, host, budget - coins, maxGifts - 1, gap, tag));
    }

    /** Requests a cash-out of the host's gift earnings to {@code payout}. */
    public void cashout(Creator host, Entity payout, Session s, Tag tag) {
        long coins = host.giftCoins;
        if (coins <= 0) {
            return;
        }
        host.giftCoins = 0;
        host.lastCashout = w.now();
        w.money.cashout(host, payout, coins, Verdicts.local(host.region, coins * HOST_USD_PER_COIN), s, tag);
    }

    /** A good viewer's visit: recharge if short of coins, then a handful of gifts to one or two hosts. */
    void viewerSession(Buyer b) {
        Creator host = w.pop.host(b.region, rng);
        if (host == null || b.banned) {
            return;
        }
        Session s = w.habits.session(b);
        w.habits.login(b, s, Tag.BENIGN, () -> w.clock.after(rng.range(Time.MINUTE, 20 * Time.MINUTE), () -> watch(b, s, host)));
    }

    private void watch(Buyer b, Session s, Creator host) {
        long budget = Math.max(1, (long) (b.giftBudget * rng.lognormal(1, 0.6)));
        if (b.coins < budget && rng.chance(0.8)) {
            if (b.cards.isEmpty()) {
                b.cards.add(w.ident.card(b.region, 0.2));
            }
            Recharge r = recharge(b, s, b.cards.get(0), packFor(budget - b.coins), Shopping.GOOD_DECLINE, Tag.BENIGN);
            if (r == null && b.cards.size() > 1) {
                r = recharge(b, s, b.cards.get(1), packFor(budget - b.coins), Shopping.GOOD_DECLINE, Tag.BENIGN);
            }
            if (r != null && rng.chance(0.0015)) {
                w.verdicts.coinChargeback(b, r.card(), r.amount(), r.paymentEventId(), null, rng.range(10 * Time.DAY, 40 * Time.DAY));
            }
        }
        long gap = rng.range(20 * Time.SECOND, 3 * Time.MINUTE);
        w.clock.after(rng.range(10 * Time.SECOND, 2 * Time.MINUTE), () -> gifts(b, s, host, budget, rng.between(1, 9), gap, Tag.BENIGN));
    }

    private int chooseGift(long spend) {
        int affordable = 0;
        while (affordable < GIFT_COINS.length && GIFT_COINS[affordable] <= spend) {
            affordable++;
        }
        if (affordable == 0) {
            return 0;
        }
        if (rng.chance(0.55)) {
            return Math.max(0, affordable - 1 - rng.below(Math.min(3, affordable)));
        }
        return rng.below(affordable);
    }

    private void stream(Creator host) {
        long day = Math.floorDiv(w.now() - w.clock.start(), Time.DAY);
        if (host.streamDay != day) {
            host.streamDay = day;
            host.streamId = w.ids.next(Ids.Kind.STREAM);
        }
    }
}
