package dev.bulwark.engine.lists;

import dev.bulwark.core.list.IpBlock;
import dev.bulwark.core.list.ListEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The entries of one list: by value, and — for entries that name an IP address or CIDR block — by network, so that
 * an address matches every block that holds it and every written form of the same address matches. Reads run
 * alongside changes; changes are serialised.
 *
 * <p>A lookup is one hash probe by value; only when that misses and the list holds networks is the value read as an
 * address and probed once per prefix length the list uses (a list of single addresses and /24s costs two probes).
 */
final class ListEntries {
    private static final int[] NONE = {};
    private final Map<String, ListEntry> byValue = new ConcurrentHashMap<>();
    /** The entries naming each network: usually one, more when the same network is written in several ways. */
    private final Map<IpBlock, List<ListEntry>> byNetwork = new ConcurrentHashMap<>();
    /** Prefix lengths in use, longest first, per family: a snapshot replaced whenever a network is added or removed. */
    private volatile int[] v4Prefixes = NONE;
    private volatile int[] v6Prefixes = NONE;
    /** How many networks of each prefix length the list holds, per family; changed under this object's lock. */
    private final int[] v4Counts = new int[33];
    private final int[] v6Counts = new int[129];

    boolean contains(String value, Instant time) {
        ListEntry entry = byValue.get(value);
        if (entry != null && entry.activeAt(time)) {
            return true;
        }
        if (v4Prefixes.length == 0 && v6Prefixes.length == 0) {
            return false;
        }
        return IpBlock.address(value).map(address -> containsAddress(address, time)).orElse(false);
    }

    private boolean containsAddress(IpBlock address, Instant time) {
        for (int prefix : address.v6() ? v6Prefixes : v4Prefixes) {
            List<ListEntry> entries = byNetwork.get(address.truncate(prefix));
            if (entries != null) {
                for (ListEntry entry : entries) {
                    if (entry.activeAt(time)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    synchronized void put(ListEntry entry) {
        byValue.put(entry.value(), entry);
        IpBlock.parse(entry.value()).ifPresent(block -> changeNetwork(block, entry.value(), entry));
    }

    synchronized void remove(String value) {
        if (byValue.remove(value) != null) {
            IpBlock.parse(value).ifPresent(block -> changeNetwork(block, value, null));
        }
    }

    /** Replaces (or with {@code entry} null, drops) the entry written {@code value} among those naming {@code block}. */
    private void changeNetwork(IpBlock block, String value, ListEntry entry) {
        List<ListEntry> before = byNetwork.getOrDefault(block, List.of());
        List<ListEntry> entries = new ArrayList<>(before);
        entries.removeIf(e -> e.value().equals(value));
        if (entry != null) {
            entries.add(entry);
        }
        if (entries.isEmpty()) {
            byNetwork.remove(block);
        } else {
            byNetwork.put(block, List.copyOf(entries));
        }
        if (before.isEmpty() != entries.isEmpty()) {
            int[] counts = block.v6() ? v6Counts : v4Counts;
            counts[block.bits()] += entries.isEmpty() ? -1 : 1;
            if (block.v6()) {
                v6Prefixes = inUse(counts);
            } else {
                v4Prefixes = inUse(counts);
            }
        }
    }

    private static int[] inUse(int[] counts) {
        return IntStream.iterate(counts.length - 1, i -> i >= 0, i -> i - 1).filter(i -> counts[i] > 0).toArray();
    }
}
