package dev.bulwark.app.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.decision.RuleError;
import dev.bulwark.core.decision.RuleHit;
import dev.bulwark.core.event.EventValidator;
import dev.bulwark.core.event.Validation;
import dev.bulwark.core.json.Json;
import dev.bulwark.core.port.Recorded;
import dev.bulwark.engine.Bundle;
import dev.bulwark.engine.Engine;
import dev.bulwark.sim.ProgressListener;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Feeds a file of events, one JSON object per line, through a fresh in-memory engine, in file order, with the
 * server's rules: invalid lines are refused and counted, a repeated event id is decided once.
 */
public final class Replay {
    private static final ObjectMapper MAPPER = Json.mapper();

    private Replay() {
    }

    /** Replays {@code events}; {@code each} sees every decision, {@code progress} the share of the file read. */
    public static ReplaySummary run(Path events, Bundle bundle, Clock clock, Consumer<Recorded> each,
                                    ProgressListener progress) throws IOException {
        double size = Math.max(1, Files.size(events));
        Engine engine = Engine.inMemory(bundle);
        EventValidator validator = new EventValidator(EventValidator.Limits.DEFAULT);
        Tally tally = new Tally();
        Set<String> seen = new HashSet<>();
        long started = System.nanoTime();
        long bytes = 0;
        try (BufferedReader in = Files.newBufferedReader(events, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                bytes += line.length() + 1;
                tally.lines++;
                if (line.isBlank()) {
                    continue;
                }
                switch (parse(line, validator, clock)) {
                    case Validation.Valid valid -> {
                        if (!seen.add(valid.event().id())) {
                            tally.duplicates++;
                            continue;
                        }
                        Recorded recorded = engine.decide(valid.event());
                        tally.count(recorded);
                        each.accept(recorded);
                    }
                    case Validation.Invalid invalid -> tally.invalid(tally.lines, invalid);
                }
                if ((tally.lines & 0x3FFF) == 0) {
                    progress.progress(Math.min(1.0, bytes / size), tally.lines);
                }
            }
        }
        progress.done(tally.lines);
        return tally.summary(Duration.ofNanos(System.nanoTime() - started));
    }

    private static Validation parse(String line, EventValidator validator, Clock clock) {
        Object json;
        try {
            json = MAPPER.readValue(line, Object.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new Validation.Invalid(List.of(new dev.bulwark.core.event.Violation("/",
                    "is not valid JSON: " + e.getOriginalMessage())));
        }
        return validator.validate(json, clock.instant());
    }

    /** Running counts. */
    private static final class Tally {
        long lines;
        long decided;
        long invalid;
        long duplicates;
        long alerts;
        long enforcements;
        final Map<String, Long> byType = new HashMap<>();
        final Map<String, Long> byOutcome = new HashMap<>();
        final Map<String, Long> hits = new HashMap<>();
        final Map<String, Long> shadow = new HashMap<>();
        final Map<String, Long> errors = new HashMap<>();
        final List<String> samples = new ArrayList<>();

        void count(Recorded r) {
            Decision d = r.decision();
            decided++;
            byType.merge(d.eventType(), 1L, Long::sum);
            byOutcome.merge(d.outcome().key(), 1L, Long::sum);
            for (RuleHit hit : d.hits()) {
                hits.merge(hit.ruleId(), 1L, Long::sum);
            }
            for (RuleHit hit : d.shadowHits()) {
                shadow.merge(hit.ruleId(), 1L, Long::sum);
            }
            for (RuleError e : d.errors()) {
                errors.merge(e.ruleId(), 1L, Long::sum);
            }
            alerts += r.alert().isPresent() ? 1 : 0;
            enforcements += d.enforcements().size();
        }

        void invalid(long line, Validation.Invalid why) {
            invalid++;
            if (samples.size() < 5) {
                samples.add("line " + line + ": " + why.violations());
            }
        }

        ReplaySummary summary(Duration elapsed) {
            return new ReplaySummary(lines, decided, invalid, duplicates, byType, byOutcome, hits, shadow, errors,
                    alerts, enforcements, samples, elapsed);
        }
    }
}
