package dev.bulwark.app.node;

import dev.bulwark.engine.config.BundleLoader;
import dev.bulwark.engine.config.ConfigProblem;
import dev.bulwark.engine.config.LoadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A directory of strategy files: every {@code .yaml}/{@code .yml} below it, by path relative to it. */
public record StrategyDirectory(Path root) {
    /** Reads and loads the directory; an unreadable directory is reported as a problem, not thrown. */
    public LoadResult load() {
        try {
            return BundleLoader.load(read());
        } catch (IOException | UncheckedIOException e) {
            return new LoadResult.Rejected(List.of(new ConfigProblem(root.toString(), "", "cannot be read: " + e.getMessage())));
        }
    }

    /** Loads the directory, or throws {@link StartupException} listing every problem, one per line. */
    public dev.bulwark.engine.Bundle bundle() {
        return switch (load()) {
            case LoadResult.Loaded loaded -> loaded.bundle();
            case LoadResult.Rejected rejected -> throw new StartupException("the strategy files in " + root
                    + " were rejected:\n  " + String.join("\n  ", rejected.problems().stream().map(Object::toString).toList()));
        };
    }

    /** The files' text by relative path. */
    public Map<String, String> read() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("no such directory");
        }
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).filter(StrategyDirectory::isYaml).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        if (files.isEmpty()) {
            throw new IOException("holds no .yaml files");
        }
        return files;
    }

    private static boolean isYaml(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
