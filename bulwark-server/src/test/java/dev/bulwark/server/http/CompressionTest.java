package dev.bulwark.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompressionTest {
    @ParameterizedTest(name = "[{0}] takes gzip: {1}")
    @CsvSource(delimiter = '|', value = {
            "gzip | true",
            "gzip, deflate | true",
            "GZIP | true",
            "x-gzip | true",
            "br;q=1.0, gzip;q=0.5 | true",
            "gzip;q=0.001 | true",
            "* | true",
            "deflate | false",
            "identity | false",
            "gzip;q=0 | false",
            "gzip; q=0.000 | false",
            "*;q=0 | false",
            "gzip;q=0, * | false",
            "deflate, *;q=0.5 | true",
    })
    void accept_encoding_is_read_with_its_weights(String acceptEncoding, boolean takesGzip) {
        assertThat(Compression.acceptsGzip(Optional.of(acceptEncoding))).isEqualTo(takesGzip);
    }

    @Test
    void no_accept_encoding_takes_no_gzip() {
        assertThat(Compression.acceptsGzip(Optional.empty())).isFalse();
        assertThat(Compression.acceptsGzip(Optional.of(""))).isFalse();
    }

    @Test
    void gzip_round_trips() throws IOException {
        byte[] body = "{\"decision\":\"allow\"},".repeat(200).getBytes(StandardCharsets.UTF_8);
        byte[] zipped = Compression.gzip(body);
        assertThat(zipped.length).isLessThan(body.length / 10);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            assertThat(in.readAllBytes()).isEqualTo(body);
        }
    }
}
