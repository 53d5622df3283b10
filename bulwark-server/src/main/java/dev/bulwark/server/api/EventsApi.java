package dev.bulwark.server.api;

import dev.bulwark.core.event.Event;
import dev.bulwark.core.event.EventValidator;
import dev.bulwark.core.event.Validation;
import dev.bulwark.core.event.Violation;
import dev.bulwark.core.json.Json;
import dev.bulwark.server.error.ServerException;
import dev.bulwark.server.http.Compression;
import dev.bulwark.server.http.Exchange;
import dev.bulwark.server.http.JsonFields;
import dev.bulwark.server.http.JsonInput;
import dev.bulwark.server.http.Problems;
import dev.bulwark.server.http.Responses;
import dev.bulwark.server.http.RouteTable;
import dev.bulwark.server.ingest.Decided;
import dev.bulwark.server.ingest.IngestPipeline;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * {@code POST /v1/events} and {@code POST /v1/events/batch}: parse and validate, submit to the pipeline, and answer
 * asynchronously once every accepted event is durable. Nothing invalid is submitted. Both are inline routes, served
 * on the connection's I/O thread (none of it blocks); a batch over {@link #INLINE_BATCH_BYTES}, whose parsing may
 * take milliseconds and would hold up every other connection on that thread, is parsed on a request thread instead.
 *
 * <p>Design note: batches were served by Javalin on a request thread, relayed there by the front door; for batches
 * of 10 events that cost ~8–12 µs per event on the request thread and ~5–9 µs writing the answer, over a third of
 * the node's CPU per event (docs/benchmarks.md, fifteenth sitting).
 */
public final class EventsApi implements Api {
    /** Batch bodies up to this many bytes (~150 typical events) are parsed on the I/O thread. */
    public static final int INLINE_BATCH_BYTES = 64 * 1024;

    private final IngestPipeline pipeline;
    private final EventValidator validator;
    private final Clock clock;
    private final long maxBody;
    private final long maxBatchBody;
    private final int maxBatchItems;
    private final Executor parsers;

    /**
     * Event endpoints over {@code pipeline}, validating at {@code clock}'s time within the given limits; large
     * batches are parsed on {@code parsers} (the server's request threads).
     */
    public EventsApi(IngestPipeline pipeline, EventValidator validator, Clock clock, long maxBody, long maxBatchBody,
                     int maxBatchItems, Executor parsers) {
        this.pipeline = pipeline;
        this.validator = validator;
        this.clock = clock;
        this.maxBody = maxBody;
        this.maxBatchBody = maxBatchBody;
        this.maxBatchItems = maxBatchItems;
        this.parsers = parsers;
    }

    @Override
    public void register(RouteTable routes) {
        routes.postInline("/v1/events", this::one, Access.SENDERS);
        routes.postInline("/v1/events/batch", this::batch, Access.SENDERS);
    }

    private void one(Exchange exchange) {
        exchange.readBody(maxBody, body -> {
            Validation validation = validator.validate(JsonInput.one(body), clock.instant());
            if (validation instanceof Validation.Invalid invalid) {
                throw JsonFields.invalid(invalid.violations());
            }
            Event event = ((Validation.Valid) validation).event();
            pipeline.submit(List.of(event)).getFirst().whenComplete((decided, error) -> {
                if (error == null) {
                    exchange.send(200, Responses.JSON, decided.json());
                } else {
                    exchange.fail(error);
                }
            });
        });
    }

    private void batch(Exchange exchange) {
        boolean ndjson = exchange.header("Content-Type").map(EventsApi::ndjson).orElse(false);
        boolean gzip = Compression.acceptsGzip(exchange.header("Accept-Encoding"));
        exchange.readBody(maxBatchBody, body -> {
            if (body.length <= INLINE_BATCH_BYTES) {
                submit(exchange, body, ndjson, gzip);
                return;
            }
            try {
                parsers.execute(() -> {
                    try {
                        submit(exchange, body, ndjson, gzip);
                    } catch (RuntimeException e) {
                        exchange.fail(e);
                    }
                });
            } catch (RejectedExecutionException e) {
                throw new ServerException.Overloaded("no thread is free to read a batch of " + body.length
                        + " bytes; retry shortly", Duration.ofSeconds(1));
            }
        });
    }

    /**
     * Parses and validates a batch, submits its valid events, and answers once every one is settled (gzipped when
     * the client takes it and the answer is worth it, on the thread that completes the last event).
     */
    private void submit(Exchange exchange, byte[] body, boolean ndjson, boolean gzip) {
        List<JsonInput.Item> items = ndjson ? JsonInput.ndjson(body, maxBatchItems) : JsonInput.array(body, maxBatchItems);
        String instance = exchange.instance();
        BatchItem[] results = new BatchItem[items.size()];
        List<Event> events = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            switch (items.get(i)) {
                case JsonInput.Malformed m -> results[i] = refused(instance, i, List.of(m.violation()));
                case JsonInput.Parsed p -> {
                    switch (validator.validate(p.value(), clock.instant())) {
                        case Validation.Valid v -> {
                            events.add(v.event());
                            positions.add(i);
                        }
                        case Validation.Invalid invalid -> results[i] = refused(instance, i, invalid.violations());
                    }
                }
            }
        }
        List<CompletableFuture<Decided>> futures = events.isEmpty() ? List.of() : pipeline.submit(events);
        CompletableFuture<?>[] settled = futures.stream().map(f -> f.handle((d, e) -> null)).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(settled).thenRun(() -> {
            for (int k = 0; k < futures.size(); k++) {
                results[positions.get(k)] = settle(instance, positions.get(k), futures.get(k));
            }
            byte[] answer = Json.bytes(Arrays.asList(results));
            if (gzip && answer.length >= Compression.WORTH) {
                exchange.send(200, Responses.JSON, Compression.gzip(answer), Compression.GZIP_HEADERS);
            } else {
                exchange.send(200, Responses.JSON, answer);
            }
        }).exceptionally(error -> {
            exchange.fail(error);
            return null;
        });
    }

    private static BatchItem settle(String instance, int index, CompletableFuture<Decided> future) {
        try {
            return BatchItem.decided(index, future.join());
        } catch (RuntimeException e) {
            return BatchItem.refused(index, Problems.of(e, instance + "#/" + index).problem());
        }
    }

    private static BatchItem refused(String instance, int index, List<Violation> violations) {
        return BatchItem.refused(index, Problems.of(JsonFields.invalid(violations), instance + "#/" + index).problem());
    }

    private static boolean ndjson(String type) {
        String media = type.toLowerCase(Locale.ROOT);
        return media.startsWith("application/x-ndjson") || media.startsWith("application/ndjson")
                || media.startsWith("application/jsonl");
    }
}
