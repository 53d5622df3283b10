package dev.bulwark.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.bulwark.core.port.JournalEntry;
import dev.bulwark.core.port.Store;
import dev.bulwark.engine.Engine;
import dev.bulwark.store.Stores;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What one durable commit of a batch of journal entries costs, in wall time and in CPU: the embedded store's
 * {@code write} (its event log: one write and one fdatasync into a zeroed segment, then the alert and enforcement rows
 * in SQLite) against the floor for the same bytes — one
 * gathering write and one {@code force(false)} (fdatasync) on a plain file, appended to or over space written
 * before. The entries are real: shipped-pack decisions of simulated traffic, serialised as the node serialises them.
 * Batches are written back to back from one thread, as the node's journal writer does under load.
 * {@code java -cp benchmarks.jar dev.bulwark.bench.JournalAppend [DIR] [batches] [sizes...]}
 */
public final class JournalAppend {
    private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private JournalAppend() {
    }

    /** One way of committing a batch. */
    private interface Sink extends AutoCloseable {
        void commit(List<JournalEntry> batch) throws IOException;

        @Override
        void close() throws IOException;
    }

    /** Wall time, this thread's CPU and the process's CPU (the store's background threads included) per batch, in µs. */
    private record Cost(double wall, double thread, double process) {
    }

    /** Entry point. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/journal-append"));
        int batches = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1, 4, 10, 25);
        }
        int largest = sizes.stream().mapToInt(Integer::intValue).max().orElse(1);
        List<JournalEntry> entries = entries(largest * (batches + batches / 5));
        long bytes = entries.stream().mapToLong(JournalAppend::size).sum();
        System.out.printf("entries: %,d, %.0f bytes each on average (event, decision, alert JSON)%n",
                entries.size(), (double) bytes / entries.size());
        System.out.println("| events per commit | sink | wall per commit | thread CPU per commit | process CPU per commit | process CPU per event |");
        System.out.println("|---|---|---|---|---|---|");
        for (int size : sizes) {
            String run = "size-" + size + "-" + System.nanoTime();
            try (Sink store = embedded(dir.resolve(run + "-store"))) {
                report(size, "embedded store", measure(store, entries, size, batches));
            }
            try (Sink file = file(dir.resolve(run + ".append"), false)) {
                report(size, "file, appended", measure(file, entries, size, batches));
            }
            try (Sink file = file(dir.resolve(run + ".overwrite"), true)) {
                report(size, "file, written before", measure(file, entries, size, batches));
            }
        }
    }

    private static List<JournalEntry> entries(int count) {
        SimulatedTraffic traffic = new SimulatedTraffic(3, 1);
        Engine engine = Engine.inMemory(SimulatedTraffic.pack(Path.of(System.getProperty("bulwark.strategies", "strategies"))));
        List<JournalEntry> entries = new ArrayList<>(count);
        for (long i = 0; entries.size() < count; i++) {
            entries.add(JournalEntry.of(engine.decide(traffic.event(i))));
        }
        return entries;
    }

    private static Cost measure(Sink sink, List<JournalEntry> entries, int size, int batches) throws IOException {
        int warmup = batches / 5;
        int next = 0;
        for (int b = 0; b < warmup; b++, next += size) {
            sink.commit(entries.subList(next, next + size));
        }
        long wall = System.nanoTime();
        long thread = THREAD.getCurrentThreadCpuTime();
        long process = PROCESS.getProcessCpuTime();
        for (int b = 0; b < batches; b++, next += size) {
            sink.commit(entries.subList(next, next + size));
        }
        return new Cost((System.nanoTime() - wall) / 1e3 / batches, (THREAD.getCurrentThreadCpuTime() - thread) / 1e3 / batches,
                (PROCESS.getProcessCpuTime() - process) / 1e3 / batches);
    }

    private static void report(int size, String sink, Cost cost) {
        System.out.printf("| %d | %s | %.0f µs | %.0f µs | %.0f µs | %.1f µs |%n", size, sink, cost.wall(), cost.thread(),
                cost.process(), cost.process() / size);
    }

    private static Sink embedded(Path dir) {
        Store store = Stores.open(Stores.embeddedUrl(dir));
        return new Sink() {
            @Override
            public void commit(List<JournalEntry> batch) {
                store.write(batch);
            }

            @Override
            public void close() {
                store.close();
            }
        };
    }

    /** A plain file: each commit one gathering write of the entries' bytes, then fdatasync. */
    private static Sink file(Path path, boolean writtenBefore) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        if (writtenBefore) {
            ByteBuffer zeros = ByteBuffer.allocateDirect(1 << 20);
            for (int i = 0; i < 256; i++) {
                channel.write(zeros.clear());
            }
            channel.force(true);
            channel.position(0);
        }
        return new Sink() {
            @Override
            public void commit(List<JournalEntry> batch) throws IOException {
                List<ByteBuffer> parts = new ArrayList<>(batch.size() * 3);
                for (JournalEntry e : batch) {
                    parts.add(ByteBuffer.wrap(e.eventJson()));
                    parts.add(ByteBuffer.wrap(e.decisionJson()));
                    e.alertJson().ifPresent(a -> parts.add(ByteBuffer.wrap(a.getBytes(StandardCharsets.UTF_8))));
                }
                ByteBuffer[] buffers = parts.toArray(ByteBuffer[]::new);
                long remaining = 0;
                for (ByteBuffer b : buffers) {
                    remaining += b.remaining();
                }
                while (remaining > 0) {
                    remaining -= channel.write(buffers);
                }
                channel.force(false);
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }

    private static long size(JournalEntry e) {
        return e.eventJson().length + e.decisionJson().length
                + e.alertJson().map(a -> a.getBytes(StandardCharsets.UTF_8).length).orElse(0);
    }
}
