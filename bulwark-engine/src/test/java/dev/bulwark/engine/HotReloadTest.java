package dev.bulwark.engine;

import static dev.bulwark.engine.Events.order;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HotReloadTest {
    @Test
    void unchangedFeaturesKeepTheirStateAcrossAReloadAndChangedOnesStartAfresh() {
        String original = Bundles.resource("/strategies/test.yaml");
        Engine engine = Engine.inMemory(Bundles.load(Map.of("s.yaml", original)));
        for (int i = 0; i < 3; i++) {
            engine.decide(order(i, "b1", "d1", 10));
        }
        String edited = original
                .replace("description: Orders the buyer placed in the last hour", "description: Reworded only")
                .replace("field: amount\n    events: [order.placed]\n    window: 24h\n  - name: buyer_avg_order_24h",
                        "field: amount\n    events: [order.placed]\n    window: 12h\n  - name: buyer_avg_order_24h");
        Bundle next = Bundles.load(Map.of("s.yaml", edited));
        assertThat(next.version()).isNotEqualTo(engine.bundle().version());
        engine.install(next);
        var d = engine.decide(order(10, "b1", "d1", 10)).decision();
        assertThat(d.features()).containsEntry("buyer_orders_1h", 4.0);
        assertThat(d.strategyVersion()).endsWith(next.version());
    }
}
