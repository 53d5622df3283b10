package dev.bulwark.sim.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Property(tries = 300)
    void quoted_strings_read_back_unchanged(@ForAll String value) throws Exception {
        StringBuilder sb = new StringBuilder();
        Json.quote(sb, value);
        assertThat(mapper.readValue(sb.toString(), String.class)).isEqualTo(value);
    }

    @Test
    void money_has_the_currency_s_decimals() {
        StringBuilder sb = new StringBuilder();
        Json.money(sb, 1999, 2);
        sb.append(' ');
        Json.money(sb, 5, 2);
        sb.append(' ');
        Json.money(sb, 150000, 0);
        assertThat(sb).hasToString("19.99 0.05 150000");
    }
}
