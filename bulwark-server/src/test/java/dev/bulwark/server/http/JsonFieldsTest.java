package dev.bulwark.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonFieldsTest {
    @Test
    void only_a_surrogate_without_its_other_half_is_found() {
        assertThat(JsonFields.unpairedSurrogate("plain ascii, café, 北京")).isEqualTo(-1);
        assertThat(JsonFields.unpairedSurrogate("\uD83D\uDE00 and \uD83D\uDE00")).isEqualTo(-1);
        assertThat(JsonFields.unpairedSurrogate("ab\uD800")).isEqualTo(2);
        assertThat(JsonFields.unpairedSurrogate("\uDC00")).isEqualTo(0);
        assertThat(JsonFields.unpairedSurrogate("x\uDE00\uD83D")).isEqualTo(1);
        assertThat(JsonFields.unpairedSurrogate("\uD83D\uD83D\uDE00")).isEqualTo(0);
    }
}
