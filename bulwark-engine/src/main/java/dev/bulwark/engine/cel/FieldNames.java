package dev.bulwark.engine.cel;

import java.util.AbstractList;
import java.util.Map;

/**
 * {@code event.fields}: the names of an event's data fields as a list view whose {@code contains} is a map lookup,
 * because rules use it as a guard ({@code 'promo_code' in event.fields}) and copying the names per read cost more
 * than the rule.
 */
final class FieldNames extends AbstractList<String> {
    private final Map<String, Object> data;
    private String[] names;

    FieldNames(Map<String, Object> data) {
        this.data = data;
    }

    @Override
    public boolean contains(Object name) {
        return data.containsKey(name);
    }

    @Override
    public String get(int index) {
        if (names == null) {
            names = data.keySet().toArray(String[]::new);
        }
        return names[index];
    }

    @Override
    public int size() {
        return data.size();
    }
}
