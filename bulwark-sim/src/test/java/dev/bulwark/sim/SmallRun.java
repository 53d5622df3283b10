package dev.bulwark.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One small but fraud-heavy run shared by the tests that inspect output: two weeks, every typology at a high rate. */
final class SmallRun {
    static final SimConfig CONFIG = config();
    private static SmallRun instance;
    final Path dir;
    final SimSummary summary;
    final List<String> eventLines;
    final List<Map<String, Object>> events = new ArrayList<>();
    final List<String[]> truth = new ArrayList<>();

    private SmallRun() throws IOException {
        dir = Files.createTempDirectory("bulwark-sim-small");
        summary = Simulation.run(CONFIG, dir, ProgressListener.NONE);
        eventLines = Files.readAllLines(dir.resolve("events.ndjson"));
        ObjectMapper mapper = new ObjectMapper();
        for (String line : eventLines) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = mapper.readValue(line, Map.class);
            events.add(map);
        }
        List<String> lines = Files.readAllLines(dir.resolve("truth.csv"));
        for (String line : lines.subList(1, lines.size())) {
            truth.add(line.split(",", -1));
        }
    }

    static synchronized SmallRun get() {
        if (instance == null) {
            try {
                instance = new SmallRun();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** Truth rows of kind {@code event}, in file order. */
    List<String[]> eventRows() {
        return truth.stream().filter(r -> r[0].equals("event")).toList();
    }

    /** Truth rows of kind {@code entity}, in file order. */
    List<String[]> entityRows() {
        return truth.stream().filter(r -> r[0].equals("entity")).toList();
    }

    private static SimConfig config() {
        Map<Typology, Double> rates = new EnumMap<>(Typology.class);
        for (Typology t : Typology.values()) {
            rates.put(t, 25.0);
        }
        return SimConfig.defaults(20260105L, 14).withScale(0.04).withRates(new FraudRates(rates)).withDriftStart(0.5);
    }
}
