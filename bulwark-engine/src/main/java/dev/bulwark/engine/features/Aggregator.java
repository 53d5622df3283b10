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
                int ring = state.advance(slot, millis);
                if (ring >= 0) {
                    state.values[slot.offset + ring] += 1;
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
        int ring = state.advance(slot, millis);
        if (ring < 0) {
            return;
        }
        double[] v = state.values;
        int at = slot.offset + ring;
        switch (slot.aggregation) {
            case SUM -> v[at] += value;
            case AVG -> {
                v[at] += value;
                v[at + B] += 1;
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
        double[] v = state.values;
        double total = 0;
        double count = 0;
        double extreme = Double.NaN;
        for (int ring = 0; ring < B; ring++) {
            if (!state.live(slot, ring, bucket)) {
                continue;
            }
            double x = v[slot.offset + ring];
            switch (slot.aggregation) {
                case MAX -> extreme = Double.isNaN(x) || x <= extreme ? extreme : x;
                case MIN -> extreme = Double.isNaN(x) || x >= extreme ? extreme : x;
                case AVG -> {
                    total += x;
                    count += v[slot.offset + B + ring];
                }
                default -> total += x;
            }
        }
        return switch (slot.aggregation) {
            case MAX, MIN -> Double.isNaN(extreme) ? 0.0 : extreme;
            case AVG -> count == 0 ? 0.0 : total / count;
            default -> total;
        };
    }
}
