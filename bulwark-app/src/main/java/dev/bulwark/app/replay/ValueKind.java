package dev.bulwark.app.replay;

import dev.bulwark.core.event.Event;
import java.util.Locale;
import java.util.Optional;

/** The kinds of value an attack moves, each read from one event type. */
enum ValueKind {
    ORDERS("order.placed", "amount"),
    GIFTS("live.gift_sent", "coins"),
    PAYOUTS("payout.requested", "amount"),
    CASHOUTS("host.cashout_requested", "amount"),
    COMMISSIONS("affiliate.commission_settled", "commission_amount");

    private final String eventType;
    private final String field;

    ValueKind(String eventType, String field) {
        this.eventType = eventType;
        this.field = field;
    }

    /** The kind an event type carries, if any. */
    static Optional<ValueKind> of(String type) {
        for (ValueKind kind : values()) {
            if (kind.eventType.equals(type)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The report key: {@code orders}, {@code gifts}, ... */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Where the value comes from, as {@code type.field}. */
    String source() {
        return eventType + "." + field;
    }

    /** The event's value in US dollars. */
    double usd(Event event) {
        double raw = event.number(field);
        return this == GIFTS ? raw * Usd.PER_COIN : Usd.of(raw, event.string("currency"));
    }
}
