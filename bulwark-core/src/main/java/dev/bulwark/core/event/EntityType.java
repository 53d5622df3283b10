package dev.bulwark.core.event;

import java.util.Locale;
import java.util.Optional;

/** A kind of entity that events name and that features, lists and enforcements are keyed by. */
public enum EntityType {
    BUYER(false), SELLER(false), CREATOR(false), DEVICE(false), IP(true), PAYMENT_INSTRUMENT(false),
    ADDRESS(true), EMAIL(true), PHONE(true), PAYOUT_ACCOUNT(true), LISTING(false), ORDER(false), DOCUMENT(true);

    /** {@link #key()}, computed once rather than on every call. */
    private final String key = name().toLowerCase(Locale.ROOT);

    private final boolean personalData;

    EntityType(boolean personalData) {
        this.personalData = personalData;
    }

    /** The lower-case name used in files, rules and JSON, e.g. {@code payment_instrument}. */
    public String key() {
        return key;
    }

    /** Whether identifiers of this type are personal data, masked for roles that do not need them. */
    public boolean personalData() {
        return personalData;
    }

    /** Parses a lower-case key such as {@code device}; empty when the key names no entity type. */
    public static Optional<EntityType> fromKey(String key) {
        for (EntityType type : values()) {
            if (type.key().equals(key)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
