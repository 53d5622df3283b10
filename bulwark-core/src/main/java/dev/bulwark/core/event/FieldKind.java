package dev.bulwark.core.event;

/** The JSON kind a field of an event's {@code data} must have. */
public enum FieldKind {
    STRING("string"), INTEGER("integer"), NUMBER("number"), BOOLEAN("boolean");

    private final String jsonType;

    FieldKind(String jsonType) {
        this.jsonType = jsonType;
    }

    /** The JSON Schema type keyword for this kind. */
    public String jsonType() {
        return jsonType;
    }
}
