package dev.bulwark.sim.population;

/** What a buyer will do about an order once it arrives, or fails to. */
public enum AfterSale {
    /** Keeps it. */
    NONE,
    /** Returns it, parcel weight close to what was shipped. */
    RETURN,
    /** Asks for a refund without a return (damaged, not as described). */
    REFUND,
    /** Claims it never arrived although the carrier delivered it. */
    CLAIM_NOT_RECEIVED,
    /** Returns an almost empty box. */
    EMPTY_BOX_RETURN,
    /** Returns it after the affiliate commission on it settled. */
    RETURN_AFTER_SETTLEMENT
}
