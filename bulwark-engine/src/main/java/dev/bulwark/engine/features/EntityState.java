package dev.bulwark.engine.features;

import java.util.Arrays;

/**
 * The feature state of one entity: bucket epochs per window group, feature values, and distinct sets (each one
 * {@code long[]}, see {@link DistinctSet}), laid out by an {@link EntityLayout}. Not thread-safe: it belongs to
 * the thread that decides this entity's events.
 */
public final class EntityState {
    private static final int B = EntityLayout.BUCKETS;

    EntityLayout layout;
    int[] epochs;
    double[] values;
    long[][] sets;
    long lastSeenMillis = Long.MIN_VALUE;

    EntityState(EntityLayout layout) {
        this.layout = layout;
        this.epochs = new int[layout.groupBucketMillis.length * B];
        Arrays.fill(epochs, Integer.MIN_VALUE);
        this.values = new double[layout.values];
        this.sets = new long[layout.sets][];
        initialise(layout, 0);
    }

    /** When any feature of this entity last saw an event, in epoch milliseconds of event time. */
    public long lastSeenMillis() {
        return lastSeenMillis;
    }

    /** Approximate heap bytes this state holds. */
    public long bytes() {
        long bytes = layout.baseBytes();
        for (long[] set : sets) {
            bytes += DistinctSet.bytes(set);
        }
        return bytes;
    }

    void touch(long millis) {
        if (millis > lastSeenMillis) {
            lastSeenMillis = millis;
        }
    }

    /** Moves to the bucket of {@code millis} in {@code slot}'s group; returns the ring index, or -1 if too old. */
    int advance(Slot slot, long millis) {
        int bucket = (int) Math.floorDiv(millis, slot.bucketMillis);
        int ring = Math.floorMod(bucket, B);
        int at = slot.group * B + ring;
        int epoch = epochs[at];
        if (epoch == bucket) {
            return ring;
        }
        if (epoch > bucket) {
            return -1;
        }
        epochs[at] = bucket;
        for (int member : layout.groupMembers[slot.group]) {
            reset(layout.slots.get(member), ring);
        }
        return ring;
    }

    private void reset(Slot slot, int ring) {
        switch (slot.aggregation) {
            case MAX, MIN -> values[slot.offset + ring] = Double.NaN;
            case AVG -> {
                values[slot.offset + ring] = 0;
                values[slot.offset + B + ring] = 0;
            }
            default -> values[slot.offset + ring] = 0;
        }
    }

    /** Whether ring position {@code ring} of the slot's group holds a bucket inside the window ending at {@code bucket}. */
    boolean live(Slot slot, int ring, int bucket) {
        int age = bucket - epochs[slot.group * B + ring];
        return age >= 0 && age < B;
    }

    private void initialise(EntityLayout target, int from) {
        for (Slot slot : target.slots) {
            if (slot.offset >= from && (slot.aggregation == Aggregation.MAX || slot.aggregation == Aggregation.MIN
                    || slot.aggregation == Aggregation.AGE || slot.aggregation == Aggregation.SINCE_LAST)) {
                Arrays.fill(values, slot.offset, slot.offset + slot.width(), Double.NaN);
            }
        }
    }

    /** Re-packs this state for a new layout after a reload, keeping the state of every unchanged feature. */
    void migrate(EntityLayout target) {
        EntityLayout source = layout;
        int[] newEpochs = new int[target.groupBucketMillis.length * B];
        Arrays.fill(newEpochs, Integer.MIN_VALUE);
        double[] newValues = new double[target.values];
        long[][] newSets = new long[target.sets][];
        double[] oldValues = values;
        this.values = newValues;
        this.layout = target;
        initialise(target, 0);
        for (Slot to : target.slots) {
            int index = source.slotIndex(to.name);
            if (index < 0 || !source.slots.get(index).signature().equals(to.signature())) {
                continue;
            }
            Slot from = source.slots.get(index);
            if (from.set >= 0) {
                newSets[to.set] = sets[from.set];
            } else if (from.offset >= 0) {
                System.arraycopy(oldValues, from.offset, newValues, to.offset, to.width());
            }
            if (from.group >= 0) {
                System.arraycopy(epochs, from.group * B, newEpochs, to.group * B, B);
            }
        }
        this.epochs = newEpochs;
        this.sets = newSets;
    }
}
