package dev.bulwark.server.api;

import dev.bulwark.core.event.EventValidator;
import dev.bulwark.core.port.Store;
import dev.bulwark.server.ingest.IngestPipeline;
import dev.bulwark.server.metrics.ServerMetrics;
import dev.bulwark.server.port.EnforcementSink;
import dev.bulwark.server.port.ListMembership;
import dev.bulwark.server.port.StrategyReloader;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;

/** Builds every endpoint group over the server's parts. */
public final class Apis {
    /** The request size limits the endpoints enforce. */
    public record Limits(long maxBody, long maxBatchBody, int maxBatchItems) {
    }

    private Apis() {
    }

    /** All endpoint groups, in the order their routes are registered; {@code requests} are the server's request threads. */
    public static List<Api> all(IngestPipeline pipeline, Store store, StrategyReloader reloader, ListMembership lists,
                                EnforcementSink enforcements, ServerMetrics metrics, Clock clock, Limits limits,
                                Executor requests) {
        AuditTrail audit = new AuditTrail(store, clock);
        return List.of(
                new EventsApi(pipeline, new EventValidator(EventValidator.Limits.DEFAULT), clock, limits.maxBody(),
                        limits.maxBatchBody(), limits.maxBatchItems(), requests),
                new DecisionsApi(store),
                new AlertsApi(store),
                new ListsApi(store, lists, audit, limits.maxBody()),
                new ListEntriesApi(store, lists, audit, clock, limits.maxBody()),
                new EnforcementsApi(store, enforcements, audit, clock, limits.maxBody()),
                new AdminApi(reloader, store, audit),
                new SchemasApi(),
                new SystemApi(pipeline, store, metrics));
    }
}
