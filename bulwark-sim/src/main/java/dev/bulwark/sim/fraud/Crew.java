package dev.bulwark.sim.fraud;

import dev.bulwark.sim.Typology;
import dev.bulwark.sim.population.Buyer;
import dev.bulwark.sim.population.Card;
import dev.bulwark.sim.population.Creator;
import dev.bulwark.sim.population.Entity;
import dev.bulwark.sim.population.Region;
import dev.bulwark.sim.truth.Taint;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A ring: the people behind one or more campaigns and the identifiers they share. */
public final class Crew {
    /** The ring identifier, as written to the truth file and to labels. */
    public final String ringId;
    /** Where the crew operates. */
    public final Region region;
    /** Devices (emulators, phones in a farm). */
    public final List<Entity> devices = new ArrayList<>();
    /** A rented block of hosting addresses, or residential proxy exits. */
    public final List<Entity> ips = new ArrayList<>();
    /** Drop addresses goods are shipped to. */
    public final List<Entity> addresses = new ArrayList<>();
    /** Mule payout accounts. */
    public final List<Entity> payouts = new ArrayList<>();
    /** Phone numbers (VoIP or SIM banks). */
    public final List<Entity> phones = new ArrayList<>();
    /** Cards confirmed to work (tested, stolen). */
    public final List<Card> cards = new ArrayList<>();
    /** Identity documents (synthetic or stolen), as hashes. */
    public final List<String> documents = new ArrayList<>();
    /** Controlled buyer accounts available for reuse. */
    public final List<Buyer> buyers = new ArrayList<>();
    /** Whether the crew rents hosting addresses rather than residential proxies. */
    public final boolean hosting;
    /** A colluding live host, once the crew has one. */
    public @Nullable Creator host;
    /** Whether the host's next cash-out is already scheduled. */
    boolean cashoutPending;

    Crew(String ringId, Region region, boolean hosting) {
        this.ringId = ringId;
        this.region = region;
        this.hosting = hosting;
    }

    /** The taint for entities this crew creates for {@code typology}. */
    public Taint taint(Typology typology) {
        return new Taint(typology, ringId);
    }
}
