package dev.bulwark.engine;

import static dev.bulwark.engine.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.decision.Outcome;
import dev.bulwark.engine.config.BundleLoader;
import dev.bulwark.engine.config.LoadResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A {@code label} event names the labelled entity, so features can remember confirmed fraud per entity. */
class LabelFeaturesTest {
    private static final String PACK = """
            features:
              - name: device_fraud_labels_90d
                description: Confirmed fraud verdicts on this device in 90 days.
                entity: device
                aggregation: count
                events: [label]
                where: "event.data.label == 'fraud'"
                window: 90d
            rules:
              - id: login_from_confirmed_fraud_device
                description: A login from a device an investigation confirmed as fraudulent.
                scenarios: [account.login]
                expression: "features.device_fraud_labels_90d >= 1.0"
                outcome: block
                reason_code: CONFIRMED_FRAUD_DEVICE
            strategies:
              - id: accounts
                scenario: account
            """;

    @Test
    void aFraudLabelOnADeviceBlocksItsNextLogin() {
        Engine engine = Engine.inMemory(Bundles.load(Map.of("p.yaml", PACK)));
        var login = event("account.login", 10, "account_id", "b1", "account_type", "buyer", "success", true, "device_id", "d-1");
        assertThat(engine.decide(login).decision().outcome()).isEqualTo(Outcome.ALLOW);
        engine.decide(event("label", 20, "label", "fraud", "typology", "account_takeover", "entity_type", "device",
                "entity_id", "d-1", "source", "investigation"));
        var again = event("account.login", 30, "account_id", "b2", "account_type", "buyer", "success", true, "device_id", "d-1");
        assertThat(engine.decide(again).decision().outcome()).isEqualTo(Outcome.BLOCK);
        var other = event("account.login", 40, "account_id", "b3", "account_type", "buyer", "success", true, "device_id", "d-2");
        assertThat(engine.decide(other).decision().outcome()).isEqualTo(Outcome.ALLOW);
    }

    @Test
    void aFeatureWhoseEventsNeverNameItsEntityIsRejected() {
        var result = BundleLoader.load(Map.of("p.yaml", """
                features:
                  - name: device_payouts_7d
                    entity: device
                    aggregation: count
                    events: [payout.requested, affiliate.link_created]
                    window: 7d
                """));
        assertThat(result).isInstanceOf(LoadResult.Rejected.class);
        assertThat(((LoadResult.Rejected) result).problems().toString())
                .contains("event type affiliate.link_created never names a device")
                .doesNotContain("payout.requested never");
    }
}
