package dev.bulwark.sim.output;

import dev.bulwark.sim.TruthRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code events.ndjson} and {@code truth.csv} into a directory. */
public final class FileSink implements EventSink {
    /** The events file name. */
    public static final String EVENTS = "events.ndjson";
    /** The truth file name. */
    public static final String TRUTH = "truth.csv";
    private final Utf8Out events;
    private final Utf8Out truth;
    private final TruthCsv csv = new TruthCsv();

    /** Creates (or replaces) both files in {@code dir}, creating the directory if needed. */
    public FileSink(Path dir) throws IOException {
        Files.createDirectories(dir);
        events = new Utf8Out(Files.newOutputStream(dir.resolve(EVENTS)));
        truth = new Utf8Out(Files.newOutputStream(dir.resolve(TRUTH)));
        truth.append(TruthRow.HEADER);
        truth.append('\n');
    }

    @Override
    public void event(StringBuilder json) {
        events.append(json);
        events.append('\n');
    }

    @Override
    public void truth(TruthRow row) {
        truth.append(csv.line(row));
        truth.append('\n');
    }

    @Override
    public void close() throws IOException {
        try {
            events.close();
        } finally {
            truth.close();
        }
    }
}
