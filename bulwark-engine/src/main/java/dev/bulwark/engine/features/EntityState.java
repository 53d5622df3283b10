package dev.bulwark.engine.features;

import dev.bulwark.engine.features.EntityLayout.Group;
import java.util.Arrays;

/**
 * The feature state of one entity: bucket epochs per window group, feature values, and distinct sets (each one
 * {@code long[]}, see {@link DistinctSet}), laid out by an {@link EntityLayout}. Not thread-safe: it belongs to
 * the thread that decides this entity's events.
 *
 * <p>A group keeps the buckets of one window back from the newest event it has counted. When a newer bucket
 * starts, buckets that fell out of that window are dropped and the group's running totals are summed again over
 * the buckets it still holds (so a total never carries rounding residue from values that left the window); within
 * a bucket an event adds to its bucket and to the total. An event older than one window before the newest is not
 * counted. A read whose window covers every held bucket — the common case: the event just updated the entity, or
 * nothing has left the window since — is the total; otherwise the live buckets are summed.
 */
public final class EntityState {
    private static final int B = EntityLayout.BUCKETS;
    private static final int G = EntityLayout.GROUP_INTS;
    static final int EMPTY = Integer.MIN_VALUE;

    EntityLayout layout;
    int[] epochs;
    double[] values;
    long[][] sets;
    long lastSeenMillis = Long.MIN_VALUE;
    /**
     * Written by {@link #warm} so the compiler keeps its reads; never read. It costs no memory: it fills the four bytes
     * after the 12-byte header, and the object is 40 bytes with or without it (JOL 0.17, JDK 25, compressed oops).
     */
    @SuppressWarnings("unused")
    private int warmed;

    EntityState(EntityLayout layout) {
        this.layout = layout;
        this.epochs = layout.emptyEpochs.clone();
        this.values = layout.emptyValues.clone();
        this.sets = new long[layout.sets][];
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

    /**
     * Reads the header of each of this state's arrays, so that the cache misses an update or a read would take on
     * them one by one are taken here, together with those of the event's other entities (see FeatureSet#update).
     */
    void warm() {
        int sum = epochs.length + values.length;
        for (long[] set : sets) {
            if (set != null) {
                sum += set.length;
            }
        }
        warmed = sum;
    }

    void touch(long millis) {
        if (millis > lastSeenMillis) {
            lastSeenMillis = millis;
        }
    }

    /**
     * Makes the bucket of {@code millis} current in the slot's group; returns the value index of the slot's first
     * stream in that bucket, or -1 when the event is older than one window before the group's newest.
     */
    int advance(Slot slot, long millis) {
        Group g = layout.groups[slot.group];
        int bucket = (int) Math.floorDiv(millis, g.bucketMillis());
        int ring = Math.floorMod(bucket, B);
        int at = slot.group * G;
        int[] e = epochs;
        if (e[at + ring] == bucket) {
            return g.base() + ring * g.streams() + slot.stream;
        }
        int head = e[at + EntityLayout.HEAD];
        if (head != EMPTY && bucket <= head - B) {
            return -1;
        }
        boolean dropped = false;
        if (bucket > head) {
            int cutoff = bucket - B;
            for (int i = 0; i < B; i++) {
                if (e[at + i] != EMPTY && e[at + i] <= cutoff) {
                    e[at + i] = EMPTY;
                    dropped = true;
                }
            }
            e[at + EntityLayout.HEAD] = bucket;
        }
        e[at + ring] = bucket;
        System.arraycopy(g.empty(), 0, values, g.base() + ring * g.streams(), g.streams());
        if (dropped) {
            resum(g, at);
        } else {
            e[at + EntityLayout.OLDEST] = Math.min(e[at + EntityLayout.OLDEST], bucket);
        }
        return g.base() + ring * g.streams() + slot.stream;
    }

    /** Sums the group's totals again, in ring order, over the buckets it holds, and finds its oldest bucket. */
    private void resum(Group g, int at) {
        double[] v = values;
        int k = g.streams();
        Arrays.fill(v, g.totals(), g.totals() + k, 0.0);
        int oldest = Integer.MAX_VALUE;
        for (int ring = 0; ring < B; ring++) {
            int bucket = epochs[at + ring];
            if (bucket == EMPTY) {
                continue;
            }
            oldest = Math.min(oldest, bucket);
            int cell = g.base() + ring * k;
            for (int s = 0; s < k; s++) {
                v[g.totals() + s] += v[cell + s];
            }
        }
        epochs[at + EntityLayout.OLDEST] = oldest;
    }

    /** Whether a window ending in bucket {@code bucket} covers every bucket the slot's group holds. */
    boolean whole(Slot slot, int bucket) {
        int at = slot.group * G;
        return epochs[at + EntityLayout.HEAD] <= bucket && epochs[at + EntityLayout.OLDEST] > bucket - B;
    }

    /**
     * The value index of the slot's stream {@code stream} (0, or 1 for an average's count) at ring position
     * {@code ring}, or -1 when that position holds no bucket inside the window ending in bucket {@code bucket}.
     */
    int live(Slot slot, int ring, int bucket, int stream) {
        int held = epochs[slot.group * G + ring];
        int age = bucket - held;
        if (held == EMPTY || age < 0 || age >= B) {
            return -1;
        }
        Group g = layout.groups[slot.group];
        return g.base() + ring * g.streams() + slot.stream + stream;
    }

    /** Adds {@code x} to the slot's stream {@code stream} in the bucket whose first stream {@link #advance} returned, and to its total. */
    void add(Slot slot, int at, int stream, double x) {
        values[at + stream] += x;
        values[total(slot, stream)] += x;
    }

    /** The value index of the running total of the slot's stream {@code stream}. */
    int total(Slot slot, int stream) {
        return layout.groups[slot.group].totals() + slot.stream + stream;
    }

    /** Re-packs this state for a new layout after a reload, keeping the state of every unchanged feature. */
    void migrate(EntityLayout target) {
        EntityLayout source = layout;
        int[] newEpochs = target.emptyEpochs.clone();
        double[] newValues = target.emptyValues.clone();
        long[][] newSets = new long[target.sets][];
        for (Slot to : target.slots) {
            int index = source.slotIndex(to.name);
            if (index < 0 || !source.slots.get(index).signature().equals(to.signature())) {
                continue;
            }
            Slot from = source.slots.get(index);
            if (from.set >= 0) {
                newSets[to.set] = sets[from.set];
            } else if (from.offset >= 0) {
                System.arraycopy(values, from.offset, newValues, to.offset, 3);
            } else if (from.group >= 0) {
                Group a = source.groups[from.group];
                Group b = target.groups[to.group];
                System.arraycopy(epochs, from.group * G, newEpochs, to.group * G, G);
                for (int s = 0; s < to.streams(); s++) {
                    newValues[b.totals() + to.stream + s] = values[a.totals() + from.stream + s];
                    for (int ring = 0; ring < B; ring++) {
                        newValues[b.base() + ring * b.streams() + to.stream + s] =
                                values[a.base() + ring * a.streams() + from.stream + s];
                    }
                }
            }
        }
        this.layout = target;
        this.epochs = newEpochs;
        this.values = newValues;
        this.sets = newSets;
    }
}
