package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ListsIT {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_list_is_created_filled_read_and_emptied_with_the_engine_told_and_the_audit_written() {
        var created = server.put("/v1/lists/blocked_emails", TestServer.ANALYST, "{\"kind\":\"email\",\"description\":\"ring emails\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(server.put("/v1/lists/blocked_emails", TestServer.ANALYST, "{\"kind\":\"email\"}").status()).isEqualTo(200);

        var added = server.post("/v1/lists/blocked_emails/entries", TestServer.ANALYST,
                "[{\"value\":\"ana@example.com\",\"reason\":\"ring\"},"
                        + "{\"value\":\"bob@example.org\",\"reason\":\"ring\",\"expires_at\":\"2026-02-01T00:00:00Z\"}]");
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().get(0).path("added_by").asText()).isEqualTo("ana");
        assertThat(added.json().get(1).path("expires_at").asText()).isEqualTo("2026-02-01T00:00:00Z");
        assertThat(server.membership.changes()).contains("+blocked_emails:ana@example.com", "+blocked_emails:bob@example.org");

        JsonNode plain = server.get("/v1/lists/blocked_emails/entries", TestServer.ANALYST).json();
        assertThat(plain.findValuesAsText("value")).containsExactly("ana@example.com", "bob@example.org");
        JsonNode masked = server.get("/v1/lists/blocked_emails/entries", TestServer.VIEWER).json();
        assertThat(masked.findValuesAsText("value")).containsExactly("an***@ex***.com", "bo***@ex***.org");

        assertThat(server.delete("/v1/lists/blocked_emails/entries/ana@example.com", TestServer.ANALYST).status()).isEqualTo(204);
        assertThat(server.delete("/v1/lists/blocked_emails/entries/ana@example.com", TestServer.ANALYST).status()).isEqualTo(404);
        assertThat(server.delete("/v1/lists/blocked_emails", TestServer.ADMIN).status()).isEqualTo(204);
        assertThat(server.membership.changes()).contains("-blocked_emails:ana@example.com", "-blocked_emails:bob@example.org");
        assertThat(server.get("/v1/lists/blocked_emails/entries", TestServer.ANALYST).status()).isEqualTo(404);

        var audit = server.get("/v1/audit?limit=10", TestServer.ADMIN);
        assertThat(audit.json().findValuesAsText("action"))
                .contains("list.save", "list.entries.add", "list.entries.remove", "list.delete");
        assertThat(audit.json().findValuesAsText("actor")).contains("ana", "root");
        assertThat(audit.body()).doesNotContain("tok-").doesNotContain("ana@example.com");
    }

    @Test
    void bad_list_requests_name_the_field() {
        assertThat(server.put("/v1/lists/Bad-Name", TestServer.ANALYST, "{\"kind\":\"email\"}").json()
                .path("errors").get(0).path("field").asText()).isEqualTo("name");
        assertThat(server.put("/v1/lists/planets", TestServer.ANALYST, "{\"kind\":\"planet\"}").json()
                .path("errors").get(0).path("field").asText()).isEqualTo("/kind");
        server.put("/v1/lists/devices", TestServer.ANALYST, "{\"kind\":\"device\"}");
        var r = server.post("/v1/lists/devices/entries", TestServer.ANALYST,
                "[{\"value\":\"d-1\",\"reason\":\"farm\"},{\"value\":\"d-2\"},{\"value\":7,\"reason\":\"x\",\"expires_at\":\"soon\"}]");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("errors").findValuesAsText("field")).containsExactly("/1/reason", "/2/value", "/2/expires_at");
        assertThat(server.get("/v1/lists/devices/entries", TestServer.ANALYST).json()).isEmpty();
        assertThat(server.post("/v1/lists/nowhere/entries", TestServer.ANALYST, "[{\"value\":\"a\",\"reason\":\"b\"}]").status())
                .isEqualTo(404);
    }
}
