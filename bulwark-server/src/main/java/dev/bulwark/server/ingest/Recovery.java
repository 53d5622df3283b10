package dev.bulwark.server.ingest;

import dev.bulwark.core.port.EventJournal;
import dev.bulwark.server.port.DecisionPath;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Rebuilds feature state and the id index by replaying the journal, in order, before any event is accepted. */
final class Recovery {
    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

    private Recovery() {
    }

    /** Replays every stored event through {@code path.observe}, noting its id; returns how many there were. */
    static long replay(EventJournal journal, DecisionPath path, IdIndex index, long progressEvery) {
        long total = journal.eventCount();
        long start = System.nanoTime();
        LOG.atInfo().addKeyValue("events", total).log("recovery started");
        long[] done = {0};
        journal.replay(event -> {
            path.observe(event);
            index.decided(event.id());
            if (++done[0] % progressEvery == 0) {
                LOG.atInfo().addKeyValue("replayed", done[0]).addKeyValue("events", total).log("recovery progress");
            }
        });
        LOG.atInfo().addKeyValue("replayed", done[0])
                .addKeyValue("ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).log("recovery finished");
        return done[0];
    }
}
