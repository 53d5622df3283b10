package dev.bulwark.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of an {@link EventLog}: {@code 0000000000.seg}, {@code 0000000001.seg}, … each of a fixed size, written
 * full of zeros before it is used so that appending to it changes no file size and an {@code fdatasync} carries
 * data only (on this VM's ext4: ~200 µs against 270–380 µs for a file that grows). A background thread writes the
 * next segment while the current one fills, under a temporary name, renamed once synced. Each segment starts with
 * a 16-byte header: a magic number, its own number and its size.
 */
final class LogSegments implements AutoCloseable {
    static final int HEADER_BYTES = 16;
    private static final long MAGIC = 0x42574b4c4f473031L; // "BWKLOG01"
    private static final Pattern NAME = Pattern.compile("(\\d{10})\\.seg");
    // The next segment is written 256 KiB and a sync at a time, one step every 6 ms (~40 MB/s, 3.2 s for 128 MiB)
    // until the writer has used three quarters of its segment, then flat out. Written flat out, or a megabyte at a
    // time with no pause, the preparation queued the log's own syncs behind its writeback: every segment switch
    // held appends up to 30-90 ms (docs/benchmarks.md, sixteenth sitting).
    private static final int ZEROS = 256 << 10;
    // Segments grow from 8 MiB, doubling, to the largest size: a new store writes 8 + 16 MiB of zeros, not 2 x 128.
    private static final int FIRST_BYTES = 8 << 20;
    private static final long PACE_NANOS = 6_000_000;

    private final Path dir;
    private final int maxBytes;
    private final List<FileChannel> channels = new ArrayList<>();
    private final FileChannel lockFile;
    private final FileLock lock;
    private final ExecutorService preparer = Executors.newSingleThreadExecutor(
            task -> Thread.ofPlatform().daemon().name("bulwark-log-segments").unstarted(task));
    /** The next segment's preparation, once started; {@code null} before. */
    private CompletableFuture<FileChannel> next;
    private volatile boolean hurry;

    /**
     * Opens the segments in {@code dir} (creating it), after deleting what an interrupted preparation left; new ones
     * grow to {@code maxBytes}.
     */
    LogSegments(Path dir, int maxBytes) throws IOException {
        this.dir = dir;
        this.maxBytes = maxBytes;
        Files.createDirectories(dir);
        this.lockFile = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held;
        try {
            held = lockFile.tryLock();
        } catch (OverlappingFileLockException e) {
            held = null;
        }
        if (held == null) {
            lockFile.close();
            throw new IOException("the event log in " + dir + " is in use by another store (another node on the same "
                    + "data directory?)");
        }
        this.lock = held;
        try {
            List<Integer> numbers = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    Matcher m = NAME.matcher(name);
                    if (name.endsWith(".seg.tmp") || name.endsWith(".idx.tmp")) {
                        Files.delete(file);
                    } else if (m.matches()) {
                        numbers.add(Integer.parseInt(m.group(1)));
                    }
                }
            }
            numbers.sort(null);
            for (int i = 0; i < numbers.size(); i++) {
                if (numbers.get(i) != i) {
                    throw new IOException("segment " + name(i) + " is missing from " + dir);
                }
                FileChannel channel = FileChannel.open(file(i), StandardOpenOption.READ, StandardOpenOption.WRITE);
                channels.add(channel);
                check(channel, i);
            }
            if (channels.isEmpty()) {
                channels.add(prepare(0, false));
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The size new segments grow to: no record can be larger. */
    int maxBytes() {
        return maxBytes;
    }

    private int bytesOf(int n) {
        return (int) Math.min(maxBytes, (long) FIRST_BYTES << Math.min(n, 16));
    }

    /** How many segment files there are. */
    synchronized int count() {
        return channels.size();
    }

    synchronized FileChannel channel(int segment) {
        return channels.get(segment);
    }

    /**
     * Drops every segment after {@code last}, which hold nothing that was acknowledged: the first, if it is still
     * empty (prepared, never written), becomes the next segment; other empty ones are deleted, and any with records
     * is renamed {@code .discarded}, kept for inspection.
     */
    synchronized void dropAfter(int last) throws IOException {
        while (channels.size() > last + 1) {
            int n = channels.size() - 1;
            FileChannel channel = channels.remove(n);
            boolean empty = empty(channel);
            if (n == last + 1 && empty) {
                next = CompletableFuture.completedFuture(channel);
            } else {
                channel.close();
                if (empty) {
                    Files.delete(file(n));
                } else {
                    Files.move(file(n), dir.resolve(name(n) + ".discarded"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static boolean empty(FileChannel channel) throws IOException {
        ByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        int at = HEADER_BYTES;
        for (; at + 8 <= map.limit(); at += 8) {
            if (map.getLong(at) != 0) {
                return false;
            }
        }
        for (; at < map.limit(); at++) {
            if (map.get(at) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Tells the preparation of the next segment to stop pacing itself: the current one is nearly full. */
    void hurry(boolean hurry) {
        if (this.hurry != hurry) {
            this.hurry = hurry;
        }
    }

    /** Starts writing the segment after the last one in the background, if it is not there yet. */
    synchronized void prepareNext() {
        int n = channels.size();
        if (next == null || next.isCompletedExceptionally()) {
            next = CompletableFuture.supplyAsync(() -> {
                try {
                    return prepare(n, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, preparer);
        }
    }

    /** The segment after the last one, waiting for its preparation (or preparing it now); it becomes the last. */
    FileChannel advance() throws IOException {
        CompletableFuture<FileChannel> preparing;
        synchronized (this) {
            prepareNext();
            preparing = next;
        }
        FileChannel channel;
        try {
            channel = preparing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the next log segment", e);
        } catch (ExecutionException e) {
            throw new IOException("cannot prepare the next log segment in " + dir + ": " + e.getCause().getMessage(),
                    e.getCause());
        }
        synchronized (this) {
            channels.add(channel);
            next = null;
            prepareNext();
        }
        return channel;
    }

    /** Writes segment {@code n}; {@code paced}, it waits between steps unless told to {@link #hurry}. */
    private FileChannel prepare(int n, boolean paced) throws IOException {
        int segmentBytes = bytesOf(n);
        Path tmp = dir.resolve(name(n) + ".tmp");
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer zeros = ByteBuffer.allocateDirect(ZEROS);
            for (long at = 0; at < segmentBytes; at += ZEROS) {
                zeros.clear().limit((int) Math.min(ZEROS, segmentBytes - at));
                while (zeros.hasRemaining()) {
                    out.write(zeros, at + zeros.position());
                }
                out.force(false);
                if (paced && !hurry) {
                    LockSupport.parkNanos(PACE_NANOS);
                }
            }
            ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).putLong(MAGIC).putInt(n).putInt(segmentBytes).flip();
            while (header.hasRemaining()) {
                out.write(header, header.position());
            }
            out.force(true);
        }
        Files.move(tmp, file(n), StandardCopyOption.ATOMIC_MOVE);
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true);
        }
        return FileChannel.open(file(n), StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    private void check(FileChannel channel, int n) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        while (header.hasRemaining() && channel.read(header, header.position()) > 0) {
            // read the whole header
        }
        check(header.flip(), n, channel.size(), file(n));
    }

    /** Checks that {@code segment} starts with the header of segment {@code n} of {@code size} bytes. */
    static void check(ByteBuffer segment, int n, long size, Path file) throws IOException {
        if (segment.limit() < HEADER_BYTES || segment.getLong(0) != MAGIC || segment.getInt(8) != n
                || segment.getInt(12) != size) {
            throw new IOException(file + " is not segment " + n + " of an event log (wrong header or size)");
        }
    }

    private Path file(int n) {
        return file(dir, n);
    }

    /** Segment {@code n}'s file in {@code dir}. */
    static Path file(Path dir, int n) {
        return dir.resolve(name(n));
    }

    private static String name(int n) {
        return String.format("%010d.seg", n);
    }

    @Override
    public synchronized void close() throws IOException {
        if (!lockFile.isOpen()) {
            return;
        }
        preparer.shutdownNow(); // a preparation in progress stops at its next write; its .tmp file goes at the next open
        IOException first = null;
        try {
            if (!preparer.awaitTermination(10, TimeUnit.SECONDS)) {
                first = new IOException("the preparation of a segment in " + dir + " did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (next != null && next.isDone() && !next.isCompletedExceptionally()) {
            channels.add(next.join()); // closed below; the file stays, an empty segment the next open uses
        }
        for (FileChannel channel : channels) {
            try {
                channel.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        channels.clear();
        lock.release();
        lockFile.close();
        if (first != null) {
            throw first;
        }
    }
}
