package dev.bulwark.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.server.error.ServerException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {
    private final Authenticator auth = new Authenticator(Map.of("secret-token-0123456789", new Caller("ci", Role.INGEST)));

    @Test
    void a_known_bearer_token_names_its_caller_whatever_the_scheme_case() {
        assertThat(auth.authenticate(Optional.of("Bearer secret-token-0123456789"))).isEqualTo(new Caller("ci", Role.INGEST));
        assertThat(auth.authenticate(Optional.of("bearer secret-token-0123456789")).role()).isEqualTo(Role.INGEST);
    }

    @Test
    void missing_unknown_or_non_bearer_credentials_are_refused_without_echoing_them() {
        assertThatThrownBy(() -> auth.authenticate(Optional.empty())).isInstanceOf(ServerException.Unauthenticated.class);
        assertThatThrownBy(() -> auth.authenticate(Optional.of("Basic c2VjcmV0"))).isInstanceOf(ServerException.Unauthenticated.class);
        assertThatThrownBy(() -> auth.authenticate(Optional.of("Bearer secret-token-012345678")))
                .isInstanceOf(ServerException.Unauthenticated.class).hasMessageNotContaining("secret");
    }
}
