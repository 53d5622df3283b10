package dev.bulwark.server.http;

import dev.bulwark.core.error.BulwarkException;
import io.javalin.http.Context;
import java.util.Optional;

/** Reading query parameters, refusing bad ones with a problem that names the parameter. */
public final class Params {
    private Params() {
    }

    /** An optional, non-empty query parameter. */
    public static Optional<String> string(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** An integer query parameter between {@code min} and {@code max}, or {@code fallback} when absent. */
    public static int integer(Context ctx, String name, int fallback, int min, int max) {
        Optional<String> text = string(ctx, name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, with the same message as an out-of-range value
        }
        throw new BulwarkException.Invalid(name, "must be an integer from " + min + " to " + max);
    }
}
