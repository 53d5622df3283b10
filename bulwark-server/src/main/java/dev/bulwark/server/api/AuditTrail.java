package dev.bulwark.server.api;

import dev.bulwark.core.port.AuditEntry;
import dev.bulwark.core.port.AuditLog;
import dev.bulwark.server.auth.AccessGuard;
import io.javalin.http.Context;
import java.time.Clock;

/** Writes each change made through the API to the audit log under the caller's token name (never the token). */
final class AuditTrail {
    private final AuditLog log;
    private final Clock clock;

    AuditTrail(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Records that the caller of {@code ctx} did {@code action} on {@code target}. */
    void record(Context ctx, String action, String target, String details) {
        log.record(new AuditEntry(clock.instant(), AccessGuard.caller(ctx).name(), action, target, details));
    }
}
