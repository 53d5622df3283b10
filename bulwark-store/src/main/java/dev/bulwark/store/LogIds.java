package dev.bulwark.store;

import dev.bulwark.core.util.BloomFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where each id's record is in the {@link EventLog}, with heap bounded by the segment being written rather than by
 * everything stored: a Bloom filter of every id (18 bits each), an in-memory {@link LogIndex} for each segment not
 * yet sealed, and a {@link SealedIndex} file for each sealed one, written in the background once the writer has moved
 * on. A lookup the filter rules out costs nothing more; one it lets through (a duplicate, or about one new id in a
 * thousand) checks the in-memory tables and bisects each sealed file. Safe for one writer and any number of readers.
 */
final class LogIds implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LogIds.class);
    private static final long[] NONE = new long[0];
    private static final int TABLE_SIZE = 1 << 16;

    private final Path dir;
    private final BloomFilter bloom = new BloomFilter(1 << 20);
    private final Map<Integer, LogIndex> tables = new HashMap<>();
    private final Map<Integer, SealedIndex> sealed = new HashMap<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            task -> Thread.ofPlatform().daemon().name("bulwark-log-index").unstarted(task));

    LogIds(Path dir) {
        this.dir = dir;
    }

    static Path file(Path dir, int segment) {
        return dir.resolve(String.format("%010d.idx", segment));
    }

    /** Files the record of a new id, with the id's {@link LogIndex#hash}, at {@code position} in {@code segment}. */
    synchronized void put(long hash, int segment, long position) {
        bloom.add(hash);
        tables.computeIfAbsent(segment, n -> new LogIndex(TABLE_SIZE)).put(hash, position);
    }

    /** The positions of the records that may hold an id with this hash, for the caller to read and compare. */
    synchronized long[] candidates(long hash) {
        if (!bloom.mightContain(hash)) {
            return NONE;
        }
        long[] found = NONE;
        for (LogIndex table : tables.values()) {
            found = concat(found, table.candidates(hash));
        }
        for (SealedIndex index : sealed.values()) {
            found = concat(found, index.candidates(hash));
        }
        return found;
    }

    private static long[] concat(long[] a, long[] b) {
        if (b.length == 0) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        long[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /**
     * Takes the ids of sealed segment {@code segment} from its index file, if it has a whole one; returns how many,
     * or empty when the segment's records must be read instead.
     */
    synchronized Optional<Integer> load(int segment) throws IOException {
        Optional<SealedIndex> index = SealedIndex.open(file(dir, segment));
        index.ifPresent(i -> {
            i.hashes(bloom::add);
            sealed.put(segment, i);
        });
        return index.map(SealedIndex::count);
    }

    /** Writes the index file of a segment the writer has left, in the background, then lets its table go. */
    void seal(int segment) {
        long[] pairs;
        synchronized (this) {
            LogIndex table = tables.get(segment);
            pairs = table == null ? new long[0] : table.entries();
        }
        writer.execute(() -> {
            try {
                Path file = file(dir, segment);
                SealedIndex.write(file, pairs);
                SealedIndex index = SealedIndex.open(file).orElseThrow(() -> new IOException(file + " reads back wrong"));
                synchronized (this) {
                    sealed.put(segment, index);
                    tables.remove(segment);
                }
            } catch (IOException | RuntimeException e) {
                // the table stays in memory and the next open reads the segment's records instead
                LOG.warn("cannot write the id index of log segment {} in {}: {}", segment, dir, e.getMessage());
            }
        });
    }

    /** Deletes the index file of a segment, if any (a segment set aside after a crash). */
    static void delete(Path dir, int segment) throws IOException {
        Files.deleteIfExists(file(dir, segment));
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("the id index of the log in {} was still being written at close", dir);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
