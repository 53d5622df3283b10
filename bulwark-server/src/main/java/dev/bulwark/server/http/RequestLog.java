package dev.bulwark.server.http;

import dev.bulwark.server.auth.AccessGuard;
import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Times every request into a histogram by method, route template and status, and logs each failed request once,
 * with structured fields: never a token, a body, a query string or a problem's detail (they can hold personal data).
 */
public final class RequestLog implements RequestLogger {
    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);
    private final MeterRegistry registry;
    private final java.util.Map<String, Timer> timers = new java.util.concurrent.ConcurrentHashMap<>();

    /** A request log recording into {@code registry}. */
    public RequestLog(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void handle(Context ctx, Float ms) {
        record(ctx.method().name(), route(ctx), ctx.statusCode(), (long) (ms * 1_000_000), ctx.attribute(Problems.ATTRIBUTE),
                ctx.attribute(Problems.UNEXPECTED), AccessGuard.callerName(ctx));
    }

    /**
     * Records one answered request: its method, route template, status and duration, the problem it was answered
     * with and the unexpected error behind it (if any), and the caller's name ({@code -} when not authenticated).
     */
    public void record(String method, String route, int status, long nanos, @Nullable Problem problem,
                       @Nullable Throwable unexpected, String caller) {
        timers.computeIfAbsent(method + " " + route + " " + status, k -> Timer.builder("bulwark.http.requests")
                        .description("HTTP requests by method, route template and status")
                        .tag("method", method).tag("route", route).tag("status", Integer.toString(status))
                        .serviceLevelObjectives(slos()).register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
        if (status >= 400) {
            LoggingEventBuilder event = (status >= 500 ? LOG.atError() : LOG.atInfo())
                    .addKeyValue("method", method).addKeyValue("route", route)
                    .addKeyValue("status", status).addKeyValue("ms", String.format("%.2f", nanos / 1e6))
                    .addKeyValue("problem", problem == null ? "" : problem.slug())
                    .addKeyValue("fields", problem == null ? "" : String.join(",", problem.errors().stream().map(v -> v.field()).distinct().limit(10).toList()))
                    .addKeyValue("caller", caller);
            if (unexpected != null) {
                event = event.setCause(unexpected);
            }
            event.log("request failed");
        }
    }

    private static String route(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? "unmatched" : matched.path;
    }

    private static Duration[] slos() {
        return new Duration[] {Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
                Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
                Duration.ofSeconds(1), Duration.ofSeconds(5)};
    }
}
