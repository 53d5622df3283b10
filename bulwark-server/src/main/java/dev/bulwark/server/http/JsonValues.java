package dev.bulwark.server.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON value from a parser as plain Java values, exactly as Jackson's untyped deserialiser does with the
 * shared mapper's settings (objects as insertion-ordered maps, arrays as lists, integers as {@code Integer},
 * {@code Long} or {@code BigInteger} by size, other numbers as {@code Double}), and refuses a duplicate key with
 * Jackson's message and at the same JSON pointer.
 *
 * <p>Design note: reading the body is a tenth of the front door's thread per event, and Jackson's duplicate detection
 * builds a hash set for every object of more than two fields, while the map each object is read into already tells
 * a repeated name by its size: a sixth less time and 30% less garbage per event body ({@code RequestParsingBenchmark},
 * docs/benchmarks.md, eleventh sitting). A repeated name is reported once its value is read (the line and column
 * are the value's end, not the name's). {@code JsonValuesTest} compares the two readers on random documents.
 */
final class JsonValues {
    private JsonValues() {
    }

    /** The value that starts at the parser's current token; the parser is left on its last token. */
    static @Nullable Object read(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == null) {
            throw new JsonParseException(p, "No content to map due to end-of-input");
        }
        return switch (token) {
            case START_OBJECT -> object(p);
            case START_ARRAY -> array(p);
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getNumberValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new JsonParseException(p, "Unexpected token (" + token + ")");
        };
    }

    private static Map<String, Object> object(JsonParser p) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            int size = map.size();
            p.nextToken();
            map.put(name, read(p));
            if (map.size() == size) {
                throw new JsonParseException(p, "Duplicate field '" + name + "'");
            }
        }
        return map;
    }

    private static List<Object> array(JsonParser p) throws IOException {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            list.add(read(p));
        }
        return list;
    }
}
