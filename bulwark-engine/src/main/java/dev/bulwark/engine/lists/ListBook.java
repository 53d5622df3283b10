package dev.bulwark.engine.lists;

import dev.bulwark.core.list.ListEntry;
import dev.bulwark.engine.cel.ListLookup;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every list's entries in memory, in two layers: entries shipped in strategy files (replaced on each reload) and
 * entries managed through the API (changed one at a time). Safe to read while another thread changes it.
 */
public final class ListBook implements ListLookup {
    private volatile Map<String, Map<String, ListEntry>> fromFiles = Map.of();
    private final Map<String, Map<String, ListEntry>> managed = new ConcurrentHashMap<>();

    @Override
    public boolean contains(String list, String value, Instant time) {
        return active(managed.get(list), value, time) || active(fromFiles.get(list), value, time);
    }

    private static boolean active(Map<String, ListEntry> entries, String value, Instant time) {
        if (entries == null) {
            return false;
        }
        ListEntry entry = entries.get(value);
        return entry != null && entry.activeAt(time);
    }

    /** Replaces the entries that come from strategy files. */
    public void replaceFileEntries(Map<String, List<ListEntry>> entries) {
        Map<String, Map<String, ListEntry>> copy = new ConcurrentHashMap<>();
        entries.forEach((list, values) -> {
            Map<String, ListEntry> byValue = new ConcurrentHashMap<>();
            values.forEach(e -> byValue.put(e.value(), e));
            copy.put(list, byValue);
        });
        this.fromFiles = copy;
    }

    /** Adds or replaces an API-managed entry. */
    public void put(String list, ListEntry entry) {
        managed.computeIfAbsent(list, l -> new ConcurrentHashMap<>()).put(entry.value(), entry);
    }

    /** Removes an API-managed entry. */
    public void remove(String list, String value) {
        Map<String, ListEntry> entries = managed.get(list);
        if (entries != null) {
            entries.remove(value);
        }
    }

    /** Removes every API-managed entry of a list. */
    public void clear(String list) {
        managed.remove(list);
    }
}
