package dev.bulwark.server.api;

import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.error.BulwarkException;
import dev.bulwark.core.port.EventJournal;
import dev.bulwark.server.http.Responses;
import dev.bulwark.server.http.RouteTable;
import io.javalin.http.Context;

/** {@code GET /v1/decisions/{eventId}}: the stored decision on an event, masked for viewers. */
public final class DecisionsApi implements Api {
    private final EventJournal journal;

    /** Decision reads over {@code journal}. */
    public DecisionsApi(EventJournal journal) {
        this.journal = journal;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get("/v1/decisions/{eventId}", this::decision, Access.DECISION_READERS);
    }

    private void decision(Context ctx) {
        String eventId = ctx.pathParam("eventId");
        Decision decision = journal.decision(eventId)
                .orElseThrow(() -> new BulwarkException.NotFound("no decision is stored for that event id"));
        Responses.ok(ctx, ViewerViews.masked(ctx) ? ViewerViews.decision(decision, journal.event(eventId)) : decision);
    }
}
