package dev.bulwark.app.node;

import dev.bulwark.core.list.ListDefinition;
import dev.bulwark.core.port.Store;
import dev.bulwark.engine.Bundle;
import dev.bulwark.engine.Engine;
import dev.bulwark.engine.features.InMemoryFeatureStore;
import dev.bulwark.engine.lists.ListBook;
import dev.bulwark.server.BulwarkServer;
import dev.bulwark.server.ServerConfig;
import dev.bulwark.server.auth.Caller;
import dev.bulwark.server.ingest.IngestSettings;
import dev.bulwark.server.port.DecisionPath;
import dev.bulwark.server.port.ListMembership;
import dev.bulwark.store.Stores;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running node: opens the store, loads the strategies, seeds the engine with the stored lists and enforcements,
 * and starts the server, which rebuilds feature state from the journal before it accepts events.
 */
public final class Node implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Node.class);

    private final Store store;
    private final Engine engine;
    private final BulwarkServer server;
    private final StrategyWatcher watcher;
    private final EngineMeters meters;
    private final Reloader reloader;

    private Node(Store store, Engine engine, BulwarkServer server, StrategyWatcher watcher, EngineMeters meters,
                 Reloader reloader) {
        this.store = store;
        this.engine = engine;
        this.server = server;
        this.watcher = watcher;
        this.meters = meters;
        this.reloader = reloader;
    }

    /** Starts a node; throws {@link StartupException} with a message for the user when it cannot. */
    public static Node start(NodeSettings settings, Clock clock) {
        StrategyDirectory strategies = new StrategyDirectory(settings.strategies());
        Bundle bundle = strategies.bundle();
        Map<String, Caller> tokens;
        try {
            tokens = TokenFile.readOrCreate(settings.tokens());
        } catch (IOException e) {
            throw new StartupException("cannot read the token file: " + e.getMessage());
        }
        Store store = openStore(settings.jdbcUrl());
        try {
            PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            EngineMeters meters = new EngineMeters(registry);
            Engine engine = new Engine(bundle, new InMemoryFeatureStore(), new ListBook(), meters);
            seed(engine, store, bundle);
            Reloader reloader = new Reloader(strategies, engine, store);
            ServerConfig config = ServerConfig.defaults().withHost(settings.host()).withPort(settings.port()).withTokens(tokens)
                    .withIngest(IngestSettings.DEFAULT.withCommitWait(settings.commitWait()));
            BulwarkServer server = BulwarkServer.start(config, store, path(engine), reloader, membership(engine),
                    engine.enforcements()::reverse, clock, registry);
            StrategyWatcher watcher = settings.watch() ? StrategyWatcher.start(settings.strategies(), reloader) : null;
            LOG.atInfo().addKeyValue("port", server.port()).addKeyValue("store", store.describe())
                    .addKeyValue("strategies", bundle.version()).log("bulwark node started");
            return new Node(store, engine, server, watcher, meters, reloader);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static Store openStore(String jdbcUrl) {
        try {
            return Stores.open(jdbcUrl);
        } catch (RuntimeException e) {
            throw new StartupException("cannot open the store: " + e.getMessage());
        }
    }

    /** Gives the engine what the store remembers: list entries and enforcements; files' lists become visible in the API. */
    static void seed(Engine engine, Store store, Bundle bundle) {
        syncListDefinitions(store, bundle.lists());
        for (ListDefinition list : store.lists()) {
            store.entries(list.name()).forEach(entry -> engine.lists().put(list.name(), entry));
        }
        engine.enforcements().restore(store.enforcements());
    }

    static void syncListDefinitions(Store store, List<ListDefinition> lists) {
        for (ListDefinition list : lists) {
            if (store.list(list.name()).isEmpty()) {
                store.saveList(list);
            }
        }
    }

    private static DecisionPath path(Engine engine) {
        return new DecisionPath() {
            @Override
            public dev.bulwark.core.port.Recorded decide(dev.bulwark.core.event.Event event) {
                return engine.decide(event);
            }

            @Override
            public void observe(dev.bulwark.core.event.Event event) {
                engine.observe(event);
            }
        };
    }

    private static ListMembership membership(Engine engine) {
        return new ListMembership() {
            @Override
            public void put(String list, dev.bulwark.core.list.ListEntry entry) {
                engine.lists().put(list, entry);
            }

            @Override
            public void remove(String list, String value) {
                engine.lists().remove(list, value);
            }
        };
    }

    /** The port the server listens on. */
    public int port() {
        return server.port();
    }

    /** The engine deciding events. */
    public Engine engine() {
        return engine;
    }

    /** The store. */
    public Store store() {
        return store;
    }

    /** Active rule hits so far, by rule. */
    public Map<String, Double> ruleHits() {
        return meters.ruleHits();
    }


    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        server.close();
        store.close();
    }
}
