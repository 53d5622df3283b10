package dev.bulwark.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The ids of a sealed (full) log segment on disk: {@code NNNNNNNNNN.idx}, a header (magic number, count) then the
 * records' (64-bit id hash, position) pairs sorted by hash, read through a memory map and searched by bisection.
 * Written once, in the background, after the writer has moved to the next segment, so the heap holds only the ids of
 * the segment being written.
 */
final class SealedIndex {
    private static final long MAGIC = 0x42574b4944583031L; // "BWKIDX01"
    private static final int HEADER_BYTES = 16;
    private final LongBuffer pairs;
    private final int count;

    private SealedIndex(LongBuffer pairs, int count) {
        this.pairs = pairs;
        this.count = count;
    }

    /** Writes {@code pairs} (hash, position, hash, position, ...) sorted by hash to {@code file}, durably. */
    static void write(Path file, long[] pairs) throws IOException {
        int n = pairs.length / 2;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(pairs[2 * a], pairs[2 * b]));
        ByteBuffer bytes = ByteBuffer.allocate(HEADER_BYTES + n * 16).putLong(MAGIC).putLong(n);
        for (int i : order) {
            bytes.putLong(pairs[2 * i]).putLong(pairs[2 * i + 1]);
        }
        bytes.flip();
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
            out.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The index in {@code file}, if it is there and whole. */
    static Optional<SealedIndex> open(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = in.size();
            if (size < HEADER_BYTES) {
                return Optional.empty();
            }
            ByteBuffer map = in.map(FileChannel.MapMode.READ_ONLY, 0, size);
            long count = map.getLong(8);
            if (map.getLong(0) != MAGIC || size != HEADER_BYTES + count * 16) {
                return Optional.empty();
            }
            return Optional.of(new SealedIndex(map.position(HEADER_BYTES).slice().asLongBuffer(), (int) count));
        }
    }

    int count() {
        return count;
    }

    /** Feeds every id hash to {@code sink}. */
    void hashes(LongConsumer sink) {
        for (int i = 0; i < count; i++) {
            sink.accept(pairs.get(2 * i));
        }
    }

    /** The positions filed under {@code hash}. */
    long[] candidates(long hash) {
        int low = 0;
        int high = count;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (pairs.get(2 * mid) < hash) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int end = low;
        while (end < count && pairs.get(2 * end) == hash) {
            end++;
        }
        long[] found = new long[end - low];
        for (int i = low; i < end; i++) {
            found[i - low] = pairs.get(2 * i + 1);
        }
        return found;
    }
}
