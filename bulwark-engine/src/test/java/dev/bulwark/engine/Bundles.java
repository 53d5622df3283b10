package dev.bulwark.engine;

import dev.bulwark.engine.config.BundleLoader;
import dev.bulwark.engine.config.LoadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Bundle fixtures for engine tests. */
public final class Bundles {
    private Bundles() {
    }

    /** The test strategy files under {@code src/test/resources/strategies}. */
    public static Bundle standard() {
        return load(Map.of("test.yaml", resource("/strategies/test.yaml")));
    }

    /** Loads the given files, failing the test with the problems if they do not load. */
    public static Bundle load(Map<String, String> files) {
        return switch (BundleLoader.load(files)) {
            case LoadResult.Loaded loaded -> loaded.bundle();
            case LoadResult.Rejected rejected -> throw new AssertionError("bundle rejected: " + rejected.problems());
        };
    }

    /** A class-path resource as text. */
    public static String resource(String path) {
        try (InputStream in = Bundles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
