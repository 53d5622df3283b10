package dev.bulwark.core.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpBlockTest {
    @Test
    void an_ipv4_block_holds_the_addresses_of_its_prefix_and_no_others() {
        IpBlock block = IpBlock.parse("203.0.113.0/24").orElseThrow();
        assertThat(block.contains(address("203.0.113.0"))).isTrue();
        assertThat(block.contains(address("203.0.113.255"))).isTrue();
        assertThat(block.contains(address("203.0.114.0"))).isFalse();
        assertThat(block.contains(address("203.0.112.255"))).isFalse();
        assertThat(block.contains(IpBlock.parse("203.0.113.128/25").orElseThrow())).isTrue();
        assertThat(block.contains(IpBlock.parse("203.0.112.0/23").orElseThrow())).isFalse();
        assertThat(block).hasToString("203.0.113.0/24");
    }

    @Test
    void an_ipv6_block_holds_its_prefix_across_the_64_bit_halves() {
        IpBlock wide = IpBlock.parse("2001:db8::/32").orElseThrow();
        assertThat(wide.contains(address("2001:db8:ffff:1::7"))).isTrue();
        assertThat(wide.contains(address("2001:db9::1"))).isFalse();
        IpBlock narrow = IpBlock.parse("2001:db8:0:0:8000::/65").orElseThrow();
        assertThat(narrow.contains(address("2001:db8::8000:0:0:1"))).isTrue();
        assertThat(narrow.contains(address("2001:db8::7fff:0:0:1"))).isFalse();
        assertThat(narrow).hasToString("2001:db8:0:0:8000::/65");
    }

    @Test
    void every_written_form_of_an_address_is_the_same_network() {
        assertThat(address("2001:DB8:0:0::1")).isEqualTo(address("2001:db8::1"));
        assertThat(address("::ffff:203.0.113.7")).isEqualTo(address("203.0.113.7"));
        assertThat(address("203.0.113.7").bits()).isEqualTo(32);
        assertThat(address("::1").bits()).isEqualTo(128);
    }

    @Test
    void families_never_hold_each_other() {
        assertThat(IpBlock.parse("0.0.0.0/0").orElseThrow().contains(address("::1"))).isFalse();
        assertThat(IpBlock.parse("::/0").orElseThrow().contains(address("10.0.0.1"))).isFalse();
        assertThat(IpBlock.parse("::/0").orElseThrow().contains(address("2001:db8::1"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "d-123", "10.0.0", "10.0.0.256", "10.0.0.1/", "10.0.0.1/33", "10.0.0.1/-1",
            "10.0.0.1/1x", "2001:db8::/129", "2001:db8:::1", "example.com", "localhost", "1.2.3.4 ", "deadbeef"})
    void text_that_is_not_an_address_or_block_is_refused_with_its_reason(String text) {
        assertThat(IpBlock.parse(text)).isEmpty();
        assertThat(IpBlock.problem(text)).hasValueSatisfying(p -> assertThat(p).contains("is not an IP address or CIDR block"));
    }

    @Test
    void a_block_with_host_bits_is_masked_when_read_and_refused_as_an_entry_naming_the_block_meant() {
        assertThat(IpBlock.parse("10.1.2.3/8")).contains(IpBlock.parse("10.0.0.0/8").orElseThrow());
        assertThat(IpBlock.problem("10.1.2.3/8")).contains("'10.1.2.3/8' has bits set beyond its /8; the block is 10.0.0.0/8");
        assertThat(IpBlock.problem("10.0.0.0/8")).isEmpty();
        assertThat(IpBlock.problem("2001:db8::1")).isEmpty();
    }

    @Test
    void an_address_alone_is_never_read_from_a_block() {
        assertThat(IpBlock.address("10.0.0.0/8")).isEmpty();
        assertThat(IpBlock.address("b-42")).isEmpty();
    }

    @Test
    void a_network_with_bits_beyond_its_prefix_cannot_be_built() {
        assertThatThrownBy(() -> new IpBlock(false, 0, 0x0A000001L, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IpBlock(false, 0, 0, 33)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IpBlock(false, 1, 0, 32)).isInstanceOf(IllegalArgumentException.class);
    }

    private static IpBlock address(String text) {
        return IpBlock.address(text).orElseThrow();
    }
}
