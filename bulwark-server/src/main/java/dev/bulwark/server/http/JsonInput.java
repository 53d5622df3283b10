package dev.bulwark.server.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.bulwark.core.error.BulwarkException;
import dev.bulwark.core.event.Violation;
import dev.bulwark.core.json.Json;
import dev.bulwark.server.error.ServerException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Parses request bodies into plain JSON values (maps, lists, strings, numbers, booleans) under the shared mapper's
 * stream limits, reporting malformed input with its line, column and JSON pointer. Duplicate keys are refused.
 */
public final class JsonInput {
    private static final ObjectReader READER = Json.mapper().reader();

    /** One item of a batch: a parsed value, or why its NDJSON line could not be parsed. */
    public sealed interface Item {
    }

    /** A parsed JSON value (possibly {@code null} for a JSON null). */
    public record Parsed(@Nullable Object value) implements Item {
    }

    /** A line that is not JSON. */
    public record Malformed(Violation violation) implements Item {
    }

    private JsonInput() {
    }

    /** Parses a body holding exactly one JSON value. */
    public static @Nullable Object one(byte[] body) {
        if (isBlank(body, 0, body.length)) {
            throw new BulwarkException.Invalid("/", "the request body is empty; a JSON object is expected");
        }
        JsonParser parser = null;
        try (JsonParser p = READER.createParser(body)) {
            parser = p;
            return whole(p);
        } catch (JsonProcessingException e) {
            throw new BulwarkException.Invalid("the body is not valid JSON", List.of(malformed(e, parser, "")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a JSON array of at most {@code maxItems} values; a syntax error anywhere refuses the whole body. */
    public static List<Item> array(byte[] body, int maxItems) {
        if (isBlank(body, 0, body.length)) {
            throw new BulwarkException.Invalid("/", "the request body is empty; a JSON array of events is expected");
        }
        JsonParser open = null;
        try (JsonParser parser = READER.createParser(body)) {
            open = parser;
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new BulwarkException.Invalid("/", "a batch must be a JSON array of events, or NDJSON sent with "
                        + "Content-Type: application/x-ndjson");
            }
            List<Item> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                tooMany(items.size(), maxItems);
                items.add(new Parsed(JsonValues.read(parser)));
            }
            if (parser.nextToken() != null) {
                throw new BulwarkException.Invalid("/", "unexpected content after the closing ] of the batch");
            }
            return items;
        } catch (JsonProcessingException e) {
            throw new BulwarkException.Invalid("the body is not valid JSON", List.of(malformed(e, open, "")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses NDJSON, one value per non-blank line; a malformed line becomes a {@link Malformed} item. */
    public static List<Item> ndjson(byte[] body, int maxItems) {
        List<Item> items = new ArrayList<>();
        int line = 0;
        for (int start = 0; start < body.length; ) {
            int end = start;
            while (end < body.length && body[end] != '\n') {
                end++;
            }
            line++;
            if (!isBlank(body, start, end)) {
                tooMany(items.size(), maxItems);
                items.add(parseLine(Arrays.copyOfRange(body, start, end), line));
            }
            start = end + 1;
        }
        if (items.isEmpty()) {
            throw new BulwarkException.Invalid("/", "the request body holds no events; one JSON event per line is expected");
        }
        return items;
    }

    private static Item parseLine(byte[] line, int number) {
        JsonParser parser = null;
        try (JsonParser p = READER.createParser(line)) {
            parser = p;
            return new Parsed(whole(p));
        } catch (JsonProcessingException e) {
            return new Malformed(malformed(e, parser, "line " + number + ": "));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one value the parser's input holds; anything after it is refused. */
    private static @Nullable Object whole(JsonParser p) throws IOException {
        p.nextToken();
        Object value = JsonValues.read(p);
        JsonToken after = p.nextToken();
        if (after != null) {
            throw new JsonParseException(p, "Trailing token (of type " + after + ") found after the value; one JSON "
                    + "value is expected");
        }
        return value;
    }

    private static void tooMany(int count, int maxItems) {
        if (count >= maxItems) {
            throw new ServerException.TooLarge("a batch may hold at most " + maxItems + " events");
        }
    }

    private static Violation malformed(JsonProcessingException e, @Nullable JsonParser parser, String prefix) {
        JsonParser at = e.getProcessor() instanceof JsonParser p ? p : parser;
        String pointer = at == null ? "" : at.getParsingContext().pathAsPointer().toString();
        JsonLocation location = e.getLocation() != null ? e.getLocation() : at == null ? null : at.currentLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return new Violation(pointer.isEmpty() ? "/" : pointer, prefix + "malformed JSON" + where + ": " + e.getOriginalMessage());
    }

    private static boolean isBlank(byte[] body, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = body[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
