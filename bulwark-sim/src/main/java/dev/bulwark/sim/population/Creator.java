package dev.bulwark.sim.population;

import dev.bulwark.core.event.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A creator: an affiliate promoting listings through links, a live host receiving gifts, or both. */
public final class Creator extends Account {
    /** Whether the creator promotes listings. */
    public boolean affiliate;
    /** Whether the creator hosts live streams. */
    public boolean host;
    /** Affiliate links created. */
    public final List<Link> links = new ArrayList<>();
    /** Where commissions and cash-outs go, once set. */
    public @Nullable Entity payout;
    /** Relative share of attention. */
    public double popularity;
    /** Index in the region's affiliate picker, or -1. */
    public int affiliatePick = -1;
    /** Index in the region's host picker, or -1. */
    public int hostPick = -1;
    /** Whether the population lists this creator already. */
    public boolean listed;
    /** Coins received as gifts and not yet cashed out. */
    public long giftCoins;
    /** When the last cash-out was requested. */
    public long lastCashout;
    /** Current stream identifier. */
    public String streamId = "";
    /** Simulated day of the current stream. */
    public long streamDay = -1;
    /** Identity document hash submitted at KYC, empty when none. */
    public String documentHash = "";

    /** A creator. */
    public Creator(String id, Region region, long createdAt, Entity email, Entity device, Entity homeIp) {
        super(EntityType.CREATOR, id, region, createdAt, email, device, homeIp);
    }
}
