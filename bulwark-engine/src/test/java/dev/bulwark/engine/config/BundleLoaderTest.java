package dev.bulwark.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.engine.Bundles;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BundleLoaderTest {
    private static LoadResult.Rejected rejected(Map<String, String> files) {
        LoadResult result = BundleLoader.load(files);
        assertThat(result).isInstanceOf(LoadResult.Rejected.class);
        return (LoadResult.Rejected) result;
    }

    @Test
    void theVersionIsAHashOfTheFilesContent() {
        String text = Bundles.resource("/strategies/test.yaml");
        var a = Bundles.load(Map.of("a.yaml", text));
        var b = Bundles.load(Map.of("a.yaml", text));
        var c = Bundles.load(Map.of("a.yaml", text + "\n# changed\n"));
        assertThat(a.version()).isEqualTo(b.version()).hasSize(12).isNotEqualTo(c.version());
    }

    @Test
    void aRuleThatDoesNotCompileIsReportedWithItsPosition() {
        var r = rejected(Map.of("bad.yaml", """
                rules:
                  - id: r1
                    description: typo in the feature name
                    scenarios: [order]
                    expression: "features.no_such_feature > 1.0"
                    score: 10
                    reason_code: X
                """));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("bad.yaml");
            assertThat(p.path()).isEqualTo("rule r1.expression");
            assertThat(p.message()).isEqualTo("column 1: unknown name 'features.no_such_feature'");
        });
    }

    @Test
    void aMisspeltFeatureIsNamedWithTheClosestDeclaredOne() {
        String text = Bundles.resource("/strategies/test.yaml").replace("features.buyer_orders_1h >= 5.0", "features.buyer_order_1h >= 5.0");
        var r = rejected(Map.of("s.yaml", text));
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("column 1: unknown name 'features.buyer_order_1h'; did you mean 'features.buyer_orders_1h'?"));
    }

    @Test
    void aRuleThatIsNotBooleanIsRejected() {
        var r = rejected(Map.of("bad.yaml", """
                rules:
                  - id: r1
                    description: returns a number
                    scenarios: [order]
                    expression: "event.data.amount + 1.0"
                    score: 10
                    reason_code: X
                """));
        assertThat(r.problems().toString()).contains("rule r1.expression");
    }

    @Test
    void everyProblemInEveryFileIsReportedAndOneBadFileRejectsAll() {
        var r = rejected(Map.of("good.yaml", Bundles.resource("/strategies/test.yaml"), "bad.yaml", """
                features:
                  - name: Bad-Name
                    entity: planet
                    aggregation: count
                    events: [order.exploded]
                    window: 200d
                    colour: red
                rules:
                  - id: r2
                    description: no score
                    scenarios: [moon]
                    expression: "true"
                    reason_code: X
                strategies:
                  - id: orders2
                    scenario: order
                    thresholds: {maybe: 10}
                """));
        assertThat(r.problems()).extracting(Object::toString).anySatisfy(p -> assertThat(p).contains("features[0].name"))
                .anySatisfy(p -> assertThat(p).contains("features[0].entity: 'planet' is not one of"))
                .anySatisfy(p -> assertThat(p).contains("unknown event type 'order.exploded'"))
                .anySatisfy(p -> assertThat(p).contains("features[0].window: must be between 1m and 90d"))
                .anySatisfy(p -> assertThat(p).contains("features[0].colour: unknown key"))
                .anySatisfy(p -> assertThat(p).contains("rules[0].scenarios: 'moon'"))
                .anySatisfy(p -> assertThat(p).contains("a rule needs a score, an outcome, or both"))
                .anySatisfy(p -> assertThat(p).contains("duplicates strategy order already defined in bad.yaml"))
                .anySatisfy(p -> assertThat(p).contains("thresholds.maybe"));
    }

    @Test
    void invalidYamlIsReportedNotThrown() {
        var r = rejected(Map.of("broken.yaml", "rules: [ {id: x"));
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("is not valid YAML at line 1"));
    }

    @Test
    void aFeatureReadingAFieldItsEventsLackIsRejected() {
        var r = rejected(Map.of("f.yaml", """
                features:
                  - name: login_amounts
                    entity: buyer
                    aggregation: sum
                    field: amount
                    events: [account.login]
                    window: 1h
                """));
        assertThat(r.problems().toString()).contains("event type account.login has no field 'amount'");
    }

    @Test
    void anIpListEntryThatIsNotAnAddressOrBlockIsRejectedWithItsReason() {
        var r = rejected(Map.of("l.yaml", """
                lists:
                  - name: bad_ips
                    kind: ip
                    entries: [203.0.113.0/24, 10.1.2.3/8, proxy-pool]
                """));
        assertThat(r.problems()).extracting(Object::toString).containsExactlyInAnyOrder(
                "l.yaml: lists[0].entries: '10.1.2.3/8' has bits set beyond its /8; the block is 10.0.0.0/8",
                "l.yaml: lists[0].entries: 'proxy-pool' is not an IP address or CIDR block (such as 203.0.113.7 or 203.0.113.0/24)");
    }
}
