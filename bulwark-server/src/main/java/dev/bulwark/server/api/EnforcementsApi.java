package dev.bulwark.server.api;

import dev.bulwark.core.decision.Enforcement;
import dev.bulwark.core.decision.Reversal;
import dev.bulwark.core.error.BulwarkException;
import dev.bulwark.core.event.EntityRef;
import dev.bulwark.core.port.EnforcementRepository;
import dev.bulwark.server.auth.AccessGuard;
import dev.bulwark.server.http.Bodies;
import dev.bulwark.server.http.JsonFields;
import dev.bulwark.server.http.JsonInput;
import dev.bulwark.server.http.Params;
import dev.bulwark.server.http.Responses;
import dev.bulwark.server.http.RouteTable;
import dev.bulwark.server.port.EnforcementSink;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;

/**
 * {@code GET /v1/enforcements?entity=type:id} and {@code POST /v1/enforcements/{id}/reverse}: a reversal goes to
 * the store, then to the engine (so the ladder stops counting it), then to the audit trail.
 */
public final class EnforcementsApi implements Api {
    private final EnforcementRepository enforcements;
    private final EnforcementSink sink;
    private final AuditTrail audit;
    private final Clock clock;
    private final long maxBody;
    private final Object reversing = new Object();

    EnforcementsApi(EnforcementRepository enforcements, EnforcementSink sink, AuditTrail audit, Clock clock, long maxBody) {
        this.enforcements = enforcements;
        this.sink = sink;
        this.audit = audit;
        this.clock = clock;
        this.maxBody = maxBody;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get("/v1/enforcements", this::list, Access.READERS);
        routes.post("/v1/enforcements/{id}/reverse", this::reverse, Access.EDITORS);
    }

    private void list(Context ctx) {
        String text = Params.string(ctx, "entity")
                .orElseThrow(() -> new BulwarkException.Invalid("entity", "is required, as type:id such as device:d-81f3"));
        EntityRef entity;
        try {
            entity = EntityRef.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BulwarkException.Invalid("entity", "must be type:id with a known entity type, such as device:d-81f3");
        }
        List<Enforcement> found = enforcements.enforcements(entity);
        Responses.ok(ctx, ViewerViews.masked(ctx) ? found.stream().map(ViewerViews::enforcement).toList() : found);
    }

    private void reverse(Context ctx) {
        String id = ctx.pathParam("id");
        JsonFields body = JsonFields.body(JsonInput.one(Bodies.read(ctx, maxBody)));
        String reason = body.string("reason", 1000).orElse("");
        body.throwIfInvalid();
        Enforcement reversed;
        synchronized (reversing) {
            Enforcement current = enforcements.enforcement(id)
                    .orElseThrow(() -> new BulwarkException.NotFound("no enforcement has that id"));
            current.reversal().ifPresent(r -> {
                throw new BulwarkException.Conflict("the enforcement was already reversed at " + r.at() + " by " + r.actor());
            });
            reversed = enforcements.reverse(id, new Reversal(clock.instant(), AccessGuard.caller(ctx).name(), reason))
                    .orElseThrow(() -> new BulwarkException.NotFound("no enforcement has that id"));
        }
        sink.reversed(reversed);
        audit.record(ctx, "enforcement.reverse", "enforcement:" + id, "reason: " + reason);
        Responses.ok(ctx, reversed);
    }
}
