package dev.bulwark.sim;

/**
 * A fraud typology the simulator plants; its key is the name used in {@code truth.csv} and, through
 * {@link #labelKey()}, in the {@code label} events of the stream.
 */
public enum Typology {
    FAKE_ACCOUNT("fake_account", 3.0),
    PROMO_ABUSE("promo_abuse", 3.0),
    ACCOUNT_TAKEOVER("account_takeover", 2.0),
    CARD_TESTING("card_testing", 3.0),
    STOLEN_PAYMENT("stolen_payment", 5.0),
    REFUND_ABUSE("refund_abuse", 8.0),
    FRIENDLY_FRAUD("friendly_fraud", 8.0),
    BRUSHING("brushing", 1.5),
    AFFILIATE_FRAUD("affiliate_fraud", 1.5),
    KYC_FRAUD("kyc_fraud", 1.2),
    SELLER_FRAUD("seller_fraud", 1.0),
    NON_DELIVERY("non_delivery", 1.2),
    PAYOUT_TAKEOVER("payout_takeover", 4.0),
    GIFT_LAUNDERING("gift_laundering", 1.2),
    GIFT_CHARGEBACK("gift_chargeback", 4.0),
    /** The drift pattern: OTP (SIM-swap) takeovers that begin part-way through a run; labelled as account takeover. */
    SIM_SWAP_TAKEOVER("sim_swap_takeover", 4.0);

    private final String key;
    private final double defaultPerDay;

    Typology(String key, double defaultPerDay) {
        this.key = key;
        this.defaultPerDay = defaultPerDay;
    }

    /** The name written to {@code truth.csv}, e.g. {@code card_testing}. */
    public String key() {
        return key;
    }

    /** The catalogue typology that in-stream {@code label} events carry for this typology. */
    public String labelKey() {
        return this == SIM_SWAP_TAKEOVER ? ACCOUNT_TAKEOVER.key : key;
    }

    /** Campaigns started per simulated day at scale 1 unless configured otherwise. */
    public double defaultPerDay() {
        return defaultPerDay;
    }

    /** Whether this typology is the drift pattern, absent before the drift start. */
    public boolean isDrift() {
        return this == SIM_SWAP_TAKEOVER;
    }
}
