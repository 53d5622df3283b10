package dev.bulwark.server;

import dev.bulwark.core.decision.Alert;
import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.decision.Enforcement;
import dev.bulwark.core.decision.Reversal;
import dev.bulwark.core.event.EntityRef;
import dev.bulwark.core.event.Event;
import dev.bulwark.core.list.ListDefinition;
import dev.bulwark.core.list.ListEntry;
import dev.bulwark.core.port.AlertQuery;
import dev.bulwark.core.port.AuditEntry;
import dev.bulwark.core.port.JournalEntry;
import dev.bulwark.core.port.LabelRecord;
import dev.bulwark.core.port.Recorded;
import dev.bulwark.core.port.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/** A thread-safe in-memory {@link Store} for tests, whose appends can be made to fail. */
public final class InMemoryStore implements Store {
    private final Map<String, Recorded> journal = new LinkedHashMap<>();
    private final Map<String, Alert> alerts = new LinkedHashMap<>();
    private final Map<String, Enforcement> enforcements = new LinkedHashMap<>();
    private final Map<String, ListDefinition> lists = new TreeMap<>();
    private final Map<String, Map<String, ListEntry>> entries = new TreeMap<>();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final List<Integer> appendSizes = new ArrayList<>();
    private volatile boolean failAppends;
    private volatile boolean crashAppends;
    private volatile CountDownLatch appendEntered = new CountDownLatch(0);
    private volatile CountDownLatch appendRelease = new CountDownLatch(0);

    /** Makes the next append signal {@link #awaitAppendEntered()} and wait for {@link #releaseAppends()}. */
    public void blockAppends() {
        appendEntered = new CountDownLatch(1);
        appendRelease = new CountDownLatch(1);
    }

    /** Waits until a blocked append has been entered. */
    public void awaitAppendEntered() throws InterruptedException {
        appendEntered.await();
    }

    /** Lets a blocked append go on. */
    public void releaseAppends() {
        appendRelease.countDown();
    }

    /** Makes every later append throw (or succeed again). */
    public void failAppends(boolean fail) {
        this.failAppends = fail;
    }

    /** Makes every later append throw an {@link Error}. */
    public void crashAppends() {
        this.crashAppends = true;
    }

    /** The sizes of the batches appended so far. */
    public synchronized List<Integer> appendSizes() {
        return List.copyOf(appendSizes);
    }

    @Override
    public void write(List<JournalEntry> batch) {
        appendEntered.countDown();
        try {
            appendRelease.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        appendLocked(batch.stream().map(JournalEntry::recorded).toList());
    }

    private synchronized void appendLocked(List<Recorded> batch) {
        if (failAppends) {
            throw new IllegalStateException("disk full (test)");
        }
        if (crashAppends) {
            throw new AssertionError("crash (test)");
        }
        appendSizes.add(batch.size());
        for (Recorded r : batch) {
            if (journal.putIfAbsent(r.event().id(), r) == null) {
                r.alert().ifPresent(a -> alerts.put(a.id(), a));
                r.decision().enforcements().forEach(e -> enforcements.put(e.id(), e));
            }
        }
    }

    @Override
    public synchronized Optional<Decision> decision(String eventId) {
        return Optional.ofNullable(journal.get(eventId)).map(Recorded::decision);
    }

    @Override
    public synchronized Optional<Event> event(String eventId) {
        return Optional.ofNullable(journal.get(eventId)).map(Recorded::event);
    }

    @Override
    public void replay(Consumer<Event> sink) {
        List<Event> events;
        synchronized (this) {
            events = journal.values().stream().map(Recorded::event).toList();
        }
        events.forEach(sink);
    }

    @Override
    public synchronized void eventIds(Consumer<String> sink) {
        List.copyOf(journal.keySet()).forEach(sink);
    }

    @Override
    public synchronized long eventCount() {
        return journal.size();
    }

    @Override
    public synchronized List<Alert> alerts(AlertQuery q) {
        return alerts.values().stream()
                .filter(a -> q.status().map(s -> s == a.status()).orElse(true))
                .filter(a -> q.eventType().map(t -> t.equals(a.eventType())).orElse(true))
                .sorted(Comparator.comparing(Alert::eventTime).reversed())
                .skip(q.offset()).limit(q.limit()).toList();
    }

    @Override
    public synchronized Optional<Alert> alert(String id) {
        return Optional.ofNullable(alerts.get(id));
    }

    @Override
    public synchronized List<Enforcement> enforcements() {
        return List.copyOf(enforcements.values());
    }

    @Override
    public synchronized List<Enforcement> enforcements(EntityRef target) {
        return enforcements.values().stream().filter(e -> e.target().equals(target)).toList();
    }

    @Override
    public synchronized Optional<Enforcement> enforcement(String id) {
        return Optional.ofNullable(enforcements.get(id));
    }

    @Override
    public synchronized Optional<Enforcement> reverse(String id, Reversal reversal) {
        return Optional.ofNullable(enforcements.computeIfPresent(id, (k, e) -> e.reversed(reversal)));
    }

    @Override
    public synchronized List<ListDefinition> lists() {
        return List.copyOf(lists.values());
    }

    @Override
    public synchronized Optional<ListDefinition> list(String name) {
        return Optional.ofNullable(lists.get(name));
    }

    @Override
    public synchronized void saveList(ListDefinition definition) {
        lists.put(definition.name(), definition);
        entries.computeIfAbsent(definition.name(), k -> new TreeMap<>());
    }

    @Override
    public synchronized boolean deleteList(String name) {
        entries.remove(name);
        return lists.remove(name) != null;
    }

    @Override
    public synchronized List<ListEntry> entries(String name) {
        return List.copyOf(entries.getOrDefault(name, Map.of()).values());
    }

    @Override
    public synchronized void saveEntries(String name, List<ListEntry> added) {
        added.forEach(e -> entries.computeIfAbsent(name, k -> new TreeMap<>()).put(e.value(), e));
    }

    @Override
    public synchronized boolean deleteEntry(String name, String value) {
        return entries.getOrDefault(name, new TreeMap<>()).remove(value) != null;
    }

    @Override
    public synchronized void record(AuditEntry entry) {
        audit.add(entry);
    }

    @Override
    public synchronized List<AuditEntry> recent(int limit) {
        return audit.reversed().stream().limit(limit).toList();
    }

    @Override
    public List<LabelRecord> labels() {
        return List.of();
    }

    @Override
    public String describe() {
        return "memory";
    }

    @Override
    public boolean healthy() {
        return true;
    }

    @Override
    public void close() {
    }
}
