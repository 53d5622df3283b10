package dev.bulwark.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store's journal of events and their decisions: records appended to {@link LogSegments} and made
 * durable with one {@code fdatasync} per append, found again by id through {@link LogIds} (a Bloom filter, the
 * current segment's ids in memory, and an index file per sealed segment), rebuilt when the log opens. The records'
 * format is in {@link LogRecords}.
 *
 * <p>Opening reads every record and checks its CRC: the log ends at the first record that is not whole (an append
 * a crash interrupted, which was never acknowledged). Bytes found after it are copied to a {@code .discarded} file
 * and zeroed, so that a later, shorter append cannot leave an old record looking valid behind it. An append that
 * fails on I/O breaks the log for good (the state of pages whose sync failed is unknown): every later append
 * fails, and the store reports itself unhealthy.
 */
final class EventLog implements AutoCloseable {
    static final int DEFAULT_SEGMENT_BYTES = 128 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(EventLog.class);
    private static final int RECORD_HEADER = LogRecords.HEADER;
    private static final int NEXT_SEGMENT = LogRecords.NEXT_SEGMENT;
    private static final int BUFFER_BYTES = 1 << 20;
    private static final byte[] NO_ALERT = new byte[0];

    /** Receives records as a scan reads them. */
    @FunctionalInterface
    interface Reader {
        void read(long position, LogEntry entry);
    }

    private final Path dir;
    private final LogSegments segments;
    private final LogIds ids;
    private final CRC32C crc = new CRC32C();
    private ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_BYTES);
    private FileChannel current;
    private int segment;
    /** The first segment whose ids have not been handed to {@link LogIds#seal}. */
    private int unsealed;
    private long limit;
    private int offset;
    private long written;
    private volatile long end;
    private volatile long count;
    private volatile Optional<IOException> broken = Optional.empty();

    private EventLog(Path dir, LogSegments segments) {
        this.dir = dir;
        this.segments = segments;
        this.ids = new LogIds(dir);
    }

    /** Opens the log in {@code dir}, creating it, indexing every whole record and cutting off a torn tail. */
    static EventLog open(Path dir, int segmentBytes) throws IOException {
        LogSegments segments = new LogSegments(dir, segmentBytes);
        try {
            EventLog log = new EventLog(dir, segments);
            try {
                log.recover();
            } catch (IOException | RuntimeException e) {
                log.ids.close();
                throw e;
            }
            segments.prepareNext();
            return log;
        } catch (IOException | RuntimeException e) {
            segments.close();
            throw e;
        }
    }

    static long position(int segment, int offset) {
        return (long) segment << 32 | offset;
    }

    private static int segmentOf(long position) {
        return (int) (position >>> 32);
    }

    private static int offsetOf(long position) {
        return (int) position;
    }

    /** The position after the last durable record: where a scan of everything stops. */
    long end() {
        return end;
    }

    long count() {
        return count;
    }

    Optional<IOException> broken() {
        return broken;
    }

    private void recover() throws IOException {
        for (int n = 0; ; n++) {
            if (n + 1 < segments.count()) {
                Optional<Integer> indexed = ids.load(n);
                if (indexed.isPresent()) {
                    count += indexed.get();
                    continue;
                }
            }
            FileChannel channel = segments.channel(n);
            MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            int at = LogSegments.HEADER_BYTES;
            while (true) {
                int length = LogRecords.length(map, at, crc);
                if (length == NEXT_SEGMENT && n + 1 < segments.count()) {
                    ids.seal(n);
                    break;
                }
                if (length == NEXT_SEGMENT) {
                    ids.seal(n);
                    startAt(segments.advance(), n + 1, LogSegments.HEADER_BYTES);
                    unsealed = n + 1;
                    return;
                }
                if (length == 0) {
                    cutAfter(map, n, at);
                    startAt(channel, n, at);
                    unsealed = n;
                    return;
                }
                ids.put(LogIndex.hash(LogRecords.idAt(map, at + RECORD_HEADER)), n, position(n, at));
                count++;
                at += RECORD_HEADER + length;
            }
        }
    }

    private void startAt(FileChannel channel, int n, int at) throws IOException {
        current = channel;
        limit = channel.size();
        segment = n;
        offset = at;
        written = at;
        end = position(n, at);
    }

    /** Keeps, then zeroes, whatever follows the last whole record of segment {@code n}; drops later segments. */
    private void cutAfter(MappedByteBuffer map, int n, int at) throws IOException {
        int last = map.limit();
        while (last - 8 >= at && map.getLong(last - 8) == 0) {
            last -= 8;
        }
        while (last > at && map.get(last - 1) == 0) {
            last--;
        }
        if (last > at) {
            Path kept = dir.resolve(String.format("%010d.seg.%d.discarded", n, at));
            try (FileChannel out = FileChannel.open(kept, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                writeFully(out, map.slice(at, last - at), 0);
                out.force(true);
            }
            FileChannel channel = segments.channel(n);
            writeFully(channel, ByteBuffer.allocate(last - at), at);
            channel.force(false);
            LOG.warn("event log {}: {} bytes after the last whole record of segment {} (offset {}), an append a "
                    + "crash interrupted, were never acknowledged; kept in {} and cleared", dir, last - at, n, at, kept);
        }
        for (int later = n + 1; later < segments.count(); later++) {
            LogIds.delete(dir, later);
        }
        segments.dropAfter(n);
    }

    /**
     * Appends the entries whose id the log does not hold yet (nor an earlier entry of the same call), durably, in
     * order; returns which were appended.
     */
    synchronized boolean[] append(List<LogEntry> entries) {
        if (broken.isPresent()) {
            throw new StoreException("the event log in " + dir + " failed earlier and takes no more appends: "
                    + broken.get().getMessage(), broken.get());
        }
        int n = entries.size();
        boolean[] fresh = new boolean[n];
        long[] hashes = new long[n];
        long[] positions = new long[n];
        Set<String> seen = n > 1 ? new HashSet<>() : Set.of();
        for (LogEntry e : entries) {
            // checked before anything is written, so that a refused batch leaves nothing behind
            // bounded first by three bytes a char, so that the id is encoded here only for an event near the limit
            int room = segments.maxBytes() - LogSegments.HEADER_BYTES - RECORD_HEADER - 4;
            if (payloadBytes(3 * e.id().length(), e, e.alert().map(a -> a.length).orElse(0)) > room
                    && payloadBytes(e) > room) {
                throw new StoreException("event " + e.id() + " takes " + (RECORD_HEADER + payloadBytes(e))
                        + " bytes, more than a log segment holds (" + segments.maxBytes() + ")");
            }
        }
        try {
            for (int i = 0; i < n; i++) {
                LogEntry e = entries.get(i);
                long hash = LogIndex.hash(e.id());
                if ((n > 1 && !seen.add(e.id())) || holds(hash, e.id())) {
                    continue;
                }
                positions[i] = put(e);
                hashes[i] = hash;
                fresh[i] = true;
            }
            flush();
            current.force(false);
            segments.hurry(offset > limit - limit / 4);
        } catch (IOException e) {
            broken = Optional.of(e);
            throw new StoreException("cannot append to the event log in " + dir + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < n; i++) {
            if (fresh[i]) {
                ids.put(hashes[i], segmentOf(positions[i]), positions[i]);
                count++;
            }
        }
        while (unsealed < segment) {
            ids.seal(unsealed++); // after the puts above: the batch may have filled the segment it seals
        }
        end = position(segment, offset);
        return fresh;
    }

    private long put(LogEntry e) throws IOException {
        byte[] id = e.id().getBytes(StandardCharsets.UTF_8);
        byte[] alert = e.alert().orElse(NO_ALERT);
        int length = payloadBytes(id.length, e, alert.length);
        int total = RECORD_HEADER + length;
        while (offset + total + 4 > limit) {
            buffer.putInt(NEXT_SEGMENT);
            flush();
            current.force(false);
            startAt(segments.advance(), segment + 1, LogSegments.HEADER_BYTES);
            LOG.info("event log {}: segment {} started after {} events", dir, segment, count);
        }
        if (buffer.remaining() < total + 4) {
            flush();
            if (buffer.capacity() < total + 4) {
                buffer = ByteBuffer.allocateDirect(total + 4);
            }
        }
        int start = buffer.position();
        buffer.putInt(length).putInt(0).put(e.derived() ? LogRecords.DERIVED : 0)
                .putInt(id.length).put(id)
                .putInt(e.event().length).put(e.event())
                .putInt(e.decision().length).put(e.decision())
                .putInt(alert.length).put(alert);
        crc.reset();
        crc.update(buffer.slice(start + RECORD_HEADER, length));
        buffer.putInt(start + 4, (int) crc.getValue());
        long at = position(segment, offset);
        offset += total;
        return at;
    }

    private static int payloadBytes(LogEntry e) {
        return payloadBytes(e.id().getBytes(StandardCharsets.UTF_8).length, e, e.alert().map(a -> a.length).orElse(0));
    }

    private static int payloadBytes(int idBytes, LogEntry e, int alertBytes) {
        return 1 + 4 + idBytes + 4 + e.event().length + 4 + e.decision().length + 4 + alertBytes;
    }

    private void flush() throws IOException {
        buffer.flip();
        int bytes = buffer.remaining();
        writeFully(current, buffer, written);
        written += bytes;
        buffer.clear();
    }

    private static void writeFully(FileChannel channel, ByteBuffer bytes, long at) throws IOException {
        long to = at;
        while (bytes.hasRemaining()) {
            to += channel.write(bytes, to);
        }
    }

    private boolean holds(long hash, String id) {
        return find(hash, id).isPresent();
    }

    /** The entry stored under {@code id}, if any. */
    Optional<LogEntry> find(String id) {
        return find(LogIndex.hash(id), id);
    }

    private Optional<LogEntry> find(long hash, String id) {
        for (long position : ids.candidates(hash)) {
            LogEntry entry = read(position);
            if (entry.id().equals(id)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    private LogEntry read(long position) {
        try {
            FileChannel channel = segments.channel(segmentOf(position));
            ByteBuffer head = ByteBuffer.allocate(RECORD_HEADER);
            readFully(channel, head, offsetOf(position));
            ByteBuffer payload = ByteBuffer.allocate(head.getInt(0));
            readFully(channel, payload, offsetOf(position) + RECORD_HEADER);
            return LogRecords.decode(payload.flip());
        } catch (IOException e) {
            throw new StoreException("cannot read the event log in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer into, long at) throws IOException {
        while (into.hasRemaining()) {
            if (channel.read(into, at + into.position()) < 0) {
                throw new IOException("the event log ends inside a record");
            }
        }
    }

    /** Feeds {@code reader} every record from {@code from} to the end as it was when the scan started, in order. */
    void scan(long from, Reader reader) {
        long stop = end;
        int n = Math.max(0, segmentOf(from));
        int at = Math.max(LogSegments.HEADER_BYTES, n == segmentOf(from) ? offsetOf(from) : 0);
        try {
            while (position(n, at) < stop) {
                FileChannel channel = segments.channel(n);
                MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
                while (position(n, at) < stop) {
                    int length = map.getInt(at);
                    if (length == NEXT_SEGMENT) {
                        break;
                    }
                    reader.read(position(n, at), LogRecords.decode(map.slice(at + RECORD_HEADER, length)));
                    at += RECORD_HEADER + length;
                }
                n++;
                at = LogSegments.HEADER_BYTES;
            }
        } catch (IOException e) {
            throw new StoreException("cannot read the event log in " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        ids.close();
        segments.close();
    }
}
