package dev.bulwark.sim.output;

import dev.bulwark.sim.Role;
import dev.bulwark.sim.TruthRow;
import dev.bulwark.sim.engine.Ids;
import dev.bulwark.sim.engine.Scheduler;
import dev.bulwark.sim.population.Entity;
import dev.bulwark.sim.population.Region;
import dev.bulwark.sim.truth.Tag;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds one CloudEvents JSON line at a time, straight into a reused buffer, and writes the truth rows that go
 * with it: a row for every malicious entity the event names for the first time (once per {@code type:id}, even
 * when two crews happen to draw the same address), then the event's own row.
 *
 * <p>Usage: {@code emitter.begin(type, tag, actor).str(...).ent(...).emit()}. Not thread-safe.
 */
public final class Emitter {
    private static final String SOURCE = "bulwark-sim";
    private final Scheduler scheduler;
    private final Ids ids;
    private final EventSink sink;
    private final Tally tally = new Tally();
    private final Timestamps timestamps = new Timestamps();
    private final StringBuilder sb = new StringBuilder(768);
    private final List<Entity> introduced = new ArrayList<>(4);
    private final Set<String> recorded = new HashSet<>();
    private Tag tag = Tag.BENIGN;
    private String type = "";
    private String id = "";
    private String actor = "";
    private boolean open;

    /** An emitter stamping events with the scheduler's time and writing to {@code sink}. */
    public Emitter(Scheduler scheduler, Ids ids, EventSink sink) {
        this.scheduler = scheduler;
        this.ids = ids;
        this.sink = sink;
    }

    /** Starts an event of {@code type} acted by {@code actor}, with its truth {@code tag}. */
    public Emitter begin(String eventType, Tag eventTag, Entity eventActor) {
        return begin(eventType, eventTag, eventActor.ref());
    }

    /** Starts an event whose actor is given as {@code type:id}. */
    public Emitter begin(String eventType, Tag eventTag, String actorRef) {
        if (open) {
            throw new IllegalStateException("an event is already being built");
        }
        open = true;
        type = eventType;
        tag = eventTag;
        actor = actorRef;
        id = ids.next(Ids.Kind.EVENT);
        introduced.clear();
        sb.setLength(0);
        sb.append("{\"specversion\":\"1.0\",\"id\":\"").append(id).append("\",\"source\":\"").append(SOURCE)
                .append("\",\"type\":\"").append(eventType).append("\",\"time\":\"");
        timestamps.append(sb, scheduler.now());
        sb.append("\",\"data\":{");
        return this;
    }

    /** Adds a string field; nothing when {@code value} is null or empty. */
    public Emitter str(String key, @Nullable String value) {
        if (value != null && !value.isEmpty()) {
            key(key);
            Json.quote(sb, value);
        }
        return this;
    }

    /** Adds a field naming an entity; nothing when {@code entity} is null. */
    public Emitter ent(String key, @Nullable Entity entity) {
        if (entity != null) {
            key(key);
            Json.quote(sb, entity.id);
            if (entity.announce()) {
                introduced.add(entity);
            }
        }
        return this;
    }

    /** Adds a money amount given in minor units of the region's currency. */
    public Emitter money(String key, long minor, Region currency) {
        key(key);
        Json.money(sb, minor, currency.digits());
        return this;
    }

    /** Adds an integer field. */
    public Emitter integer(String key, long value) {
        key(key);
        sb.append(value);
        return this;
    }

    /** Adds a boolean field. */
    public Emitter bool(String key, boolean value) {
        key(key);
        sb.append(value);
        return this;
    }

    /** Finishes the event, writes it and its truth rows, and returns its id. */
    public String emit() {
        if (!open) {
            throw new IllegalStateException("no event is being built");
        }
        open = false;
        sb.append("}}");
        long now = scheduler.now();
        for (Entity e : introduced) {
            if (!recorded.add(e.ref())) {
                continue;
            }
            var taint = e.taint();
            TruthRow row = new TruthRow(TruthRow.Kind.ENTITY, e.ref(), now, e.type.key(), Role.ATTACK,
                    taint == null ? "" : taint.typology().key(), taint == null ? "" : taint.ringId(), actor);
            tally.entity(row);
            sink.truth(row);
        }
        TruthRow row = new TruthRow(TruthRow.Kind.EVENT, id, now, type, tag.role(), tag.typologyKey(), tag.ringId(), actor);
        tally.event(row);
        sink.event(sb);
        sink.truth(row);
        return id;
    }

    /** What has been emitted so far. */
    public Tally tally() {
        return tally;
    }

    private void key(String key) {
        if (sb.charAt(sb.length() - 1) != '{') {
            sb.append(',');
        }
        sb.append('"').append(key).append("\":");
    }
}
