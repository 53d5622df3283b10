package dev.bulwark.server.api;

import dev.bulwark.core.event.Violation;
import dev.bulwark.core.port.AuditLog;
import dev.bulwark.server.http.Params;
import dev.bulwark.server.http.Problems;
import dev.bulwark.server.http.Responses;
import dev.bulwark.server.http.RouteTable;
import dev.bulwark.server.port.ReloadOutcome;
import dev.bulwark.server.port.StrategyReloader;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v1/admin/reload} (hot reload of strategies: 200 with the new version, or 422 listing every problem
 * while the previous version keeps serving) and {@code GET /v1/audit}.
 */
public final class AdminApi implements Api {
    private final StrategyReloader reloader;
    private final AuditLog log;
    private final AuditTrail audit;
    private final Object reloading = new Object();

    AdminApi(StrategyReloader reloader, AuditLog log, AuditTrail audit) {
        this.reloader = reloader;
        this.log = log;
        this.audit = audit;
    }

    @Override
    public void register(RouteTable routes) {
        routes.post("/v1/admin/reload", this::reload, Access.ADMINS);
        routes.get("/v1/audit", ctx -> Responses.ok(ctx, log.recent(Params.integer(ctx, "limit", 100, 1, 1000))), Access.ADMINS);
    }

    private void reload(Context ctx) {
        ReloadOutcome outcome;
        synchronized (reloading) {
            outcome = reloader.reload();
        }
        switch (outcome) {
            case ReloadOutcome.Reloaded r -> {
                audit.record(ctx, "strategy.reload", "strategies", "version " + r.version());
                Responses.ok(ctx, Map.of("version", r.version()));
            }
            case ReloadOutcome.Rejected r -> {
                audit.record(ctx, "strategy.reload.rejected", "strategies", r.problems().size() + " problems");
                List<Violation> errors = r.problems().stream().map(AdminApi::violation).toList();
                Problems.write(ctx, Problems.problem("strategy-rejected", "Strategies rejected", 422,
                        "the strategy files have " + errors.size() + " problem(s); the previous version keeps serving",
                        ctx.path(), errors));
            }
        }
    }

    private static Violation violation(String problem) {
        int split = problem.indexOf(": ");
        return split > 0 ? new Violation(problem.substring(0, split), problem.substring(split + 2))
                : new Violation("strategies", problem);
    }
}
