package dev.bulwark.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.decision.Outcome;
import dev.bulwark.core.decision.RuleHit;
import dev.bulwark.core.event.Event;
import dev.bulwark.core.list.ListEntry;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rules and features over a list of IP addresses and CIDR blocks. */
class IpListRulesTest {
    private final Engine engine = Engine.inMemory(Bundles.load(Map.of("ips.yaml", """
            lists:
              - name: hosting_ranges
                kind: ip
                description: Data-centre ranges buyers do not shop from.
                entries: [198.51.100.0/24, "2001:db8::/32"]
            features:
              - name: buyer_ip_hosting
                entity: ip
                aggregation: in_list
                list: hosting_ranges
            rules:
              - id: order_from_hosting
                description: An order from a data-centre range.
                scenarios: [order]
                expression: "in_list('hosting_ranges', event.data.ip)"
                score: 50
                reason_code: HOSTING_IP
              - id: order_from_hosting_feature
                description: The same test through the in_list feature.
                scenarios: [order]
                expression: "features.buyer_ip_hosting"
                score: 1
                reason_code: HOSTING_IP_FEATURE
            strategies:
              - id: orders
                scenario: order
                thresholds: {review: 40, block: 90}
            """)));

    @Test
    void an_address_inside_a_shipped_block_hits_through_the_function_and_the_feature() {
        assertThat(hits(order(0, "198.51.100.23"))).containsExactly("order_from_hosting", "order_from_hosting_feature");
        assertThat(hits(order(1, "2001:DB8:aa::1"))).containsExactly("order_from_hosting", "order_from_hosting_feature");
        assertThat(hits(order(2, "198.51.101.23"))).isEmpty();
    }

    @Test
    void a_block_added_while_serving_applies_from_the_next_event_until_it_expires() {
        assertThat(hits(order(0, "192.0.2.10"))).isEmpty();
        engine.lists().put("hosting_ranges", new ListEntry("192.0.2.0/25", "abuse report", "ana", Events.T0,
                Optional.of(Events.T0.plusSeconds(60))));
        assertThat(engine.decide(order(1, "192.0.2.10")).decision().outcome()).isEqualTo(Outcome.REVIEW);
        assertThat(hits(order(2, "192.0.2.200"))).isEmpty();
        assertThat(hits(order(61, "192.0.2.10"))).isEmpty();
    }

    private java.util.List<String> hits(Event event) {
        return engine.decide(event).decision().hits().stream().map(RuleHit::ruleId).toList();
    }

    private static Event order(long seconds, String ip) {
        return Events.event("order.placed", seconds, "order_id", "o-" + seconds + ip, "buyer_id", "b-1",
                "seller_id", "s-1", "amount", 20.0, "currency", "USD", "ip", ip);
    }

}
