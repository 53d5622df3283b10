package dev.bulwark.engine.features;

import dev.bulwark.core.event.Event;
import dev.bulwark.core.event.EventCatalog;
import dev.bulwark.engine.Engine;
import dev.bulwark.engine.EngineMetrics;
import dev.bulwark.engine.cel.Scope;

/** Reads an engine's features as of an event without deciding it, as rules read an entity the event does not update. */
final class Probes {
    private Probes() {
    }

    static Scope scope(Engine engine, Event probe) {
        var reader = engine.bundle().features().reader(engine.featureStore(), EngineMetrics.NONE);
        return engine.bundle().env().scope(probe, EventCatalog.find(probe.type()).orElseThrow(), reader,
                engine.enforcements(), engine.lists());
    }
}
