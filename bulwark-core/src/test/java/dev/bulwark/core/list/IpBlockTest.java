package dev.bulwark.core.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Random;
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

    @Test
    void the_parser_reads_what_guava_reads_and_refuses_what_it_refuses() {
        Random random = new Random(7);
        String alphabet = "0123456789abcdefABCDEF.:::...";
        int valid = 0;
        for (int i = 0; i < 60_000; i++) {
            String text = switch (i % 3) {
                case 0 -> mutate(written(randomAddress(random), random), random);
                case 1 -> written(randomAddress(random), random);
                default -> randomText(random, alphabet);
            };
            byte[] expected = guava(text);
            assertThat(IpText.parse(text)).as(text).isEqualTo(expected);
            valid += expected == null ? 0 : 1;
        }
        assertThat(valid).as("valid cases among the generated").isGreaterThan(20_000);
    }

    @Test
    void addresses_are_written_as_guava_writes_them() throws UnknownHostException {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = randomAddress(random);
            String text = InetAddresses.toAddrString(InetAddress.getByAddress(bytes));
            assertThat(IpBlock.address(text).orElseThrow()).hasToString(text + (text.contains(":") ? "/128" : "/32"));
        }
    }

    /** What Guava reads {@code text} as (an IPv4-mapped address as its 4 bytes, as java.net gives it), or null. */
    private static byte[] guava(String text) {
        return InetAddresses.isInetAddress(text) ? InetAddresses.forString(text).getAddress() : null;
    }

    /** 4 or 16 bytes, with runs of zero bytes and the IPv4-mapped prefix often enough to matter. */
    private static byte[] randomAddress(Random random) {
        byte[] bytes = new byte[random.nextInt(3) == 0 ? 4 : 16];
        random.nextBytes(bytes);
        if (bytes.length == 16) {
            int from = random.nextInt(16);
            Arrays.fill(bytes, from, Math.min(16, from + random.nextInt(16)), (byte) 0);
            if (random.nextInt(8) == 0) {
                Arrays.fill(bytes, 0, 10, (byte) 0);
                bytes[10] = (byte) 0xFF;
                bytes[11] = (byte) 0xFF;
            }
        }
        return bytes;
    }

    /** One of the ways an address is written: canonical, every group in full, upper case, with a dotted tail. */
    private static String written(byte[] bytes, Random random) {
        if (bytes.length == 4) {
            return (bytes[0] & 0xFF) + "." + (bytes[1] & 0xFF) + "." + (bytes[2] & 0xFF) + "." + (bytes[3] & 0xFF);
        }
        StringBuilder full = new StringBuilder();
        for (int g = 0; g < 8; g++) {
            full.append(g == 0 ? "" : ":").append(String.format("%04x", ((bytes[2 * g] & 0xFF) << 8) | (bytes[2 * g + 1] & 0xFF)));
        }
        return switch (random.nextInt(4)) {
            case 0 -> full.toString();
            case 1 -> full.toString().toUpperCase(java.util.Locale.ROOT);
            case 2 -> full.substring(0, full.lastIndexOf(":", full.lastIndexOf(":") - 1) + 1) + (bytes[12] & 0xFF) + "."
                    + (bytes[13] & 0xFF) + "." + (bytes[14] & 0xFF) + "." + (bytes[15] & 0xFF);
            default -> {
                try {
                    yield InetAddresses.toAddrString(InetAddress.getByAddress(bytes));
                } catch (UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    /** A small edit: a character dropped, doubled or inserted. */
    private static String mutate(String text, Random random) {
        int at = random.nextInt(text.length());
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, at) + text.substring(at + 1);
            case 1 -> text.substring(0, at) + text.charAt(at) + text.substring(at);
            default -> text.substring(0, at) + ":.0f".charAt(random.nextInt(4)) + text.substring(at);
        };
    }

    private static String randomText(Random random, String alphabet) {
        char[] chars = new char[2 + random.nextInt(14)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(chars);
    }
}
