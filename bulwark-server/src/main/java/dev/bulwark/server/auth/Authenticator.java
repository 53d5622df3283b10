package dev.bulwark.server.auth;

import dev.bulwark.server.error.ServerException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a bearer token to its caller. Tokens are kept only as SHA-256 digests and every configured digest is
 * compared, in constant time, so neither the token nor its position leaks through timing.
 */
public final class Authenticator {
    private static final String BEARER = "bearer ";
    private final List<Known> known;

    private record Known(byte[] digest, Caller caller) {
    }

    /** An authenticator over {@code tokens}, token to caller. */
    public Authenticator(Map<String, Caller> tokens) {
        List<Known> list = new ArrayList<>();
        tokens.forEach((token, caller) -> list.add(new Known(digest(token), caller)));
        this.known = List.copyOf(list);
    }

    /** The caller an {@code Authorization} header value names; throws when it is missing or unknown. */
    public Caller authenticate(Optional<String> authorization) {
        String header = authorization.orElseThrow(
                () -> new ServerException.Unauthenticated("an Authorization: Bearer <token> header is required"));
        if (header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new ServerException.Unauthenticated("the Authorization header must use the Bearer scheme");
        }
        byte[] presented = digest(header.substring(BEARER.length()).trim());
        Caller match = null;
        for (Known k : known) {
            if (MessageDigest.isEqual(k.digest(), presented) && match == null) {
                match = k.caller();
            }
        }
        if (match == null) {
            throw new ServerException.Unauthenticated("the bearer token is not valid");
        }
        return match;
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
