package dev.bulwark.core.port;

import dev.bulwark.core.list.ListDefinition;
import dev.bulwark.core.list.ListEntry;
import java.util.List;
import java.util.Optional;

/** Named lists and their entries, as changed through the API. */
public interface ListRepository {
    /** Every list, by name. */
    List<ListDefinition> lists();

    /** One list. */
    Optional<ListDefinition> list(String name);

    /** Creates or updates a list's definition. */
    void saveList(ListDefinition definition);

    /** Deletes a list and its entries; false when there was no such list. */
    boolean deleteList(String name);

    /** The entries of a list, by value. */
    List<ListEntry> entries(String name);

    /** Adds or replaces entries on a list. */
    void saveEntries(String name, List<ListEntry> entries);

    /** Removes one value from a list; false when it was not there. */
    boolean deleteEntry(String name, String value);
}
