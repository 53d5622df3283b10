package dev.bulwark.app.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Polls the strategy directory every two seconds and reloads when any file in it changed. */
final class StrategyWatcher implements AutoCloseable {
    private final ScheduledExecutorService timer;

    private StrategyWatcher(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    static StrategyWatcher start(Path root, Reloader reloader) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "strategy-watcher");
            t.setDaemon(true);
            return t;
        });
        long[] seen = {fingerprint(root)};
        timer.scheduleWithFixedDelay(() -> {
            long now = fingerprint(root);
            if (now != seen[0]) {
                seen[0] = now;
                reloader.reload();
            }
        }, 2, 2, TimeUnit.SECONDS);
        return new StrategyWatcher(timer);
    }

    private static long fingerprint(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    FileTime t = Files.getLastModifiedTime(p);
                    return t.toMillis() * 31 + p.toString().hashCode() + Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
