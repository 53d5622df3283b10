package dev.bulwark.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.bulwark.core.error.BulwarkException;
import dev.bulwark.core.event.Violation;
import dev.bulwark.core.json.Json;
import dev.bulwark.server.error.ServerException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/** The one place exceptions become HTTP: each domain or server error to its status and RFC 9457 problem. */
public final class Problems {
    /** The context attribute holding the problem written for a request, for the request log. */
    public static final String ATTRIBUTE = "bulwark.problem";
    /** The context attribute holding an unexpected exception, for the request log. */
    public static final String UNEXPECTED = "bulwark.unexpected";
    /** The media type of problem responses. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem with the response headers it needs and whether it was a bug rather than the caller's doing. */
    public record Failure(Problem problem, Optional<Duration> retryAfter, boolean unexpected) {
        /** The headers the response needs besides its type: Retry-After for a refusal to retry, a 401's challenge. */
        public Map<String, String> headers() {
            if (retryAfter.isPresent()) {
                return Map.of("Retry-After", Long.toString(Math.max(1, retryAfter.get().toSeconds())));
            }
            return problem.status() == 401 ? Map.of("WWW-Authenticate", "Bearer") : Map.of();
        }
    }

    private Problems() {
    }

    /** The problem for {@code error} on the request at {@code instance}. */
    public static Failure of(Throwable error, String instance) {
        return switch (error) {
            case CompletionException e when e.getCause() != null -> of(e.getCause(), instance);
            case BulwarkException.Invalid e -> expected(problem("invalid-input", "Invalid input", 400, e.getMessage(), instance, e.violations()));
            case BulwarkException.NotFound e -> expected(problem("not-found", "Not found", 404, e.getMessage(), instance, List.of()));
            case BulwarkException.Conflict e -> expected(problem("conflict", "Conflict", 409, e.getMessage(), instance, List.of()));
            case BulwarkException.Forbidden e -> expected(problem("forbidden", "Forbidden", 403, e.getMessage(), instance, List.of()));
            case ServerException.Unauthenticated e -> expected(problem("unauthenticated", "Unauthenticated", 401, e.getMessage(), instance, List.of()));
            case ServerException.TooLarge e -> expected(problem("payload-too-large", "Payload too large", 413, e.getMessage(), instance, List.of()));
            case ServerException.Overloaded e -> new Failure(problem("overloaded", "Overloaded", 429, e.getMessage(), instance, List.of()),
                    Optional.of(e.retryAfter()), false);
            case ServerException.Unavailable e -> new Failure(problem("unavailable", "Service unavailable", 503, e.getMessage(), instance, List.of()),
                    Optional.of(e.retryAfter()), false);
            case ServerException.DecisionFailed e -> new Failure(problem("decision-failed", "Decision failed", 500, e.getMessage(), instance, List.of()),
                    Optional.empty(), true);
            case HttpResponseException e -> expected(framework(e, instance));
            case JsonProcessingException e -> expected(problem("invalid-input", "Invalid input", 400, "the body is not valid JSON", instance,
                    List.of(new Violation("/", e.getOriginalMessage()))));
            default -> new Failure(problem("internal", "Internal server error", 500,
                    "an unexpected error occurred; it has been logged", instance, List.of()), Optional.empty(), true);
        };
    }

    /** A problem of one of this API's types. */
    public static Problem problem(String slug, String title, int status, String detail, String instance, List<Violation> errors) {
        return new Problem(Problem.TYPE_PREFIX + slug, title, status, detail, instance, errors);
    }

    /**
     * The problem for a request refused before routing (headers too large, a malformed request line or URI), with
     * the status's standard reason phrase as its title.
     */
    public static Problem refused(int status, String title, String instance) {
        String slug = switch (status) {
            case 400 -> "invalid-input";
            case 404 -> "not-found";
            case 413 -> "payload-too-large";
            case 414 -> "uri-too-long";
            case 417 -> "expectation-failed";
            case 431 -> "headers-too-large";
            default -> "http-" + status;
        };
        return problem(slug, title, status, "the request was refused before routing: " + title,
                instance.isEmpty() ? "/" : instance, List.of());
    }

    /** Writes the problem for {@code error} as the response, with Retry-After or WWW-Authenticate when due. */
    public static void write(Context ctx, Throwable error) {
        Failure failure = of(error, ctx.path());
        failure.headers().forEach(ctx::header);
        if (failure.unexpected()) {
            ctx.attribute(UNEXPECTED, error);
        }
        write(ctx, failure.problem());
    }

    /** Writes a problem as the response. */
    public static void write(Context ctx, Problem problem) {
        ctx.attribute(ATTRIBUTE, problem);
        ctx.status(problem.status()).contentType(MEDIA_TYPE).result(Json.bytes(problem));
    }

    private static Failure expected(Problem problem) {
        return new Failure(problem, Optional.empty(), false);
    }

    private static Problem framework(HttpResponseException e, String instance) {
        return switch (e.getStatus()) {
            case 404 -> problem("not-found", "Not found", 404, "no endpoint matches this path; see /openapi.json", instance, List.of());
            case 405 -> problem("method-not-allowed", "Method not allowed", 405, "this path does not accept that method", instance, List.of());
            case 413 -> problem("payload-too-large", "Payload too large", 413, "the request body is too large", instance, List.of());
            case 400 -> problem("invalid-input", "Invalid input", 400, e.getMessage(), instance, List.of());
            default -> problem("http-" + e.getStatus(), e.getMessage(), e.getStatus(), e.getMessage(), instance, List.of());
        };
    }
}
