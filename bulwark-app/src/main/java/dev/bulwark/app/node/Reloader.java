package dev.bulwark.app.node;

import dev.bulwark.core.port.Store;
import dev.bulwark.engine.Engine;
import dev.bulwark.engine.config.LoadResult;
import dev.bulwark.server.port.ReloadOutcome;
import dev.bulwark.server.port.StrategyReloader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Re-reads the strategy directory and swaps the engine's bundle; a rejected set leaves the serving one in place. */
final class Reloader implements StrategyReloader {
    private static final Logger LOG = LoggerFactory.getLogger(Reloader.class);
    private final StrategyDirectory directory;
    private final Engine engine;
    private final Store store;

    Reloader(StrategyDirectory directory, Engine engine, Store store) {
        this.directory = directory;
        this.engine = engine;
        this.store = store;
    }

    @Override
    public synchronized ReloadOutcome reload() {
        return switch (directory.load()) {
            case LoadResult.Loaded loaded -> {
                Node.syncListDefinitions(store, loaded.bundle().lists());
                engine.install(loaded.bundle());
                LOG.atInfo().addKeyValue("version", loaded.bundle().version()).log("strategies reloaded");
                yield new ReloadOutcome.Reloaded(loaded.bundle().version());
            }
            case LoadResult.Rejected rejected -> {
                LOG.atWarn().addKeyValue("problems", rejected.problems().size())
                        .log("strategy reload rejected; the previous version keeps serving");
                yield new ReloadOutcome.Rejected(rejected.problems().stream()
                        .map(p -> p.file() + (p.path().isEmpty() ? "" : ":" + p.path()) + ": " + p.message()).toList());
            }
        };
    }
}
