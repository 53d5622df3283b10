package dev.bulwark.server.api;

import dev.bulwark.core.event.Event;
import dev.bulwark.core.event.EventValidator;
import dev.bulwark.core.event.Validation;
import dev.bulwark.core.event.Violation;
import dev.bulwark.server.http.Bodies;
import dev.bulwark.server.http.Exchange;
import dev.bulwark.server.http.JsonFields;
import dev.bulwark.server.http.JsonInput;
import dev.bulwark.server.http.Problems;
import dev.bulwark.server.http.Responses;
import dev.bulwark.server.http.RouteTable;
import dev.bulwark.server.ingest.Decided;
import dev.bulwark.server.ingest.IngestPipeline;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /v1/events} and {@code POST /v1/events/batch}: parse and validate, submit to the pipeline, and answer
 * asynchronously once every accepted event is durable. Nothing invalid is submitted. A single event is served
 * inline, on the connection's I/O thread (none of it blocks); a batch, whose parsing may take milliseconds, on a
 * request thread.
 */
public final class EventsApi implements Api {
    private final IngestPipeline pipeline;
    private final EventValidator validator;
    private final Clock clock;
    private final long maxBody;
    private final long maxBatchBody;
    private final int maxBatchItems;

    /** Event endpoints over {@code pipeline}, validating at {@code clock}'s time within the given limits. */
    public EventsApi(IngestPipeline pipeline, EventValidator validator, Clock clock, long maxBody, long maxBatchBody,
                     int maxBatchItems) {
        this.pipeline = pipeline;
        this.validator = validator;
        this.clock = clock;
        this.maxBody = maxBody;
        this.maxBatchBody = maxBatchBody;
        this.maxBatchItems = maxBatchItems;
    }

    @Override
    public void register(RouteTable routes) {
        routes.postInline("/v1/events", this::one, Access.SENDERS);
        routes.post("/v1/events/batch", this::batch, Access.SENDERS);
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

    private void batch(Context ctx) {
        byte[] body = Bodies.read(ctx, maxBatchBody);
        List<JsonInput.Item> items = ndjson(ctx) ? JsonInput.ndjson(body, maxBatchItems) : JsonInput.array(body, maxBatchItems);
        BatchItem[] results = new BatchItem[items.size()];
        List<Event> events = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            switch (items.get(i)) {
                case JsonInput.Malformed m -> results[i] = refused(ctx, i, List.of(m.violation()));
                case JsonInput.Parsed p -> {
                    switch (validator.validate(p.value(), clock.instant())) {
                        case Validation.Valid v -> {
                            events.add(v.event());
                            positions.add(i);
                        }
                        case Validation.Invalid invalid -> results[i] = refused(ctx, i, invalid.violations());
                    }
                }
            }
        }
        List<CompletableFuture<Decided>> futures = events.isEmpty() ? List.of() : pipeline.submit(events);
        CompletableFuture<?>[] settled = futures.stream().map(f -> f.handle((d, e) -> null)).toArray(CompletableFuture[]::new);
        ctx.future(() -> CompletableFuture.allOf(settled).thenRun(() -> {
            for (int k = 0; k < futures.size(); k++) {
                results[positions.get(k)] = settle(ctx, positions.get(k), futures.get(k));
            }
            Responses.ok(ctx, Arrays.asList(results));
        }));
    }

    private static BatchItem settle(Context ctx, int index, CompletableFuture<Decided> future) {
        try {
            return BatchItem.decided(index, future.join());
        } catch (RuntimeException e) {
            return BatchItem.refused(index, Problems.of(e, ctx.path() + "#/" + index).problem());
        }
    }

    private static BatchItem refused(Context ctx, int index, List<Violation> violations) {
        return BatchItem.refused(index, Problems.of(JsonFields.invalid(violations), ctx.path() + "#/" + index).problem());
    }

    private static boolean ndjson(Context ctx) {
        @Nullable String type = ctx.contentType();
        if (type == null) {
            return false;
        }
        String media = type.toLowerCase(Locale.ROOT);
        return media.startsWith("application/x-ndjson") || media.startsWith("application/ndjson")
                || media.startsWith("application/jsonl");
    }
}
