package dev.bulwark.sim.population;

import dev.bulwark.core.event.EntityType;
import java.util.ArrayList;
import java.util.List;

/** A buyer, who may also watch live streams and send gifts. */
public final class Buyer extends Account {
    /** Payment instruments; the first is the default. */
    public final List<Card> cards = new ArrayList<>(2);
    /** Shipping addresses; the first is home. */
    public final List<Entity> addresses = new ArrayList<>(1);
    /** Relative session rate. */
    public double activity;
    /** Index in the region's buyer picker, or -1. */
    public int pick = -1;
    /** Index in the region's viewer picker, or -1. */
    public int viewerPick = -1;
    /** Orders placed during the run. */
    public int orders;
    /** Refund, return and not-received claims made during the run. */
    public int claims;
    /** Coin balance. */
    public long coins;
    /** Whether this buyer watches live streams. */
    public boolean viewer;
    /** Typical coin spend per live session. */
    public int giftBudget;
    /** Until when the buyer is abroad, in epoch milliseconds. */
    public long travelUntil;
    /** The IP used while abroad. */
    public Entity travelIp;

    /** A buyer. */
    public Buyer(String id, Region region, long createdAt, Entity email, Entity device, Entity homeIp) {
        super(EntityType.BUYER, id, region, createdAt, email, device, homeIp);
        this.travelIp = homeIp;
    }
}
