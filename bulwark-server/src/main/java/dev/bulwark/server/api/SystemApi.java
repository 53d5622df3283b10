package dev.bulwark.server.api;

import dev.bulwark.core.port.Store;
import dev.bulwark.server.http.Responses;
import dev.bulwark.server.http.RouteTable;
import dev.bulwark.server.ingest.IngestPipeline;
import dev.bulwark.server.ingest.IngestStatus;
import dev.bulwark.server.metrics.ServerMetrics;
import dev.bulwark.server.schema.OpenApi;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The open endpoints, needing no token: {@code GET /healthz} (liveness and readiness; 503 when not ready),
 * {@code GET /metrics} (Prometheus text) and {@code GET /openapi.json}. None reveals data or configuration.
 */
public final class SystemApi implements Api {
    private final IngestPipeline pipeline;
    private final Store store;
    private final ServerMetrics metrics;

    SystemApi(IngestPipeline pipeline, Store store, ServerMetrics metrics) {
        this.pipeline = pipeline;
        this.store = store;
        this.metrics = metrics;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get("/healthz", this::health, Access.OPEN);
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()),
                Access.OPEN);
        routes.get("/openapi.json", ctx -> ctx.contentType(Responses.JSON).result(OpenApi.document()), Access.OPEN);
    }

    private void health(Context ctx) {
        IngestStatus ingest = pipeline.status();
        boolean storeHealthy = healthy();
        boolean ready = ingest.accepting() && storeHealthy;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ready ? "ready" : ingest.failure().isPresent() ? "failed" : !ingest.recovered() ? "recovering"
                : !storeHealthy ? "store_unhealthy" : "stopping");
        body.put("live", true);
        body.put("ready", ready);
        body.put("recovered", ingest.recovered());
        body.put("recovered_events", ingest.recoveredEvents());
        body.put("accepting_events", ingest.accepting());
        body.put("store_healthy", storeHealthy);
        body.put("queue_depth", ingest.queueDepth());
        body.put("queue_capacity", ingest.queueCapacity());
        ingest.failure().ifPresent(f -> body.put("failure", f));
        Responses.json(ctx, ready ? 200 : 503, body);
    }

    private boolean healthy() {
        try {
            return store.healthy();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
