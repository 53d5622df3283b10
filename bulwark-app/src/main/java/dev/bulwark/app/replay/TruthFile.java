package dev.bulwark.app.replay;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a simulator {@code truth.csv} front to back: event rows one at a time, entity rows into the set of
 * malicious entities ({@code type:id}), so a 30-day truth file never has to fit in memory.
 */
final class TruthFile implements Closeable {
    static final String HEADER = "kind,id,time,type,role,typology,ring_id,actor";
    private static final int COLUMNS = 8;

    private final BufferedReader in;
    private final Set<String> malicious = new HashSet<>();
    private long line;

    TruthFile(BufferedReader in) throws IOException {
        this.in = in;
        String header = in.readLine();
        line = 1;
        if (header == null || !header.strip().equals(HEADER)) {
            throw new IllegalArgumentException("truth file: line 1 must be the header '" + HEADER + "'");
        }
    }

    /** The next event row, recording entity rows on the way; empty at the end of the file. */
    Optional<TruthEvent> next() throws IOException {
        String text;
        while ((text = in.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            String[] c = text.split(",", -1);
            if (c.length != COLUMNS) {
                throw new IllegalArgumentException("truth file: line " + line + " has " + c.length + " columns, expected " + COLUMNS);
            }
            switch (c[0]) {
                case "event" -> {
                    return Optional.of(event(c));
                }
                case "entity" -> malicious.add(c[1]);
                default -> throw new IllegalArgumentException("truth file: line " + line + ": unknown kind '" + c[0] + "'");
            }
        }
        return Optional.empty();
    }

    private TruthEvent event(String[] c) {
        try {
            return new TruthEvent(c[1], c[3], Role.parse(c[4]), c[5], c[7]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("truth file: line " + line + ": " + e.getMessage(), e);
        }
    }

    /** The malicious entities read so far, as {@code type:id}. */
    Set<String> malicious() {
        return malicious;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
