package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ListsIT {
    @AutoClose
    private static final TestServer server = TestServer.start();

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
        var halfPair = server.post("/v1/lists/devices/entries", TestServer.ANALYST,
                "[{\"value\":\"d-\\ud83d\\ude00\",\"reason\":\"ok\"},{\"value\":\"d-\\ud800\",\"reason\":\"x\\udc00\"}]");
        assertThat(halfPair.status()).isEqualTo(400);
        assertThat(halfPair.json().path("errors").findValuesAsText("field")).containsExactly("/1/value", "/1/reason");
        assertThat(halfPair.json().path("errors").get(0).path("reason").asText()).contains("character 2", "surrogate");
        assertThat(server.get("/v1/lists/devices/entries", TestServer.ANALYST).json()).isEmpty();
        assertThat(server.post("/v1/lists/nowhere/entries", TestServer.ANALYST, "[{\"value\":\"a\",\"reason\":\"b\"}]").status())
                .isEqualTo(404);
    }

    @Test
    void an_ip_list_takes_addresses_and_cidr_blocks_refuses_anything_else_and_removes_a_block_by_its_path() {
        server.put("/v1/lists/hosting_ranges", TestServer.ANALYST, "{\"kind\":\"ip\"}");
        var bad = server.post("/v1/lists/hosting_ranges/entries", TestServer.ANALYST,
                "[{\"value\":\"198.51.100.0/24\",\"reason\":\"ok\"},{\"value\":\"10.1.2.3/8\",\"reason\":\"typo\"},"
                        + "{\"value\":\"proxy-pool\",\"reason\":\"x\"}]");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").findValuesAsText("field")).containsExactly("/1/value", "/2/value");
        assertThat(bad.json().path("errors").findValuesAsText("reason")).containsExactly(
                "'10.1.2.3/8' has bits set beyond its /8; the block is 10.0.0.0/8",
                "'proxy-pool' is not an IP address or CIDR block (such as 203.0.113.7 or 203.0.113.0/24)");
        assertThat(server.get("/v1/lists/hosting_ranges/entries", TestServer.ANALYST).json()).isEmpty();

        assertThat(server.post("/v1/lists/hosting_ranges/entries", TestServer.ANALYST,
                "[{\"value\":\"198.51.100.0/24\",\"reason\":\"hosting\"},{\"value\":\"2001:db8::/32\",\"reason\":\"hosting\"}]")
                .status()).isEqualTo(200);
        assertThat(server.get("/v1/lists/hosting_ranges/entries", TestServer.VIEWER).json().findValuesAsText("value"))
                .containsExactly("198.51.***.***/24", "2001:db8:***/32");
        assertThat(server.delete("/v1/lists/hosting_ranges/entries/198.51.100.0/24", TestServer.ANALYST).status()).isEqualTo(204);
        assertThat(server.delete("/v1/lists/hosting_ranges/entries/2001:db8::%2F32", TestServer.ANALYST).status()).isEqualTo(204);
        assertThat(server.membership.changes()).contains("-hosting_ranges:198.51.100.0/24", "-hosting_ranges:2001:db8::/32");
        assertThat(server.get("/v1/lists/hosting_ranges/entries", TestServer.ANALYST).json()).isEmpty();
    }
}
