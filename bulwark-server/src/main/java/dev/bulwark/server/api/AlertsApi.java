package dev.bulwark.server.api;

import dev.bulwark.core.decision.Alert;
import dev.bulwark.core.error.BulwarkException;
import dev.bulwark.core.port.AlertQuery;
import dev.bulwark.core.port.AlertRepository;
import dev.bulwark.server.http.Params;
import dev.bulwark.server.http.Responses;
import dev.bulwark.server.http.RouteTable;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code GET /v1/alerts} (filtered, paged, newest first) and {@code GET /v1/alerts/{id}}. */
public final class AlertsApi implements Api {
    private final AlertRepository alerts;

    /** Alert reads over {@code alerts}. */
    public AlertsApi(AlertRepository alerts) {
        this.alerts = alerts;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get("/v1/alerts", this::list, Access.READERS);
        routes.get("/v1/alerts/{id}", this::one, Access.READERS);
    }

    private void list(Context ctx) {
        Optional<Alert.Status> status = Params.string(ctx, "status").map(AlertsApi::status);
        AlertQuery query = new AlertQuery(status, Params.string(ctx, "type"), Params.integer(ctx, "limit", 50, 1, 1000),
                Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE));
        List<Alert> found = alerts.alerts(query);
        Responses.ok(ctx, ViewerViews.masked(ctx) ? found.stream().map(ViewerViews::alert).toList() : found);
    }

    private void one(Context ctx) {
        Alert alert = alerts.alert(ctx.pathParam("id"))
                .orElseThrow(() -> new BulwarkException.NotFound("no alert has that id"));
        Responses.ok(ctx, ViewerViews.masked(ctx) ? ViewerViews.alert(alert) : alert);
    }

    private static Alert.Status status(String text) {
        for (Alert.Status s : Alert.Status.values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(text)) {
                return s;
            }
        }
        throw new BulwarkException.Invalid("status", "must be one of open, closed");
    }
}
