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
 */
final class EntityTable {
    private static final double LOAD = 0.6;
    /** {@code [key0, check0, key1, check1, ...]}; key 0 marks a free position. */
    private long[] prints = new long[2 * 1024];
    private EntityState[] states = new EntityState[1024];
    private int size;

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
            rebuild(states.length * 2, Long.MIN_VALUE);
        }
        if (insert(prints, states, key, check, state)) {
            size++;
        }
    }

    int size() {
        return size;
    }

    /** Drops every state last seen before {@code cutoffMillis}; returns how many. */
    int expire(long cutoffMillis) {
        int kept = 0;
        for (int i = 0; i < states.length; i++) {
            if (states[i] != null && states[i].lastSeenMillis >= cutoffMillis) {
                kept++;
            }
        }
        if (kept == size) {
            return 0;
        }
        int before = size;
        int capacity = 1024;
        while (kept + 1 > capacity * LOAD) {
            capacity *= 2;
        }
        rebuild(capacity, cutoffMillis);
        return before - size;
    }

    long bytes() {
        long bytes = 16 + prints.length * 8L + 16 + states.length * 4L;
        for (EntityState s : states) {
            bytes += s == null ? 0 : s.bytes();
        }
        return bytes;
    }

    /** Re-inserts every state last seen at or after {@code cutoffMillis} into a table of {@code capacity}. */
    private void rebuild(int capacity, long cutoffMillis) {
        long[] oldPrints = prints;
        EntityState[] oldStates = states;
        prints = new long[2 * capacity];
        states = new EntityState[capacity];
        size = 0;
        for (int i = 0; i < oldStates.length; i++) {
            if (oldStates[i] != null && oldStates[i].lastSeenMillis >= cutoffMillis) {
                insert(prints, states, oldPrints[2 * i], oldPrints[2 * i + 1], oldStates[i]);
                size++;
            }
        }
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
