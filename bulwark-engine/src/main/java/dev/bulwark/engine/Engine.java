package dev.bulwark.engine;

import dev.bulwark.core.decision.Alert;
import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.decision.Outcome;
import dev.bulwark.core.decision.RuleError;
import dev.bulwark.core.decision.RuleHit;
import dev.bulwark.core.event.Event;
import dev.bulwark.core.event.EventCatalog;
import dev.bulwark.core.event.EventType;
import dev.bulwark.core.port.Recorded;
import dev.bulwark.engine.cel.FeatureSource;
import dev.bulwark.engine.cel.Scope;
import dev.bulwark.engine.enforcement.EnforcementBook;
import dev.bulwark.engine.enforcement.Enforcer;
import dev.bulwark.engine.features.FeatureStore;
import dev.bulwark.engine.features.InMemoryFeatureStore;
import dev.bulwark.engine.lists.ListBook;
import dev.bulwark.engine.rules.CompiledRule;
import dev.bulwark.engine.strategy.CompiledStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides events: updates the features an event feeds, runs the active and shadow rules of its scenario's
 * strategy, combines hits and scores into an outcome, applies the enforcement ladder and opens an alert when the
 * strategy asks for one. One engine is driven by one thread at a time; {@link #install} may be called from any
 * thread and takes effect from the next event.
 */
public final class Engine {
    /**
     * Every this many events the engine sweeps the next slice of each entity type's states for idle ones, so that a
     * full pass over every type takes at most {@code SWEEP_EVERY * 4096} (262,144) events and no single event pays
     * for more than a slice.
     */
    private static final int SWEEP_EVERY = 64;

    private volatile Bundle bundle;
    private final FeatureStore store;
    private final ListBook lists;
    private final EnforcementBook enforcements = new EnforcementBook();
    private final EngineMetrics metrics;
    private Bundle readerBundle;
    private FeatureSource reader;
    private int sinceSweep;

    /** An engine deciding with {@code bundle}, keeping feature state in {@code store} and lists in {@code lists}. */
    public Engine(Bundle bundle, FeatureStore store, ListBook lists, EngineMetrics metrics) {
        this.store = Objects.requireNonNull(store, "store");
        this.lists = Objects.requireNonNull(lists, "lists");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        install(bundle);
    }

    /** An engine with in-memory state, fresh lists and no metrics: for replay, tests and benchmarks. */
    public static Engine inMemory(Bundle bundle) {
        return new Engine(bundle, new InMemoryFeatureStore(), new ListBook(), EngineMetrics.NONE);
    }

    /** Swaps in a new bundle; features whose definition did not change keep their state. */
    public void install(Bundle next) {
        lists.replaceFileEntries(next.listEntries());
        this.bundle = next;
    }

    /** The bundle deciding now. */
    public Bundle bundle() {
        return bundle;
    }

    /** The lists rules test membership in; the API changes entries here as well as in the store. */
    public ListBook lists() {
        return lists;
    }

    /** The enforcements rules can see; restored from the store at start, reversed through the API. */
    public EnforcementBook enforcements() {
        return enforcements;
    }

    /** The feature state. */
    public FeatureStore featureStore() {
        return store;
    }

    /** Feeds an already-decided event to the features only: how state is rebuilt from the journal. */
    public void observe(Event event) {
        Bundle b = bundle;
        Scope scope = b.env().scope(event, type(event), reader(b), enforcements, lists);
        b.features().observe(scope, store, metrics);
        sweep(b, event);
    }

    /** Decides one validated event, updating the state its features keep. */
    public Recorded decide(Event event) {
        long started = System.nanoTime();
        Bundle b = bundle;
        EventType type = type(event);
        Scope scope = b.env().scope(event, type, reader(b), enforcements, lists);
        b.features().update(scope, store, metrics);
        sweep(b, event);
        CompiledStrategy strategy = b.strategies().get(event.scenario());
        if (strategy == null) {
            Decision allow = new Decision(event.id(), event.type(), event.time(), Outcome.ALLOW, 0, List.of(), List.of(),
                    List.of(), Map.of(), List.of(), "none", b.version(), System.nanoTime() - started);
            metrics.decided(allow);
            return new Recorded(event, allow, Optional.empty());
        }
        List<RuleHit> hits = new ArrayList<>(4);
        List<CompiledRule> matched = new ArrayList<>(4);
        List<RuleHit> shadowHits = new ArrayList<>(2);
        List<RuleError> errors = new ArrayList<>(0);
        double score = 0;
        Outcome forced = Outcome.ALLOW;
        for (CompiledRule rule : strategy.active(event.type())) {
            if (matches(rule, scope, errors)) {
                hits.add(rule.hit());
                matched.add(rule);
                score += rule.definition().score();
                forced = forced.max(rule.definition().outcome().orElse(Outcome.ALLOW));
            }
        }
        for (CompiledRule rule : strategy.shadow(event.type())) {
            if (matches(rule, scope, errors)) {
                shadowHits.add(rule.hit());
            }
        }
        Outcome outcome = strategy.definition().outcomeFor(score).max(forced);
        var issued = Enforcer.enforce(matched, scope, enforcements, b.ladder());
        Decision decision = new Decision(event.id(), event.type(), event.time(), outcome, score, hits, shadowHits, errors,
                scope.featuresRead(), issued, strategy.definition().id(), strategy.version(), System.nanoTime() - started);
        metrics.decided(decision);
        return new Recorded(event, decision, alert(scope, decision, strategy));
    }

    private boolean matches(CompiledRule rule, Scope scope, List<RuleError> errors) {
        try {
            return rule.matches(scope);
        } catch (Exception | StackOverflowError e) {
            errors.add(new RuleError(rule.definition().id(), String.valueOf(e.getMessage())));
            metrics.ruleFailed(rule.definition().id());
            return false;
        }
    }

    private static Optional<Alert> alert(Scope scope, Decision decision, CompiledStrategy strategy) {
        Event event = scope.event();
        if (!strategy.definition().alertOn().contains(decision.outcome())) {
            return Optional.empty();
        }
        return Optional.of(new Alert(Alert.idFor(event.id()), event.id(), event.type(), event.time(), decision.outcome(),
                decision.score(), decision.reasonCodes(), scope.entities(), decision.strategyId(),
                decision.strategyVersion(), Alert.Status.OPEN));
    }

    private FeatureSource reader(Bundle b) {
        if (b != readerBundle) {
            reader = b.features().reader(store, metrics);
            readerBundle = b;
        }
        return reader;
    }

    private void sweep(Bundle b, Event event) {
        if (++sinceSweep >= SWEEP_EVERY) {
            sinceSweep = 0;
            b.features().sweep(store, event.time().toEpochMilli());
        }
    }

    private static EventType type(Event event) {
        return EventCatalog.find(event.type())
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + event.type()));
    }
}
