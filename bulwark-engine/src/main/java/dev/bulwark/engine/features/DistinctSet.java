package dev.bulwark.engine.features;

import java.util.Arrays;

/**
 * The distinct values one entity has shown a feature, as 64-bit hashes with the bucket each was last seen in.
 * Holds at most {@code cap} values; when full, the value seen longest ago gives way, so the count is exact up to
 * {@code cap} and saturates there. Up to {@value #LINEAR} values it is a pair of short arrays scanned in order;
 * beyond that an open-addressing table, so a busy IP or device with dozens of values costs one probe per event.
 */
final class DistinctSet {
    private static final int LINEAR = 16;
    private long[] hashes = new long[4];
    private int[] lastBucket = new int[4];
    private int size;
    private boolean hashed;

    /** Records {@code hash} (never 0) as seen in {@code bucket}. */
    void add(long hash, int bucket, int cap) {
        int at = indexOf(hash);
        if (at >= 0) {
            lastBucket[at] = Math.max(lastBucket[at], bucket);
            return;
        }
        if (size >= cap) {
            int oldest = oldest();
            if (lastBucket[oldest] > bucket) {
                return;
            }
            remove(oldest);
        }
        insert(hash, bucket);
    }

    /** How many values were last seen in buckets {@code (bucket - span, bucket]}. */
    int count(int bucket, int span) {
        int n = 0;
        int limit = hashed ? hashes.length : size;
        for (int i = 0; i < limit; i++) {
            if (hashes[i] != 0) {
                int age = bucket - lastBucket[i];
                if (age >= 0 && age < span) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Approximate heap bytes, for the memory figures. */
    long bytes() {
        return 32 + 16 + hashes.length * 8L + 16 + lastBucket.length * 4L;
    }

    private int indexOf(long hash) {
        if (!hashed) {
            for (int i = 0; i < size; i++) {
                if (hashes[i] == hash) {
                    return i;
                }
            }
            return -1;
        }
        int mask = hashes.length - 1;
        for (int i = slot(hash, mask); hashes[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == hash) {
                return i;
            }
        }
        return -1;
    }

    private void insert(long hash, int bucket) {
        if (!hashed && size < LINEAR) {
            if (size == hashes.length) {
                hashes = Arrays.copyOf(hashes, size * 2);
                lastBucket = Arrays.copyOf(lastBucket, size * 2);
            }
            hashes[size] = hash;
            lastBucket[size++] = bucket;
            return;
        }
        if (!hashed || (size + 1) * 2 > hashes.length) {
            rehash(Math.max(64, Integer.highestOneBit((size + 1) * 4 - 1)));
        }
        int mask = hashes.length - 1;
        int i = slot(hash, mask);
        while (hashes[i] != 0) {
            i = (i + 1) & mask;
        }
        hashes[i] = hash;
        lastBucket[i] = bucket;
        size++;
    }

    private void rehash(int capacity) {
        long[] oldHashes = hashes;
        int[] oldBuckets = lastBucket;
        int limit = hashed ? oldHashes.length : size;
        hashes = new long[capacity];
        lastBucket = new int[capacity];
        hashed = true;
        int mask = capacity - 1;
        for (int j = 0; j < limit; j++) {
            if (oldHashes[j] != 0) {
                int i = slot(oldHashes[j], mask);
                while (hashes[i] != 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = oldHashes[j];
                lastBucket[i] = oldBuckets[j];
            }
        }
    }

    private int oldest() {
        int oldest = -1;
        int limit = hashed ? hashes.length : size;
        for (int i = 0; i < limit; i++) {
            if (hashes[i] != 0 && (oldest < 0 || lastBucket[i] < lastBucket[oldest])) {
                oldest = i;
            }
        }
        return oldest;
    }

    /** Removes entry {@code at}; in the table, shifts later entries of the same probe run back (no tombstones). */
    private void remove(int at) {
        size--;
        if (!hashed) {
            hashes[at] = hashes[size];
            lastBucket[at] = lastBucket[size];
            hashes[size] = 0;
            return;
        }
        int mask = hashes.length - 1;
        int hole = at;
        hashes[hole] = 0;
        for (int i = (hole + 1) & mask; hashes[i] != 0; i = (i + 1) & mask) {
            int home = slot(hashes[i], mask);
            boolean movable = hole <= i ? (home <= hole || home > i) : (home <= hole && home > i);
            if (movable) {
                hashes[hole] = hashes[i];
                lastBucket[hole] = lastBucket[i];
                hashes[i] = 0;
                hole = i;
            }
        }
    }

    private static int slot(long hash, int mask) {
        return (int) (hash ^ (hash >>> 32)) & mask;
    }
}
