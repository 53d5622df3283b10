package dev.bulwark.engine.features;

/**
 * Entity states of one type in an open-addressing table keyed by two independent 64-bit fingerprints of the id,
 * kept side by side in one array: a lookup reads one cache line of fingerprints and then the state reference,
 * without dereferencing any state it passes over.
 *
 * <p>Design note: feature updates are memory-bound — each event touches six to ten entities — so the number of
 * dependent reads per lookup is the figure that matters: two here (fingerprints, state reference), against a hash
 * map's four (table, node, key, key bytes). The caller dereferences the state later, by which time the lookups of
 * the event's other entities are in flight too. Two ids are confused only if both fingerprints collide: about one
 * chance in 2^100 for a million entities.
 *
 * <p>Idle states are dropped a slice at a time ({@link #sweep}), never in one pass over the table: a full pass
 * dereferences every state, one cache miss each, and over a million entities that stalled the deciding thread for
 * tens of milliseconds at a time. Removal shifts the rest of the probe run back, so the table never holds
 * tombstones and a lookup stops at the first free position, as before.
 */
final class EntityTable {
    private static final double LOAD = 0.6;
    private static final int MIN_CAPACITY = 1024;
    /** A sweep examines at least this many positions, and 1/{@value #PASS_SLICES} of the table when larger. */
    private static final int MIN_SLICE = 16;
    static final int PASS_SLICES = 4096;
    /** {@code [key0, check0, key1, check1, ...]}; key 0 marks a free position. */
    private long[] prints = new long[2 * MIN_CAPACITY];
    private EntityState[] states = new EntityState[MIN_CAPACITY];
    private int size;
    /** The position the next sweep examines first. */
    private int cursor;

    EntityState find(long key, long check) {
        long[] p = prints;
        int mask = states.length - 1;
        for (int i = index(key, mask); ; i = (i + 1) & mask) {
            long k = p[2 * i];
            if (k == key && p[2 * i + 1] == check) {
                return states[i];
            }
            if (k == 0) {
                return null;
            }
        }
    }

    void put(long key, long check, EntityState state) {
        if (size + 1 > states.length * LOAD) {
            rebuild(states.length * 2);
        }
        if (insert(prints, states, key, check, state)) {
            size++;
        }
    }

    int size() {
        return size;
    }

    /**
     * Examines the next slice of positions, {@value #PASS_SLICES} slices to a full pass, and drops the states last
     * seen before {@code cutoffMillis}; returns how many. At the end of a pass a table that has shrunk to an eighth of
     * its load is rebuilt smaller.
     */
    int sweep(long cutoffMillis) {
        int dropped = 0;
        int slice = Math.max(MIN_SLICE, states.length / PASS_SLICES);
        for (int examined = 0; examined < slice; ) {
            EntityState state = states[cursor];
            if (state != null && state.lastSeenMillis < cutoffMillis) {
                removeAt(cursor);
                dropped++;
                continue; // a state from further along the run may have moved here: examine this position again
            }
            examined++;
            cursor = (cursor + 1) & (states.length - 1);
            if (cursor == 0 && states.length > MIN_CAPACITY && size < states.length * LOAD / 8) {
                rebuild(capacityFor(size));
                break;
            }
        }
        return dropped;
    }

    long bytes() {
        long bytes = 16 + prints.length * 8L + 16 + states.length * 4L;
        for (EntityState s : states) {
            bytes += s == null ? 0 : s.bytes();
        }
        return bytes;
    }

    /** Re-inserts every state into a table of {@code capacity}; reads no state, only fingerprints and references. */
    private void rebuild(int capacity) {
        long[] oldPrints = prints;
        EntityState[] oldStates = states;
        prints = new long[2 * capacity];
        states = new EntityState[capacity];
        cursor = 0;
        for (int i = 0; i < oldStates.length; i++) {
            if (oldStates[i] != null) {
                insert(prints, states, oldPrints[2 * i], oldPrints[2 * i + 1], oldStates[i]);
            }
        }
    }

    private static int capacityFor(int entries) {
        int capacity = MIN_CAPACITY;
        while (entries + 1 > capacity * LOAD) {
            capacity *= 2;
        }
        return capacity;
    }

    /**
     * Frees position {@code i} and moves back each later state of the probe run that may live there (its home
     * position is not cyclically within {@code (i, j]}), so that every remaining state is still found before a free
     * position.
     */
    private void removeAt(int i) {
        long[] p = prints;
        int mask = states.length - 1;
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            long key = p[2 * j];
            if (key == 0) {
                break;
            }
            int home = index(key, mask);
            boolean staysPut = i <= j ? i < home && home <= j : i < home || home <= j;
            if (!staysPut) {
                p[2 * i] = key;
                p[2 * i + 1] = p[2 * j + 1];
                states[i] = states[j];
                i = j;
            }
        }
        p[2 * i] = 0;
        p[2 * i + 1] = 0;
        states[i] = null;
        size--;
    }

    /** Inserts or replaces; true when the id was new. */
    private static boolean insert(long[] prints, EntityState[] states, long key, long check, EntityState state) {
        int mask = states.length - 1;
        for (int i = index(key, mask); ; i = (i + 1) & mask) {
            if (prints[2 * i] == 0) {
                prints[2 * i] = key;
                prints[2 * i + 1] = check;
                states[i] = state;
                return true;
            }
            if (prints[2 * i] == key && prints[2 * i + 1] == check) {
                states[i] = state;
                return false;
            }
        }
    }

    private static int index(long key, int mask) {
        return (int) (key ^ (key >>> 29)) & mask;
    }
}
