package dev.bulwark.core.port;

/** Everything Bulwark keeps, behind one handle that an adapter (embedded or PostgreSQL) implements. */
public interface Store extends EventJournal, AlertRepository, EnforcementRepository, ListRepository, AuditLog,
        LabelRepository, AutoCloseable {
    /** A short description for logs and health checks, e.g. {@code sqlite:/var/lib/bulwark/bulwark.db}. */
    String describe();

    /** Whether the database answers. */
    boolean healthy();

    @Override
    void close();
}
