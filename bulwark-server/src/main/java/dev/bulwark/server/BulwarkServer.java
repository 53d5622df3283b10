package dev.bulwark.server;

import dev.bulwark.core.port.Store;
import dev.bulwark.server.api.Api;
import dev.bulwark.server.api.Apis;
import dev.bulwark.server.auth.AccessGuard;
import dev.bulwark.server.auth.Authenticator;
import dev.bulwark.server.http.Bodies;
import dev.bulwark.server.http.ContinuingThreadPool;
import dev.bulwark.server.http.FrontDoor;
import dev.bulwark.server.http.IdleConnections;
import dev.bulwark.server.http.InlineRoutes;
import dev.bulwark.server.http.JettyErrors;
import dev.bulwark.server.http.Problems;
import dev.bulwark.server.http.RequestLog;
import dev.bulwark.server.http.RouteTable;
import dev.bulwark.server.ingest.IngestPipeline;
import dev.bulwark.server.ingest.IngestStatus;
import dev.bulwark.server.metrics.ServerMetrics;
import dev.bulwark.server.port.DecisionPath;
import dev.bulwark.server.port.EnforcementSink;
import dev.bulwark.server.port.ListMembership;
import dev.bulwark.server.port.StrategyReloader;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ProxyConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Bulwark HTTP server. {@link #start} serves {@code /healthz} at once (503 while recovering), replays the
 * journal into the decision path, then accepts events; {@link #close} stops accepting, makes everything already
 * accepted durable and answered, then stops listening.
 */
public final class BulwarkServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BulwarkServer.class);
    /** Threads that write responses once their events are durable. */
    private static final int ACK_THREADS = 2;
    /** Where Jetty listens, behind the front door. */
    private static final String INTERNAL_HOST = "127.0.0.1";
    private final Javalin app;
    private @Nullable FrontDoor front;
    private final IngestPipeline pipeline;
    private final ExecutorService completions;
    private final ServerMetrics metrics;
    private final List<RouteTable.Route> routes;
    private boolean closed;

    private BulwarkServer(Javalin app, IngestPipeline pipeline, ExecutorService completions, ServerMetrics metrics,
                          List<RouteTable.Route> routes) {
        this.app = app;
        this.pipeline = pipeline;
        this.completions = completions;
        this.metrics = metrics;
        this.routes = routes;
    }

    /** Starts a server with its own Prometheus registry; returns once recovery is done and events are accepted. */
    public static BulwarkServer start(ServerConfig config, Store store, DecisionPath path, StrategyReloader reloader,
                                      ListMembership lists, EnforcementSink enforcements, Clock clock) {
        return start(config, store, path, reloader, lists, enforcements, clock, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    /** Starts a server whose metrics go to {@code registry} (shared, e.g., with the engine's metrics). */
    public static BulwarkServer start(ServerConfig config, Store store, DecisionPath path, StrategyReloader reloader,
                                      ListMembership lists, EnforcementSink enforcements, Clock clock,
                                      PrometheusMeterRegistry registry) {
        if (config.tokens().isEmpty()) {
            LOG.atWarn().log("no API tokens are configured: every endpoint but /healthz, /metrics and /openapi.json answers 401");
        }
        ServerMetrics metrics = new ServerMetrics(registry);
        ExecutorService completions = Executors.newFixedThreadPool(ACK_THREADS, ContinuingThreadPool.completionThreads("bulwark-ack-"));
        IdleConnections idle = new IdleConnections();
        IngestPipeline pipeline = new IngestPipeline(store, path, config.ingest(), metrics, completions, ACK_THREADS, idle);
        metrics.watch(pipeline::status);
        metrics.watchConnections(idle);
        ContinuingThreadPool requests = new ContinuingThreadPool();
        List<Api> apis = Apis.all(pipeline, store, reloader, lists, enforcements, metrics, clock,
                new Apis.Limits(config.maxBodyBytes(), config.maxBatchBodyBytes(), config.maxBatchItems()), requests);
        RequestLog requestLog = new RequestLog(registry);
        AccessGuard guard = new AccessGuard(new Authenticator(config.tokens()));
        InlineRoutes inline = new InlineRoutes(guard, requestLog);
        RouteTable[] table = new RouteTable[1];
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.jetty.threadPool = requests;
            c.jetty.addConnector((jetty, http) -> internalConnector(jetty, http, config.idleTimeout()));
            c.http.maxRequestSize = Math.max(config.maxBodyBytes(), config.maxBatchBodyBytes());
            c.http.prefer405over404 = true;
            c.jetty.modifyServer(jetty -> {
                jetty.setErrorHandler(new JettyErrors());
                jetty.insertHandler(inline);
            });
            c.requestLogger.http(requestLog);
            c.routes.beforeMatched(guard);
            c.routes.after(Bodies::drainUnread);
            c.routes.exception(HttpResponseException.class, (e, ctx) -> Problems.write(ctx, e));
            c.routes.exception(Exception.class, (e, ctx) -> Problems.write(ctx, e));
            table[0] = new RouteTable(c.routes, inline);
            apis.forEach(api -> api.register(table[0]));
        });
        BulwarkServer server = new BulwarkServer(app, pipeline, completions, metrics, table[0].routes());
        try {
            app.start();
            server.front = FrontDoor.open(config.host(), config.port(), inline, requestLog,
                    new InetSocketAddress(INTERNAL_HOST, app.port()), config.idleTimeout(), clock, idle);
            LOG.atInfo().addKeyValue("host", config.host()).addKeyValue("port", server.port()).log("listening; recovering");
            pipeline.start();
            LOG.atInfo().addKeyValue("port", server.port()).addKeyValue("recovered_events", pipeline.status().recoveredEvents())
                    .log("accepting events");
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The port the server listens on (the chosen one when the configuration asked for 0). */
    public int port() {
        FrontDoor door = front;
        if (door == null) {
            throw new IllegalStateException("the server has not started");
        }
        return door.port();
    }

    /**
     * Jetty's connector: on a loopback port of its own, reached only through the front door, which opens each
     * connection with a PROXY protocol line so Jetty still sees the client's address.
     */
    private static Connector internalConnector(Server jetty, HttpConfiguration http, Duration idle) {
        ServerConnector connector = new ServerConnector(jetty, new ProxyConnectionFactory(HttpVersion.HTTP_1_1.asString()),
                new HttpConnectionFactory(http));
        connector.setHost(INTERNAL_HOST);
        connector.setPort(0);
        connector.setIdleTimeout(idle.toMillis());
        return connector;
    }

    /** Where the ingest pipeline stands. */
    public IngestStatus status() {
        return pipeline.status();
    }

    /** The registry the server's metrics are in. */
    public PrometheusMeterRegistry meterRegistry() {
        return metrics.registry();
    }

    /** Every route the server registered (method, path, roles), for checking the OpenAPI document. */
    List<RouteTable.Route> routes() {
        return routes;
    }

    /** Stops accepting, drains and stores what was accepted, answers every waiting caller, then stops listening. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (front != null) {
            front.stopAccepting();
        }
        pipeline.close();
        completions.shutdown();
        try {
            completions.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        app.stop();
        if (front != null) {
            front.close();
        }
        metrics.close();
        LOG.atInfo().log("stopped");
    }
}
