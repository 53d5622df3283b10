package dev.bulwark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing the adapter by URL, and refusing URLs it cannot serve without ever echoing a password. */
class StoresTest {
    @Test
    void anUnsupportedSchemeIsNamedAndThePasswordMasked() {
        assertThatThrownBy(() -> Stores.open("jdbc:mysql://root:hunter2@db:3306/bulwark?password=hunter2&ssl=true"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'jdbc:mysql'")
                .hasMessageContaining("jdbc:sqlite:")
                .hasMessageContaining("jdbc:postgresql:")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void somethingThatIsNotAJdbcUrlIsRefused() {
        assertThatThrownBy(() -> Stores.open("/var/lib/bulwark")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported JDBC URL scheme");
    }

    @Test
    void anInMemorySqliteDatabaseIsRefused() {
        assertThatThrownBy(() -> Stores.open("jdbc:sqlite::memory:")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("in-memory");
    }

    @Test
    void theEmbeddedUrlNamesBulwarkDbInACreatedDirectory(@TempDir Path tmp) {
        Path dataDir = tmp.resolve("a/b");

        String url = Stores.embeddedUrl(dataDir);

        assertThat(Files.isDirectory(dataDir)).isTrue();
        assertThat(url).isEqualTo("jdbc:sqlite:" + dataDir.toAbsolutePath().resolve("bulwark.db"));
    }

    @Test
    void descriptionsDropTheJdbcPrefixParametersAndCredentials() {
        assertThat(JdbcUrls.describe("jdbc:postgresql://db.internal:5432/bulwark?user=app&password=s3cret"))
                .isEqualTo("postgresql://db.internal:5432/bulwark");
        assertThat(JdbcUrls.describe("jdbc:postgresql://app:s3cret@db:5432/bulwark")).isEqualTo("postgresql://db:5432/bulwark");
        assertThat(JdbcUrls.mask("jdbc:postgresql://db/x?user=a&PASSWORD=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/x?user=a&PASSWORD=***&ssl=true");
    }
}
