package dev.bulwark.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The ids of one log segment being written (see {@link LogIds}): an open-addressing table of a 64-bit hash of the
 * id and the record's position, side by side in one {@code long[]} so that a probe touches one cache line. Ids
 * themselves are not kept: a hash that matches is confirmed by reading the record. 16 bytes a slot, at most 70%
 * full. Safe for one writer and any number of readers; every method locks the table for the few nanoseconds a probe
 * takes.
 */
final class LogIndex {
    private static final long EMPTY = 0;
    private static final long[] NONE = new long[0];
    private static final double MAX_LOAD = 0.7;
    private static final int MAX_CAPACITY = 1 << 29; // slots: 8 GiB of table, ~375 million events
    private long[] slots;
    private int mask;
    private int size;

    LogIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) Math.min(MAX_CAPACITY, expected / MAX_LOAD)) - 1) << 1;
        slots = new long[capacity * 2];
        mask = capacity - 1;
    }

    /** The hash the table files an id under: 64-bit FNV-1a over its UTF-8 bytes, mixed; never {@code 0}. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }

    /** Files the record at {@code position} under {@code hash}; the caller has checked the id is not yet there. */
    synchronized void put(long hash, long position) {
        if (size + 1 > (mask + 1) * MAX_LOAD) {
            grow();
        }
        insert(slots, mask, hash, position);
        size++;
    }

    /** Every (hash, position) pair the table holds, side by side, in no order. */
    synchronized long[] entries() {
        long[] pairs = new long[size * 2];
        int at = 0;
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != EMPTY) {
                pairs[at++] = slots[i];
                pairs[at++] = slots[i + 1];
            }
        }
        return pairs;
    }

    /** The positions of the records filed under {@code hash}, for the caller to read and compare ids. */
    synchronized long[] candidates(long hash) {
        long[] found = NONE;
        for (int i = (int) hash & mask; slots[2 * i] != EMPTY; i = (i + 1) & mask) {
            if (slots[2 * i] == hash) {
                long[] more = Arrays.copyOf(found, found.length + 1);
                more[found.length] = slots[2 * i + 1];
                found = more;
            }
        }
        return found;
    }

    private void grow() {
        if (mask + 1 >= MAX_CAPACITY) {
            throw new StoreException("the event log's id index is full at " + size + " events");
        }
        int capacity = (mask + 1) * 2;
        long[] bigger = new long[capacity * 2];
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != EMPTY) {
                insert(bigger, capacity - 1, slots[i], slots[i + 1]);
            }
        }
        slots = bigger;
        mask = capacity - 1;
    }

    private static void insert(long[] table, int mask, long hash, long position) {
        int i = (int) hash & mask;
        while (table[2 * i] != EMPTY) {
            i = (i + 1) & mask;
        }
        table[2 * i] = hash;
        table[2 * i + 1] = position;
    }
}
