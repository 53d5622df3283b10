package dev.bulwark.bench;

import dev.bulwark.core.event.Event;
import dev.bulwark.core.event.EventValidator;
import dev.bulwark.core.event.Validation;
import dev.bulwark.core.json.Json;
import dev.bulwark.engine.Bundle;
import dev.bulwark.engine.config.BundleLoader;
import dev.bulwark.engine.config.LoadResult;
import dev.bulwark.sim.ProgressListener;
import dev.bulwark.sim.SimConfig;
import dev.bulwark.sim.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Simulator traffic parsed into events, replayable for ever by shifting each pass later in time. */
public final class SimulatedTraffic {
    private final Event[] events;
    private final Duration span;
    private long shiftPass;
    private Duration shift = Duration.ZERO;

    /** {@code days} of traffic from the simulator with {@code seed}, at scale 1. */
    public SimulatedTraffic(long seed, int days) {
        List<Event> parsed = new ArrayList<>();
        EventValidator validator = new EventValidator(EventValidator.Limits.DEFAULT);
        Instant now = Instant.now();
        Simulation.stream(SimConfig.defaults(seed, days), json -> {
            try {
                if (validator.validate(Json.mapper().readValue(json, Object.class), now) instanceof Validation.Valid v) {
                    parsed.add(v.event());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, truth -> { }, ProgressListener.NONE);
        this.events = parsed.toArray(Event[]::new);
        this.span = Duration.between(events[0].time(), events[events.length - 1].time()).plusHours(1);
    }

    /** The {@code i}-th event of an endless stream: pass {@code i / size} is shifted {@code pass * span} later. */
    public Event event(long i) {
        Event e = events[(int) (i % events.length)];
        long pass = i / events.length;
        if (pass != shiftPass) {
            shift = span.multipliedBy(pass);
            shiftPass = pass;
        }
        return new Event(pass == 0 ? e.id() : e.id() + "~" + pass, e.type(), e.source(), e.time().plus(shift), e.data());
    }

    /** How many distinct events one pass holds. */
    public int size() {
        return events.length;
    }

    /** The strategy pack in {@code dir} (the shipped one is {@code strategies/} at the repository root). */
    public static Bundle pack(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path p : paths.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return switch (BundleLoader.load(files)) {
            case LoadResult.Loaded loaded -> loaded.bundle();
            case LoadResult.Rejected rejected -> throw new IllegalStateException(rejected.problems().toString());
        };
    }
}
