package dev.bulwark.store;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * Reads an {@link EventLog}'s records without writing to it or taking its lock, so that it can run beside the node
 * that appends to it: segment by segment in order, each record checked against its CRC, up to the first that is
 * not whole. That is the end of the log as the reader found it: the writer's current position, or a tail that a
 * crash left and that the node's next start cuts off (it was never acknowledged). Nothing is written, so nothing is
 * repaired. A record can be read before the writer's sync of it has returned; a crash at that moment would leave
 * it out of the log, and the node would not have acknowledged it.
 */
final class LogReader {
    /** Receives each whole record, with how far through the log's files the reader is, from 0 to 1. */
    @FunctionalInterface
    interface Sink {
        void read(LogEntry entry, double fraction) throws IOException;
    }

    private LogReader() {
    }

    /** Feeds {@code sink} every whole record of the log in {@code dir}, in order; returns how many. */
    static long read(Path dir, Sink sink) throws IOException {
        long total = 0;
        for (int n = 0; Files.exists(LogSegments.file(dir, n)); n++) {
            total += Files.size(LogSegments.file(dir, n));
        }
        CRC32C crc = new CRC32C();
        long before = 0;
        long count = 0;
        for (int n = 0; ; n++) {
            Path file = LogSegments.file(dir, n);
            if (!Files.exists(file)) {
                return count; // a marker with no segment after it yet: the writer is waiting for that segment
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
                LogSegments.check(map, n, channel.size(), file);
                int at = LogSegments.HEADER_BYTES;
                while (true) {
                    int length = LogRecords.length(map, at, crc);
                    if (length == LogRecords.NEXT_SEGMENT) {
                        break;
                    }
                    if (length == 0) {
                        return count;
                    }
                    LogEntry entry = LogRecords.decode(map.slice(at + LogRecords.HEADER, length));
                    at += LogRecords.HEADER + length;
                    count++;
                    sink.read(entry, Math.min(1, (before + at) / (double) Math.max(1, total)));
                }
                before += channel.size();
            }
        }
    }
}
