package dev.bulwark.engine.features;

import java.util.Arrays;

/**
 * The distinct values one entity has shown a feature, as 64-bit hashes with the bucket each was last seen in,
 * kept in one {@code long[]}: {@code [size, hash0, bucket0, hash1, bucket1, ...]}. Holds at most {@code cap}
 * values; when full, the value seen longest ago gives way, so the count is exact up to {@code cap} and saturates
 * there. Up to {@value #LINEAR} values the pairs are scanned in order; beyond that the array is an open-addressing
 * table (hash 0 marks a free pair), so a busy IP or device with dozens of values costs one probe per event.
 *
 * <p>Design note: one array rather than an object holding a hash array and a bucket array, because updates are
 * memory-bound: from the entity's state a lookup is now one dependent read instead of three.
 */
final class DistinctSet {
    private static final int LINEAR = 16;
    private static final int FIRST = 2;
    private static final int HASHED_MIN = 64;

    private DistinctSet() {
    }

    /** Records {@code hash} (never 0) as seen in {@code bucket}; returns the set, grown when it had to be. */
    static long[] add(long[] set, long hash, int bucket, int cap) {
        if (set == null) {
            set = new long[1 + 2 * FIRST];
        }
        int at = indexOf(set, hash);
        if (at > 0) {
            set[at + 1] = Math.max(set[at + 1], bucket);
            return set;
        }
        if (set[0] >= cap) {
            int oldest = oldest(set);
            if (set[oldest + 1] > bucket) {
                return set;
            }
            remove(set, oldest);
        }
        return insert(set, hash, bucket);
    }

    /** How many values were last seen in buckets {@code (bucket - span, bucket]}; an absent set holds none. */
    static int count(long[] set, int bucket, int span) {
        if (set == null) {
            return 0;
        }
        int n = 0;
        int end = limit(set);
        for (int i = 1; i < end; i += 2) {
            if (set[i] != 0) {
                long age = bucket - set[i + 1];
                if (age >= 0 && age < span) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Heap bytes of the array, for the memory figures. */
    static long bytes(long[] set) {
        return set == null ? 0 : 16 + 8L * set.length;
    }

    private static int capacity(long[] set) {
        return (set.length - 1) >>> 1;
    }

    private static boolean hashed(long[] set) {
        return capacity(set) > LINEAR;
    }

    /** One past the last array position that may hold a pair. */
    private static int limit(long[] set) {
        return hashed(set) ? set.length : 1 + 2 * (int) set[0];
    }

    /** The array position of {@code hash}, or -1. */
    private static int indexOf(long[] set, long hash) {
        if (!hashed(set)) {
            int end = 1 + 2 * (int) set[0];
            for (int i = 1; i < end; i += 2) {
                if (set[i] == hash) {
                    return i;
                }
            }
            return -1;
        }
        int mask = capacity(set) - 1;
        for (int p = home(hash, mask); set[1 + 2 * p] != 0; p = (p + 1) & mask) {
            if (set[1 + 2 * p] == hash) {
                return 1 + 2 * p;
            }
        }
        return -1;
    }

    private static long[] insert(long[] set, long hash, int bucket) {
        int size = (int) set[0];
        if (!hashed(set) && size < LINEAR) {
            if (size == capacity(set)) {
                set = Arrays.copyOf(set, 1 + 4 * size);
            }
            set[1 + 2 * size] = hash;
            set[2 + 2 * size] = bucket;
            set[0] = size + 1;
            return set;
        }
        if (!hashed(set) || (size + 1) * 2 > capacity(set)) {
            set = rehash(set, Math.max(HASHED_MIN, Integer.highestOneBit((size + 1) * 4 - 1)));
        }
        place(set, hash, bucket);
        set[0] = size + 1;
        return set;
    }

    private static long[] rehash(long[] set, int capacity) {
        long[] table = new long[1 + 2 * capacity];
        table[0] = set[0];
        int end = limit(set);
        for (int i = 1; i < end; i += 2) {
            if (set[i] != 0) {
                place(table, set[i], set[i + 1]);
            }
        }
        return table;
    }

    /** Puts a pair into the first free position of its probe run (the table has one). */
    private static void place(long[] table, long hash, long bucket) {
        int mask = capacity(table) - 1;
        int p = home(hash, mask);
        while (table[1 + 2 * p] != 0) {
            p = (p + 1) & mask;
        }
        table[1 + 2 * p] = hash;
        table[2 + 2 * p] = bucket;
    }

    private static int oldest(long[] set) {
        int oldest = -1;
        int end = limit(set);
        for (int i = 1; i < end; i += 2) {
            if (set[i] != 0 && (oldest < 0 || set[i + 1] < set[oldest + 1])) {
                oldest = i;
            }
        }
        return oldest;
    }

    /** Removes the pair at {@code at}; in the table, shifts later pairs of the same probe run back (no tombstones). */
    private static void remove(long[] set, int at) {
        int size = (int) set[0] - 1;
        set[0] = size;
        if (!hashed(set)) {
            int last = 1 + 2 * size;
            set[at] = set[last];
            set[at + 1] = set[last + 1];
            set[last] = 0;
            set[last + 1] = 0;
            return;
        }
        int mask = capacity(set) - 1;
        int hole = (at - 1) >>> 1;
        set[at] = 0;
        for (int p = (hole + 1) & mask; set[1 + 2 * p] != 0; p = (p + 1) & mask) {
            int home = home(set[1 + 2 * p], mask);
            boolean movable = hole <= p ? (home <= hole || home > p) : (home <= hole && home > p);
            if (movable) {
                set[1 + 2 * hole] = set[1 + 2 * p];
                set[2 + 2 * hole] = set[2 + 2 * p];
                set[1 + 2 * p] = 0;
                hole = p;
            }
        }
    }

    private static int home(long hash, int mask) {
        return (int) (hash ^ (hash >>> 32)) & mask;
    }
}
