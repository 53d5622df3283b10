package dev.bulwark.engine.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.decision.Decision;
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
import org.junit.jupiter.api.Test;

/**
 * Windowed counts, sums, averages, maxima and minima against a plain model of their documented behaviour, with
 * events out of order: each window group keeps the buckets of one window back from the newest event it counted,
 * an older event is not counted, and a read sums the buckets inside the window ending at the read.
 */
class WindowModelTest {
    private static final String FILES = files(
            "{name: n_1h, entity: buyer, aggregation: count, events: [order.placed], window: 1h}",
            "{name: sum_1h, entity: buyer, aggregation: sum, field: amount, events: [order.placed], window: 1h}",
            "{name: avg_1h, entity: buyer, aggregation: avg, field: amount, events: [order.placed], window: 1h}",
            "{name: max_1h, entity: buyer, aggregation: max, field: amount, events: [order.placed], window: 1h}",
            "{name: min_1h, entity: buyer, aggregation: min, field: amount, events: [order.placed], window: 1h}",
            "{name: sum_6h, entity: buyer, aggregation: sum, field: amount, events: [order.placed], window: 6h}",
            "{name: n_6h, entity: buyer, aggregation: count, events: [order.placed], window: 6h}");

    /** FILES after an edit: reordered, one window changed, one feature dropped, one added to the 1-hour group. */
    private static final String EDITED = files(
            "{name: n_6h, entity: buyer, aggregation: count, events: [order.placed], window: 6h}",
            "{name: max2_1h, entity: buyer, aggregation: max, field: amount, events: [order.placed], window: 1h}",
            "{name: avg_1h, entity: buyer, aggregation: avg, field: amount, events: [order.placed], window: 2h}",
            "{name: max_1h, entity: buyer, aggregation: max, field: amount, events: [order.placed], window: 1h}",
            "{name: n_1h, entity: buyer, aggregation: count, events: [order.placed], window: 1h}",
            "{name: sum_6h, entity: buyer, aggregation: sum, field: amount, events: [order.placed], window: 6h}",
            "{name: sum_1h, entity: buyer, aggregation: sum, field: amount, events: [order.placed], window: 1h}");

    /** A strategy file with these features and one order rule that reads them all, so decisions record them. */
    private static String files(String... features) {
        StringBuilder yaml = new StringBuilder("features:\n");
        List<String> reads = new ArrayList<>();
        for (String feature : features) {
            yaml.append("  - ").append(feature).append('\n');
            reads.add("features." + feature.substring("{name: ".length(), feature.indexOf(',')));
        }
        return yaml.append("""
                rules:
                  - id: reads
                    description: reads every feature
                    scenarios: [order]
                    expression: "%s >= 0.0"
                    score: 1
                    reason_code: R
                strategies:
                  - id: s
                    scenario: order
                """.formatted(String.join(" + ", reads))).toString();
    }

    /** One window group of the model: the newest bucket it counted and the (bucket, amount) pairs it keeps. */
    private static final class Group {
        final long bucketMillis;
        long head = Long.MIN_VALUE;
        final List<long[]> kept = new ArrayList<>();

        Group(long windowMillis) {
            this.bucketMillis = windowMillis / 16;
        }

        void add(long millis, long amount) {
            long bucket = Math.floorDiv(millis, bucketMillis);
            if (head != Long.MIN_VALUE && bucket <= head - 16) {
                return;
            }
            if (bucket > head) {
                head = bucket;
                kept.removeIf(p -> p[0] <= bucket - 16);
            }
            kept.add(new long[] {bucket, amount});
        }

        List<Long> live(long millis) {
            long bucket = Math.floorDiv(millis, bucketMillis);
            return kept.stream().filter(p -> p[0] > bucket - 16 && p[0] <= bucket).map(p -> p[1]).toList();
        }
    }

    @Property(tries = 300)
    void everyAggregationMatchesTheModel(
            @ForAll @Size(min = 1, max = 80) List<@IntRange(min = -7200, max = 1800) Integer> steps,
            @ForAll @Size(min = 80, max = 80) List<@IntRange(min = -50, max = 100) Integer> amounts,
            @ForAll @IntRange(min = 0, max = 30000) int probeAfter) {
        Engine engine = Engine.inMemory(Bundles.load(Map.of("f.yaml", FILES)));
        Group hour = new Group(3_600_000);
        Group six = new Group(21_600_000);
        long t = 100_000;
        for (int i = 0; i < steps.size(); i++) {
            t = Math.max(0, t + steps.get(i));
            long amount = amounts.get(i);
            Event e = Events.order(t, "b", "d", amount);
            long millis = e.time().toEpochMilli();
            hour.add(millis, amount);
            six.add(millis, amount);
            assertMatches(engine.decide(e).decision().features(), hour.live(millis), six.live(millis));
            // A read later than the entity's last update, as a rule reads an entity the event does not update.
            Event probe = Events.order(t + probeAfter, "b", "d", 0);
            long at = probe.time().toEpochMilli();
            assertMatches(read(engine, probe), hour.live(at), six.live(at));
        }
    }

    private static Map<String, Object> read(Engine engine, Event probe) {
        var scope = Probes.scope(engine, probe);
        return Map.of("n_1h", scope.feature("n_1h"), "sum_1h", scope.feature("sum_1h"), "avg_1h", scope.feature("avg_1h"),
                "max_1h", scope.feature("max_1h"), "min_1h", scope.feature("min_1h"), "sum_6h", scope.feature("sum_6h"),
                "n_6h", scope.feature("n_6h"));
    }

    private static void assertMatches(Map<String, Object> f, List<Long> h, List<Long> s) {
        assertThat(f)
                .containsEntry("n_1h", (double) h.size())
                .containsEntry("sum_1h", (double) sum(h))
                .containsEntry("avg_1h", h.isEmpty() ? 0.0 : (double) sum(h) / h.size())
                .containsEntry("max_1h", h.isEmpty() ? 0.0 : (double) h.stream().mapToLong(x -> x).max().orElseThrow())
                .containsEntry("min_1h", h.isEmpty() ? 0.0 : (double) h.stream().mapToLong(x -> x).min().orElseThrow())
                .containsEntry("sum_6h", (double) sum(s))
                .containsEntry("n_6h", (double) s.size());
    }

    /**
     * Across a reload, features whose definition did not change go on as if the new files had always been loaded;
     * changed and new ones start empty at the reload. (They join their window's group, so an event older than one
     * window before the group's newest, from before the reload, does not count for them either: they are compared
     * with a fresh engine while no event goes back past the reload.)
     */
    @Property(tries = 100)
    void aReloadKeepsUnchangedFeaturesWhereverTheyMove(
            @ForAll @Size(min = 2, max = 60) List<@IntRange(min = -1800, max = 3000) Integer> steps,
            @ForAll @Size(min = 60, max = 60) List<@IntRange(min = -50, max = 100) Integer> amounts,
            @ForAll @IntRange(min = 1, max = 59) int reloadAt) {
        Engine reloaded = Engine.inMemory(Bundles.load(Map.of("f.yaml", FILES)));
        Engine always = Engine.inMemory(Bundles.load(Map.of("f.yaml", EDITED)));
        Engine fresh = Engine.inMemory(Bundles.load(Map.of("f.yaml", EDITED)));
        long t = 100_000;
        long newestBefore = 0;
        boolean forward = true;
        for (int i = 0; i < steps.size(); i++) {
            t = Math.max(0, t + steps.get(i));
            if (i == reloadAt) {
                reloaded.install(Bundles.load(Map.of("f.yaml", EDITED)));
                t = newestBefore + 3600;
            }
            if (i < reloadAt) {
                newestBefore = Math.max(newestBefore, t);
            }
            forward &= i < reloadAt || t >= newestBefore;
            Event e = Events.order(t, "b", "d", amounts.get(i));
            Map<String, Object> a = reloaded.decide(e).decision().features();
            Map<String, Object> b = always.decide(e).decision().features();
            if (i < reloadAt) {
                continue;
            }
            Map<String, Object> c = fresh.decide(e).decision().features();
            for (String kept : List.of("n_1h", "sum_1h", "max_1h", "sum_6h", "n_6h")) {
                assertThat(a.get(kept)).as(kept).isEqualTo(b.get(kept));
            }
            for (String started : forward ? List.of("avg_1h", "max2_1h") : List.<String>of()) {
                assertThat(a.get(started)).as(started).isEqualTo(c.get(started));
            }
        }
    }

    /** Totals are summed again when a bucket leaves the window, so nothing of it stays behind as rounding residue. */
    @Test
    void aSumLeavesNoResidueWhenItsBucketsLeaveTheWindow() {
        Engine engine = Engine.inMemory(Bundles.load(Map.of("f.yaml", FILES)));
        engine.decide(Events.order(0, "b", "d", 0.1));
        engine.decide(Events.order(1, "b", "d", 0.2));
        engine.decide(Events.order(1000, "b", "d", 1e17));
        Decision later = engine.decide(Events.order(4000, "b", "d", 0.3)).decision();
        assertThat(later.features()).containsEntry("sum_1h", 1e17 + 0.3).containsEntry("n_1h", 2.0);
        Decision last = engine.decide(Events.order(8000, "b", "d", 0.7)).decision();
        assertThat(last.features()).containsEntry("sum_1h", 0.7).containsEntry("n_1h", 1.0);
    }

    private static long sum(List<Long> values) {
        return values.stream().mapToLong(x -> x).sum();
    }
}
