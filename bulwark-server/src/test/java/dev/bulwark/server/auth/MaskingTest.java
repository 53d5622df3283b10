package dev.bulwark.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.event.EntityRef;
import dev.bulwark.core.event.EntityType;
import org.junit.jupiter.api.Test;

class MaskingTest {
    @Test
    void emails_keep_two_characters_of_each_part_and_the_top_level_domain() {
        assertThat(Masking.value(EntityType.EMAIL, "emma.stone@example.com")).isEqualTo("em***@ex***.com");
        assertThat(Masking.value(EntityType.EMAIL, "a@b.io")).isEqualTo("***@***.io");
    }

    @Test
    void ip_addresses_hide_the_host_half() {
        assertThat(Masking.value(EntityType.IP, "203.0.113.9")).isEqualTo("203.0.***.***");
        assertThat(Masking.value(EntityType.IP, "2001:db8:85a3::8a2e:370:7334")).isEqualTo("2001:db8:***");
    }

    @Test
    void other_personal_data_keeps_only_a_short_prefix() {
        assertThat(Masking.value(EntityType.PHONE, "+14155550123")).isEqualTo("+14***23");
        assertThat(Masking.value(EntityType.PAYOUT_ACCOUNT, "pa-99812")).isEqualTo("pa***");
        assertThat(Masking.value(EntityType.ADDRESS, "ad")).isEqualTo("***");
    }

    @Test
    void identifiers_that_are_not_personal_data_are_left_alone() {
        assertThat(Masking.entity(new EntityRef(EntityType.DEVICE, "d-77")).id()).isEqualTo("d-77");
        assertThat(Masking.value(EntityType.BUYER, "b-1001")).isEqualTo("b-1001");
    }
}
