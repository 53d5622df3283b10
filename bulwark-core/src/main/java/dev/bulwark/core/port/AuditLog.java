package dev.bulwark.core.port;

import java.util.List;

/** The append-only trail of every change: list edits, enforcement reversals, strategy reloads. */
public interface AuditLog {
    /** Records one change durably. */
    void record(AuditEntry entry);

    /** The most recent entries, newest first. */
    List<AuditEntry> recent(int limit);
}
