package dev.bulwark.server.http;

import dev.bulwark.server.auth.AccessGuard;
import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
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
        String route = route(ctx);
        int status = ctx.statusCode();
        String method = ctx.method().name();
        timers.computeIfAbsent(method + " " + route + " " + status, k -> Timer.builder("bulwark.http.requests")
                        .description("HTTP requests by method, route template and status")
                        .tag("method", method).tag("route", route).tag("status", Integer.toString(status))
                        .serviceLevelObjectives(slos()).register(registry))
                .record((long) (ms * 1_000_000), TimeUnit.NANOSECONDS);
        if (status >= 400) {
            log(ctx, route, status, ms);
        }
    }

    private static void log(Context ctx, String route, int status, Float ms) {
        Throwable unexpected = ctx.attribute(Problems.UNEXPECTED);
        Problem problem = ctx.attribute(Problems.ATTRIBUTE);
        LoggingEventBuilder event = (status >= 500 ? LOG.atError() : LOG.atInfo())
                .addKeyValue("method", ctx.method().name()).addKeyValue("route", route)
                .addKeyValue("status", status).addKeyValue("ms", String.format("%.2f", ms))
                .addKeyValue("problem", problem == null ? "" : problem.slug())
                .addKeyValue("fields", problem == null ? "" : String.join(",", problem.errors().stream().map(v -> v.field()).distinct().limit(10).toList()))
                .addKeyValue("caller", AccessGuard.callerName(ctx));
        if (unexpected != null) {
            event = event.setCause(unexpected);
        }
        event.log("request failed");
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
