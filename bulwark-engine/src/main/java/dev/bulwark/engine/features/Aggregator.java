package dev.bulwark.engine.features;

import java.util.Map;

/** Folds one event into a feature's state, and reads a feature's value at a point in event time. */
final class Aggregator {
    private static final int B = EntityLayout.BUCKETS;

    private Aggregator() {
    }

    static void apply(Slot slot, EntityState state, Map<String, Object> data, long millis) {
        switch (slot.aggregation) {
            case COUNT -> {
                int at = state.advance(slot, millis);
                if (at >= 0) {
                    state.add(slot, at, 0, 1);
                }
            }
            case SUM, AVG, MAX, MIN -> {
                if (data.get(slot.field) instanceof Number n) {
                    fold(slot, state, n.doubleValue(), millis);
                }
            }
            case DISTINCT -> {
                Object value = data.get(slot.field);
                if (value != null) {
                    int bucket = (int) Math.floorDiv(millis, slot.bucketMillis);
                    long hash = Hashing.hash64(value instanceof String s ? s : String.valueOf(value));
                    state.sets[slot.set] = DistinctSet.add(state.sets[slot.set], hash, bucket, slot.cap);
                }
            }
            case AGE, SINCE_LAST -> {
                double[] v = state.values;
                int at = slot.offset;
                if (Double.isNaN(v[at]) || millis < v[at]) {
                    v[at] = millis;
                }
                if (Double.isNaN(v[at + 1]) || millis >= v[at + 1]) {
                    v[at + 2] = v[at + 1];
                    v[at + 1] = millis;
                }
            }
            case IN_LIST, DERIVED -> {
            }
        }
    }

    private static void fold(Slot slot, EntityState state, double value, long millis) {
        int at = state.advance(slot, millis);
        if (at < 0) {
            return;
        }
        double[] v = state.values;
        switch (slot.aggregation) {
            case SUM -> state.add(slot, at, 0, value);
            case AVG -> {
                state.add(slot, at, 0, value);
                state.add(slot, at, 1, 1);
            }
            case MAX -> v[at] = Double.isNaN(v[at]) ? value : Math.max(v[at], value);
            case MIN -> v[at] = Double.isNaN(v[at]) ? value : Math.min(v[at], value);
            default -> throw new IllegalStateException(slot.aggregation.key());
        }
    }

    /** The value of a feature for an entity with no state. */
    static Object empty(Slot slot) {
        return slot.aggregation == Aggregation.SINCE_LAST ? -1.0 : 0.0;
    }

    static Object read(Slot slot, EntityState state, long millis) {
        double[] v = state.values;
        return switch (slot.aggregation) {
            case AGE -> Double.isNaN(v[slot.offset]) ? 0.0 : Math.max(0, millis - v[slot.offset]) / 1000.0;
            case SINCE_LAST -> sinceLast(v, slot.offset, millis);
            case DISTINCT -> (double) DistinctSet.count(state.sets[slot.set], (int) Math.floorDiv(millis, slot.bucketMillis), B);
            default -> window(slot, state, millis);
        };
    }

    private static double sinceLast(double[] v, int at, long millis) {
        double previous = v[at + 1] == millis ? v[at + 2] : v[at + 1];
        return Double.isNaN(previous) || previous > millis ? -1.0 : (millis - previous) / 1000.0;
    }

    private static double window(Slot slot, EntityState state, long millis) {
        int bucket = (int) Math.floorDiv(millis, slot.bucketMillis);
        return switch (slot.aggregation) {
            case AVG -> {
                double count = sum(slot, state, bucket, 1);
                yield count == 0 ? 0.0 : sum(slot, state, bucket, 0) / count;
            }
            case MAX, MIN -> extreme(slot, state, bucket);
            default -> sum(slot, state, bucket, 0);
        };
    }

    /**
     * The sum of a stream over the window ending in {@code bucket}: its running total when the window covers every
     * bucket the group holds, else the live buckets summed in ring order.
     */
    private static double sum(Slot slot, EntityState state, int bucket, int stream) {
        if (state.whole(slot, bucket)) {
            return state.values[state.total(slot, stream)];
        }
        double total = 0;
        for (int ring = 0; ring < B; ring++) {
            int at = state.live(slot, ring, bucket, stream);
            if (at >= 0) {
                total += state.values[at];
            }
        }
        return total;
    }

    private static double extreme(Slot slot, EntityState state, int bucket) {
        boolean max = slot.aggregation == Aggregation.MAX;
        double extreme = Double.NaN;
        for (int ring = 0; ring < B; ring++) {
            int at = state.live(slot, ring, bucket, 0);
            double x = at < 0 ? Double.NaN : state.values[at];
            if (!Double.isNaN(x) && (Double.isNaN(extreme) || (max ? x > extreme : x < extreme))) {
                extreme = x;
            }
        }
        return Double.isNaN(extreme) ? 0.0 : extreme;
    }
}
