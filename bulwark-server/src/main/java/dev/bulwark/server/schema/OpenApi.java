package dev.bulwark.server.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The OpenAPI 3.1 document of the HTTP API, kept as a resource beside this class and checked against the routes. */
public final class OpenApi {
    private static final String RESOURCE = "/dev/bulwark/server/openapi.json";
    private static final byte[] DOCUMENT = load();

    private OpenApi() {
    }

    /** The document as UTF-8 JSON. */
    public static byte[] document() {
        return DOCUMENT.clone();
    }

    private static byte[] load() {
        try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
