package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The access matrix of docs/api.md, checked route by route and role by role. */
class AuthIT {
    private static final Set<String> ALL = Set.of("ingest", "analyst", "admin", "viewer");
    private static final Set<String> READERS = Set.of("analyst", "admin", "viewer");
    private static final Set<String> EDITORS = Set.of("analyst", "admin");
    @AutoClose
    private static final TestServer server = TestServer.start();

    private record Call(String method, String path, Set<String> admitted) {
    }

    private static final List<Call> MATRIX = List.of(
            new Call("POST", "/v1/events", Set.of("ingest", "admin")),
            new Call("POST", "/v1/events/batch", Set.of("ingest", "admin")),
            new Call("GET", "/v1/decisions/e-1", ALL),
            new Call("GET", "/v1/alerts", READERS),
            new Call("GET", "/v1/alerts/al_1", READERS),
            new Call("GET", "/v1/lists", READERS),
            new Call("PUT", "/v1/lists/some_list", EDITORS),
            new Call("DELETE", "/v1/lists/no_list", EDITORS),
            new Call("GET", "/v1/lists/no_list/entries", READERS),
            new Call("POST", "/v1/lists/no_list/entries", EDITORS),
            new Call("DELETE", "/v1/lists/no_list/entries/v", EDITORS),
            new Call("GET", "/v1/enforcements?entity=device:d-1", READERS),
            new Call("POST", "/v1/enforcements/enf_1/reverse", EDITORS),
            new Call("POST", "/v1/admin/reload", Set.of("admin")),
            new Call("GET", "/v1/audit", Set.of("admin")),
            new Call("GET", "/v1/schemas", ALL),
            new Call("GET", "/v1/schemas/order.placed", ALL));

    @Test
    void every_guarded_route_admits_exactly_its_roles() {
        List<String> tokens = List.of(TestServer.INGEST, TestServer.ANALYST, TestServer.ADMIN, TestServer.VIEWER);
        List<String> roles = List.of("ingest", "analyst", "admin", "viewer");
        for (Call call : MATRIX) {
            assertThat(send(call, null).status()).as(call + " without a token").isEqualTo(401);
            for (int i = 0; i < roles.size(); i++) {
                int status = send(call, tokens.get(i)).status();
                if (call.admitted().contains(roles.get(i))) {
                    assertThat(status).as(call + " as " + roles.get(i)).isNotIn(401, 403);
                } else {
                    assertThat(status).as(call + " as " + roles.get(i)).isEqualTo(403);
                }
            }
        }
    }

    @Test
    void bad_credentials_are_401_with_a_bearer_challenge() {
        var wrong = server.get("/v1/lists", "tok-nobody-0123456789");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(wrong.json().path("type").asText()).isEqualTo("urn:bulwark:problem:unauthenticated");
        assertThat(wrong.body()).doesNotContain("tok-nobody");
    }

    @Test
    void a_forbidden_call_is_a_problem_naming_the_role() {
        var r = server.post("/v1/admin/reload", TestServer.VIEWER, "");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().path("detail").asText()).contains("viewer");
    }

    @Test
    void health_metrics_and_openapi_need_no_token() {
        assertThat(server.get("/healthz", null).status()).isEqualTo(200);
        assertThat(server.get("/metrics", null).status()).isEqualTo(200);
        assertThat(server.get("/openapi.json", null).status()).isEqualTo(200);
    }

    private static TestServer.Response send(Call call, String token) {
        BiFunction<String, String, TestServer.Response> post = (p, t) -> server.post(p, t, "{}");
        return switch (call.method()) {
            case "GET" -> server.get(call.path(), token);
            case "POST" -> post.apply(call.path(), token);
            case "PUT" -> server.put(call.path(), token, "{\"kind\":\"device\"}");
            case "DELETE" -> server.delete(call.path(), token);
            default -> throw new IllegalArgumentException(call.method());
        };
    }
}
