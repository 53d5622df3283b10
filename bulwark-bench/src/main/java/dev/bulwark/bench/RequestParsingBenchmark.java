package dev.bulwark.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.bulwark.core.event.EventValidator;
import dev.bulwark.core.event.Validation;
import dev.bulwark.core.json.Json;
import dev.bulwark.server.http.JsonInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading one event's request body into plain values, as the front door does for {@code POST /v1/events}: the
 * server's reader ({@link JsonInput#one}) against Jackson's untyped deserialiser with duplicate detection and
 * trailing tokens refused (what the server used before, and what {@code JsonValuesTest} checks it against); and the
 * whole way from the body to a validated event.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class RequestParsingBenchmark {
    private static final ObjectReader JACKSON = Json.mapper().readerFor(Object.class)
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    // The body the HTTP benchmark's open loop sends (bulwark-bench/wrk/openloop.c).
    private final byte[] body = ("{\"specversion\":\"1.0\",\"id\":\"ol-5925-599986-1576693514\",\"source\":\"openloop\","
            + "\"type\":\"order.placed\",\"time\":\"2026-12-06T22:23:22Z\",\"data\":{\"order_id\":\"o-ol-5925-599986\","
            + "\"buyer_id\":\"b-66760\",\"seller_id\":\"s-1760\",\"amount\":165.5,\"currency\":\"USD\","
            + "\"payment_instrument_id\":\"pi-66760\",\"shipping_address_id\":\"ad-66760\",\"device_id\":\"d-66760\","
            + "\"ip\":\"10.10.17.1\"}}").getBytes(StandardCharsets.UTF_8);

    private static final EventValidator VALIDATOR = new EventValidator(EventValidator.Limits.DEFAULT);
    private static final Instant NOW = Instant.parse("2026-12-06T22:23:30Z");

    /** The server's reader, then the event's validation: the front door's way from a body to an {@code Event}. */
    @Benchmark
    public Validation event() {
        return VALIDATOR.validate(JsonInput.one(body), NOW);
    }

    /** The server's reader. */
    @Benchmark
    public Object server() {
        return JsonInput.one(body);
    }

    /** Jackson's untyped deserialiser with the same refusals. */
    @Benchmark
    public Object jackson() throws IOException {
        return JACKSON.readValue(body);
    }
}
