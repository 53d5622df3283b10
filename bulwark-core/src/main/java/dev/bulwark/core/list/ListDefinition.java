package dev.bulwark.core.list;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named list: what its values are ({@code kind} is an entity type key such as {@code device}, or
 * {@code string} for free values such as email domains) and what it is for.
 */
public record ListDefinition(String name, String kind, String description) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public ListDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }

    /** Whether {@code name} is a valid list name: lower-case letters, digits and underscores, at most 64. */
    public static boolean validName(String name) {
        return NAME.matcher(name).matches();
    }
}
