package dev.bulwark.app.export;

import dev.bulwark.core.event.EventCatalog;
import dev.bulwark.core.event.EventType;
import dev.bulwark.sim.ConsoleProgressBar;
import dev.bulwark.store.EventExport;
import dev.bulwark.store.Stores;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bulwark export}: a store's events, and their decisions if asked, as NDJSON. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the stored events as NDJSON, in the order they were accepted, optionally with their "
                + "decisions and only some types or times. Runs beside a node serving from the same store.",
                "The events alone are what `bulwark replay --events` reads: replay them against other strategies."})
public final class ExportCommand implements Callable<Integer> {
    private static final byte[] EVENT = "{\"event\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DECISION = ",\"decision\":".getBytes(StandardCharsets.UTF_8);

    @Option(names = "--data", defaultValue = "data", description = "Data directory of the embedded store (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--db", description = "JDBC URL of the store instead, e.g. jdbc:postgresql://127.0.0.1:5432/bulwark?user=bulwark.")
    String db;

    @Option(names = "--out", description = "File to write (default: standard output); written as FILE.partial, renamed when complete.")
    Path out;

    @Option(names = "--decisions", description = "Write each event with its decision, {\"event\":{...},\"decision\":{...}} per line.")
    boolean decisions;

    @Option(names = "--type", split = ",", paramLabel = "TYPE", description = "Only events of these types (repeat, or separate with commas).")
    List<String> types = List.of();

    @Option(names = "--since", paramLabel = "INSTANT", description = "Only events whose time is at or after this instant (ISO-8601, e.g. 2026-12-01T00:00:00Z).")
    String since;

    @Option(names = "--until", paramLabel = "INSTANT", description = "Only events whose time is before this instant.")
    String until;

    @Override
    public Integer call() {
        EventFilter filter;
        try {
            filter = new EventFilter(types(), instant("--since", since), instant("--until", until));
        } catch (IllegalArgumentException e) {
            System.err.println("bulwark: " + e.getMessage());
            return 2;
        }
        if (db == null && !Files.isDirectory(data)) {
            System.err.println("bulwark: there is no data directory at " + data + " (give --data DIR, or --db JDBC_URL)");
            return 2;
        }
        Path parent = out == null ? null : out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            System.err.println("bulwark: --out " + out + ": there is no directory " + parent);
            return 2;
        }
        String url = db != null ? db : Stores.embeddedUrl(data);
        Path partial = out == null ? null : out.resolveSibling(out.getFileName() + ".partial");
        long started = System.nanoTime();
        long[] kept = {0};
        long read;
        ConsoleProgressBar bar = new ConsoleProgressBar(System.err);
        try (OutputStream sink = new BufferedOutputStream(partial == null ? new FileOutputStream(FileDescriptor.out)
                : Files.newOutputStream(partial), 1 << 20)) {
            read = EventExport.export(url, (event, decision) -> {
                if (filter.test(event)) {
                    write(sink, event, decision);
                    kept[0]++;
                }
            }, bar::progress);
            bar.done(read);
        } catch (IllegalArgumentException e) {
            System.err.println("bulwark: " + e.getMessage());
            deletePartial(partial);
            return 2;
        } catch (IOException | RuntimeException e) {
            System.err.println();
            System.err.println("bulwark: the export stopped: " + e.getMessage());
            deletePartial(partial);
            return 1;
        }
        try {
            if (partial != null) {
                Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            System.err.println("bulwark: cannot rename " + partial + " to " + out + ": " + e.getMessage());
            return 1;
        }
        System.err.printf("exported %,d of %,d stored events%s to %s in %.1f s%n", kept[0], read,
                decisions ? " with their decisions" : "", out == null ? "standard output" : out,
                (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private void write(OutputStream sink, byte[] event, byte[] decision) throws IOException {
        if (decisions) {
            sink.write(EVENT);
            sink.write(event);
            sink.write(DECISION);
            sink.write(decision);
            sink.write('}');
        } else {
            sink.write(event);
        }
        sink.write('\n');
    }

    private Set<String> types() {
        Set<String> chosen = new HashSet<>();
        for (String type : types) {
            String t = type.strip();
            if (EventCatalog.find(t).isEmpty()) {
                throw new IllegalArgumentException("--type '" + t + "' is not an event type; the types are: "
                        + EventCatalog.all().stream().map(EventType::name).collect(Collectors.joining(", ")));
            }
            chosen.add(t);
        }
        return chosen;
    }

    private static Optional<Instant> instant(String option, String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is not an ISO-8601 instant such as "
                    + "2026-12-01T00:00:00Z");
        }
    }

    private static void deletePartial(Path partial) {
        if (partial != null) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                System.err.println("bulwark: cannot delete " + partial + ": " + e.getMessage());
            }
        }
    }
}
