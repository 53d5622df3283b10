package dev.bulwark.sim.behaviour;

import dev.bulwark.sim.SimConfig;
import dev.bulwark.sim.engine.Ids;
import dev.bulwark.sim.engine.Rng;
import dev.bulwark.sim.engine.Scheduler;
import dev.bulwark.sim.output.AccountEvents;
import dev.bulwark.sim.output.Emitter;
import dev.bulwark.sim.output.EventSink;
import dev.bulwark.sim.output.MoneyEvents;
import dev.bulwark.sim.output.OrderEvents;
import dev.bulwark.sim.population.Catalog;
import dev.bulwark.sim.population.Identities;
import dev.bulwark.sim.population.Networks;
import dev.bulwark.sim.population.Population;
import dev.bulwark.sim.population.PopulationSeeder;

/** Everything one run shares: configuration, clock, randomness, population, emitters and the behaviour services. */
public final class World {
    /** The run's configuration. */
    public final SimConfig config;
    /** The single random generator. */
    public final Rng rng;
    /** The simulated clock and its queue. */
    public final Scheduler clock;
    /** Identifier generators. */
    public final Ids ids;
    /** Maker of devices, emails, phones, cards and addresses. */
    public final Identities ident;
    /** The IP address plan. */
    public final Networks net;
    /** Maker of listings. */
    public final Catalog catalog;
    /** Everyone on the marketplace. */
    public final Population pop;
    /** The event builder. */
    public final Emitter emitter;
    /** Account, login, profile and KYC events. */
    public final AccountEvents accounts;
    /** Listing, order, payment, shipping, after-sales and chargeback events. */
    public final OrderEvents orders;
    /** Payout, affiliate, live and label events. */
    public final MoneyEvents money;
    /** Devices, IPs and login methods people use. */
    public final Habits habits;
    /** Chargebacks, investigation findings and appeals. */
    public final Verdicts verdicts;
    /** Orders and payments. */
    public final Shopping shopping;
    /** Shipping, delivery and settlement. */
    public final Fulfilment fulfilment;
    /** Returns, refunds and claims. */
    public final AfterSales afterSales;
    /** Coins, gifts and cash-outs. */
    public final Gifting gifting;
    /** Registration and KYC. */
    public final Onboarding onboarding;
    /** Buyers' visits. */
    public final BuyerLife buyers;
    /** Sellers' visits. */
    public final SellerLife sellers;
    /** Creators' visits. */
    public final CreatorLife creators;

    /** A world for {@code config} writing to {@code sink}, with its initial population seeded. */
    public World(SimConfig config, EventSink sink) {
        this.config = config;
        this.rng = new Rng(config.seed());
        long start = config.start().toEpochMilli();
        this.clock = new Scheduler(start, config.end().toEpochMilli());
        this.ids = new Ids(config.seed());
        this.net = new Networks(rng, config.scale());
        this.ident = new Identities(rng, ids, net);
        this.catalog = new Catalog(rng, ids);
        this.pop = new Population();
        this.emitter = new Emitter(clock, ids, sink);
        this.accounts = new AccountEvents(emitter);
        this.orders = new OrderEvents(emitter);
        this.money = new MoneyEvents(emitter);
        this.habits = new Habits(this);
        this.verdicts = new Verdicts(this);
        this.shopping = new Shopping(this);
        this.fulfilment = new Fulfilment(this);
        this.afterSales = new AfterSales(this);
        this.gifting = new Gifting(this);
        this.onboarding = new Onboarding(this);
        this.buyers = new BuyerLife(this);
        this.sellers = new SellerLife(this);
        this.creators = new CreatorLife(this);
        new PopulationSeeder(rng, ident, catalog, pop, start).seed(config.scale());
    }

    /** The current simulated time, epoch milliseconds. */
    public long now() {
        return clock.now();
    }
}
