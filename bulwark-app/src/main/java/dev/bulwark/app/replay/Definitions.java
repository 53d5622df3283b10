package dev.bulwark.app.replay;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The definitions every evaluation report carries, so its figures can be read without the code. */
final class Definitions {
    private Definitions() {
    }

    /** Term to definition, in reading order. */
    static Map<String, String> all() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("flagged", "an event whose outcome is challenge, review, hold or block");
        d.put("precision", "flagged attack events / (flagged attack events + flagged benign events)");
        d.put("recall", "flagged attack events / attack events");
        d.put("excluded", "cover and label rows count in neither precision nor recall; cover flagged is reported apart");
        d.put("alert_volume", "decisions that opened an alert");
        d.put("scenario", "the event type's prefix, before the first dot");
        d.put("rule_precision", "events the rule matched that are attack / (attack + benign); shadow rules are reported apart");
        d.put("value_caught", "value of attack events whose outcome is hold or block, against the value of all attack events of the kind");
        d.put("value_sources", "orders: order.placed amount; gifts: live.gift_sent coins; payouts: payout.requested amount; "
                + "cash-outs: host.cashout_requested amount; commissions: affiliate.commission_settled commission_amount");
        d.put("currency", "US dollars at the simulator's fixed rates (per USD: GBP 0.79, EUR 0.92, BRL 5.0, IDR 15800); "
                + "coins at US$" + String.format(Locale.ROOT, "%.6f", Usd.PER_COIN)
                + " each, the viewer's price in the simulator's 3,500-coin pack (US$49.99)");
        d.put("benign_friction", "benign events by outcome (challenge, review, hold, block), as a share of all benign events");
        d.put("good_users", "distinct truth actors of benign rows, leaving out any actor that is also a malicious entity in the truth file");
        d.put("good_users_challenged_or_worse", "good users with at least one benign event flagged, over all good users");
        d.put("good_users_held_or_blocked", "good users with at least one benign event held or blocked, over all good users");
        d.put("integrity", "a decided event with no truth row, or a truth event row with no decided event, is an error");
        return d;
    }
}
