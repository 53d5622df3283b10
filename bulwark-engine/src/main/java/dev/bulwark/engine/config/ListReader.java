package dev.bulwark.engine.config;

import dev.bulwark.core.event.EntityType;
import dev.bulwark.core.list.IpBlock;
import dev.bulwark.core.list.ListDefinition;
import dev.bulwark.core.list.ListEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one list definition and the entries it ships with. */
final class ListReader {
    private static final Set<String> KEYS = Set.of("name", "kind", "description", "entries");
    /** The time file entries are stamped with: files have no history, so the start of time. */
    static final Instant FILE_TIME = Instant.EPOCH;

    private ListReader() {
    }

    record Read(ListDefinition definition, List<ListEntry> entries) {
    }

    static Optional<Read> read(Node n) {
        n.onlyKeys(KEYS);
        String name = n.required("name");
        if (!name.isEmpty() && !ListDefinition.validName(name)) {
            n.problem("name", "'" + name + "' must be lower-case letters, digits and underscores, at most 64");
        }
        String kind = n.optional("kind").orElse("string");
        if (!kind.equals("string") && EntityType.fromKey(kind).isEmpty()) {
            n.problem("kind", "'" + kind + "' must be 'string' or an entity type");
        }
        List<String> values = n.strings("entries");
        if (kind.equals(EntityType.IP.key())) {
            values.forEach(v -> IpBlock.problem(v).ifPresent(reason -> n.problem("entries", reason)));
        }
        List<ListEntry> entries = values.stream()
                .map(v -> new ListEntry(v, "strategy file " + n.file(), "strategy-files", FILE_TIME, Optional.empty()))
                .toList();
        return Optional.of(new Read(new ListDefinition(name, kind, n.optional("description").orElse("")), entries));
    }
}
