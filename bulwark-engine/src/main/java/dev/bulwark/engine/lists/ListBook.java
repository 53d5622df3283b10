package dev.bulwark.engine.lists;

import dev.bulwark.core.list.ListEntry;
import dev.bulwark.engine.cel.ListLookup;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every list's entries in memory, in two layers: entries shipped in strategy files (replaced on each reload) and
 * entries managed through the API (changed one at a time). An entry that names an IP address or CIDR block matches
 * every address in it, however the address is written (see {@link ListEntries}). Safe to read while another thread
 * changes it.
 */
public final class ListBook implements ListLookup {
    private volatile Map<String, ListEntries> fromFiles = Map.of();
    private final Map<String, ListEntries> managed = new ConcurrentHashMap<>();

    @Override
    public boolean contains(String list, String value, Instant time) {
        return active(managed.get(list), value, time) || active(fromFiles.get(list), value, time);
    }

    private static boolean active(ListEntries entries, String value, Instant time) {
        return entries != null && entries.contains(value, time);
    }

    /** Replaces the entries that come from strategy files. */
    public void replaceFileEntries(Map<String, List<ListEntry>> entries) {
        Map<String, ListEntries> copy = new ConcurrentHashMap<>();
        entries.forEach((list, values) -> {
            ListEntries byValue = new ListEntries();
            values.forEach(byValue::put);
            copy.put(list, byValue);
        });
        this.fromFiles = copy;
    }

    /** Adds or replaces an API-managed entry. */
    public void put(String list, ListEntry entry) {
        managed.computeIfAbsent(list, l -> new ListEntries()).put(entry);
    }

    /** Removes an API-managed entry. */
    public void remove(String list, String value) {
        ListEntries entries = managed.get(list);
        if (entries != null) {
            entries.remove(value);
        }
    }

    /** Removes every API-managed entry of a list. */
    public void clear(String list) {
        managed.remove(list);
    }
}
