package dev.bulwark.app.demo;

import dev.bulwark.app.node.StartupException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The demo's embedded store directory, held for the length of a run. Each run starts from an empty store unless
 * asked to keep it. Only the store's own files are removed, only in a directory a demo created (it leaves a marker
 * file there), and never while another demo holds the directory, so {@code --data} pointed at a real node's
 * directory or at a running demo's cannot wipe it.
 */
final class DemoStore implements AutoCloseable {
    static final String MARKER = ".bulwark-demo";
    static final String LOCK = ".bulwark-demo.lock";
    private static final List<String> STORE_FILES = List.of("bulwark.db", "bulwark.db-wal", "bulwark.db-shm",
            "bulwark.db-journal");

    private final FileChannel channel;
    private final String note;

    private DemoStore(FileChannel channel, String note) {
        this.channel = channel;
        this.note = note;
    }

    /** Takes {@code data} for this run, emptying its store unless {@code keep}. */
    static DemoStore open(Path data, boolean keep) {
        boolean hasStore = Files.exists(data.resolve(STORE_FILES.getFirst()));
        if (!keep && hasStore && !Files.exists(data.resolve(MARKER))) {
            throw new StartupException(data + " holds a store that no demo created; pass --keep to use it as it is,"
                    + " or choose another --data");
        }
        FileChannel channel = lock(data);
        try {
            if (keep && hasStore) {
                return new DemoStore(channel, "keeping the events of earlier runs (--keep)");
            }
            for (String file : STORE_FILES) {
                Files.deleteIfExists(data.resolve(file));
            }
            Files.writeString(data.resolve(MARKER), "The store of `bulwark demo`, which empties it on every run.\n");
            return new DemoStore(channel, hasStore ? "empty: removed the previous run's store (--keep keeps it)"
                    : "empty: a new store");
        } catch (IOException e) {
            close(channel);
            throw cannotPrepare(data, e);
        }
    }

    private static FileChannel lock(Path data) {
        FileChannel channel = null;
        try {
            Files.createDirectories(data);
            channel = FileChannel.open(data.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new OverlappingFileLockException();
            }
            return channel;
        } catch (OverlappingFileLockException e) {
            close(channel);
            throw new StartupException("another demo is running on " + data + "; stop it first, or pass another --data");
        } catch (IOException e) {
            close(channel);
            throw cannotPrepare(data, e);
        }
    }

    private static StartupException cannotPrepare(Path data, IOException e) {
        return new StartupException("cannot prepare the data directory " + data + ": " + e.getMessage());
    }

    private static void close(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // Closing only releases the lock; there is nothing left to do if that fails.
        }
    }

    /** What happened to the store, in a few words. */
    String note() {
        return note;
    }

    /** Lets other runs take the directory. */
    @Override
    public void close() {
        close(channel);
    }
}
