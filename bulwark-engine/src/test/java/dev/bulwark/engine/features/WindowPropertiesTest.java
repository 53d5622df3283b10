package dev.bulwark.engine.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.event.Event;
import dev.bulwark.engine.Bundles;
import dev.bulwark.engine.Engine;
import dev.bulwark.engine.Events;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class WindowPropertiesTest {
    private static final String FILES = """
            features:
              - name: n_1h
                entity: buyer
                aggregation: count
                events: [order.placed]
                window: 1h
            rules:
              - id: reads
                description: reads the feature
                scenarios: [order]
                expression: "features.n_1h >= 0.0"
                score: 1
                reason_code: R
            strategies:
              - id: s
                scenario: order
            """;

    /**
     * The bucketed count lies between the exact count over the last W - W/16 and the exact count over the last W:
     * an event is counted for at least 15/16 of the window and never after it.
     */
    @Property(tries = 200)
    void countIsBoundedByExactCountsOverTheWindow(@ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 600) Integer> gaps) {
        Engine engine = Engine.inMemory(Bundles.load(Map.of("f.yaml", FILES)));
        long window = 3600;
        long slack = window / 16;
        List<Long> times = new ArrayList<>();
        long t = 0;
        for (int gap : gaps) {
            t += gap * 10L;
            times.add(t);
            Event e = Events.order(t, "b", "d", 1);
            double value = (double) engine.decide(e).decision().features().get("n_1h");
            final long now = t;
            long upper = times.stream().filter(x -> x > now - window).count();
            long lower = times.stream().filter(x -> x > now - window + slack + 4).count();
            assertThat(value).isBetween((double) lower, (double) upper);
        }
    }

    /** Replaying the same events gives the same decisions. */
    @Property(tries = 50)
    void replayIsDeterministic(@ForAll @Size(min = 1, max = 80) List<@IntRange(min = 0, max = 900) Integer> gaps) {
        List<Event> events = new ArrayList<>();
        long t = 0;
        for (int i = 0; i < gaps.size(); i++) {
            t += gaps.get(i);
            events.add(Events.order(t, "b" + (i % 3), "d" + (i % 2), i));
        }
        Engine first = Engine.inMemory(Bundles.standard());
        Engine second = Engine.inMemory(Bundles.standard());
        for (Event e : events) {
            var a = first.decide(e).decision();
            var b = second.decide(e).decision();
            assertThat(b.features()).isEqualTo(a.features());
            assertThat(b.outcome()).isEqualTo(a.outcome());
            assertThat(b.hits()).isEqualTo(a.hits());
            assertThat(b.enforcements()).isEqualTo(a.enforcements());
        }
    }
}
