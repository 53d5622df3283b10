package dev.bulwark.engine.lists;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.list.ListEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListBookTest {
    private static final Instant T = Instant.parse("2026-11-01T00:00:00Z");
    private final ListBook book = new ListBook();

    @Test
    void values_match_exactly_when_they_name_no_network() {
        book.put("blocked_devices", entry("d-1"));
        assertThat(book.contains("blocked_devices", "d-1", T)).isTrue();
        assertThat(book.contains("blocked_devices", "d-10", T)).isFalse();
        assertThat(book.contains("other", "d-1", T)).isFalse();
    }

    @Test
    void a_cidr_block_matches_every_address_inside_it_and_none_outside() {
        book.put("bad_ips", entry("203.0.113.0/24"));
        book.put("bad_ips", entry("2001:db8::/32"));
        assertThat(book.contains("bad_ips", "203.0.113.77", T)).isTrue();
        assertThat(book.contains("bad_ips", "203.0.114.1", T)).isFalse();
        assertThat(book.contains("bad_ips", "2001:db8:5::9", T)).isTrue();
        assertThat(book.contains("bad_ips", "2001:db9::9", T)).isFalse();
        assertThat(book.contains("bad_ips", "::ffff:203.0.113.1", T)).isTrue();
        assertThat(book.contains("bad_ips", "not-an-ip", T)).isFalse();
    }

    @Test
    void an_address_matches_however_it_is_written() {
        book.put("bad_ips", entry("2001:db8::1"));
        assertThat(book.contains("bad_ips", "2001:DB8:0:0:0:0:0:1", T)).isTrue();
        assertThat(book.contains("bad_ips", "2001:db8::2", T)).isFalse();
    }

    @Test
    void blocks_of_several_lengths_are_all_consulted_and_an_expired_one_is_skipped() {
        book.put("bad_ips", new ListEntry("10.0.0.0/8", "old", "ana", T, Optional.of(T.minusSeconds(1))));
        book.put("bad_ips", entry("10.1.0.0/16"));
        book.put("bad_ips", entry("10.2.3.4"));
        assertThat(book.contains("bad_ips", "10.1.9.9", T)).isTrue();
        assertThat(book.contains("bad_ips", "10.2.3.4", T)).isTrue();
        assertThat(book.contains("bad_ips", "10.3.0.1", T)).isFalse();
        assertThat(book.contains("bad_ips", "10.3.0.1", T.minusSeconds(10))).isTrue();
    }

    @Test
    void removing_one_written_form_of_a_network_keeps_the_other() {
        book.put("bad_ips", entry("2001:db8::/32"));
        book.put("bad_ips", entry("2001:DB8::/32"));
        book.remove("bad_ips", "2001:db8::/32");
        assertThat(book.contains("bad_ips", "2001:db8::5", T)).isTrue();
        book.remove("bad_ips", "2001:DB8::/32");
        assertThat(book.contains("bad_ips", "2001:db8::5", T)).isFalse();
    }

    @Test
    void removing_the_last_block_of_a_length_stops_its_matches() {
        book.put("bad_ips", entry("192.0.2.0/24"));
        book.put("bad_ips", entry("198.51.100.0/24"));
        book.remove("bad_ips", "192.0.2.0/24");
        assertThat(book.contains("bad_ips", "192.0.2.1", T)).isFalse();
        assertThat(book.contains("bad_ips", "198.51.100.1", T)).isTrue();
        book.remove("bad_ips", "198.51.100.0/24");
        assertThat(book.contains("bad_ips", "198.51.100.1", T)).isFalse();
    }

    @Test
    void file_entries_hold_blocks_too_and_are_replaced_whole() {
        book.replaceFileEntries(Map.of("bad_ips", List.of(entry("198.51.100.0/24"))));
        assertThat(book.contains("bad_ips", "198.51.100.9", T)).isTrue();
        book.replaceFileEntries(Map.of("bad_ips", List.of(entry("192.0.2.0/24"))));
        assertThat(book.contains("bad_ips", "198.51.100.9", T)).isFalse();
        assertThat(book.contains("bad_ips", "192.0.2.9", T)).isTrue();
    }

    @Test
    void many_blocks_load_and_unload_without_leaving_a_match_behind() {
        IntStream.range(0, 20_000).forEach(i -> book.put("bad_ips", entry("10." + (i >> 8) + "." + (i & 255) + ".0/24")));
        assertThat(book.contains("bad_ips", "10.78.31.200", T)).isTrue();
        IntStream.range(0, 20_000).forEach(i -> book.remove("bad_ips", "10." + (i >> 8) + "." + (i & 255) + ".0/24"));
        assertThat(book.contains("bad_ips", "10.78.31.200", T)).isFalse();
    }

    private static ListEntry entry(String value) {
        return new ListEntry(value, "test", "ana", T, Optional.empty());
    }
}
