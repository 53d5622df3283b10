package dev.bulwark.sim.population;

import dev.bulwark.core.event.EntityType;

/** A payment instrument: a card with its BIN and issuing country, or a wallet without a BIN. */
public final class Card extends Entity {
    /** First six digits, empty for a wallet. */
    public final String bin;
    /** Issuing country, ISO 3166-1 alpha-2. */
    public final String country;
    /** Whether the issuer will refuse it (a stolen card already reported, an invalid number). */
    public boolean dead;

    /** A payment instrument with the given token, BIN (empty for wallets) and country. */
    public Card(String id, String bin, String country) {
        super(EntityType.PAYMENT_INSTRUMENT, id);
        this.bin = bin;
        this.country = country;
    }
}
