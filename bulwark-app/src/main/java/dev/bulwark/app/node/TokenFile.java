package dev.bulwark.app.node;

import dev.bulwark.server.auth.Caller;
import dev.bulwark.server.auth.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API tokens a node accepts, one per line as {@code name role token} ({@code #} starts a comment). When the
 * file does not exist, one token per role is generated into it, readable by its owner only.
 */
public final class TokenFile {
    private TokenFile() {
    }

    /** Reads the tokens, generating the file first if it is missing. */
    public static Map<String, Caller> readOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            create(file);
        }
        Map<String, Caller> tokens = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 3) {
                throw new IOException(file + " line " + (i + 1) + ": expected 'name role token'");
            }
            int number = i + 1;
            Role role = Role.fromKey(parts[1]).orElseThrow(() -> new IOException(
                    file + " line " + number + ": unknown role '" + parts[1] + "'; expected ingest, analyst, admin or viewer"));
            tokens.put(parts[2], new Caller(parts[0], role));
        }
        return tokens;
    }

    /** The first token with the given role, for tools such as the load generator that run beside the node. */
    public static String tokenFor(Path file, Role role) throws IOException {
        return readOrCreate(file).entrySet().stream().filter(e -> e.getValue().role() == role).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IOException(file + " has no token with role " + role.key()));
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        SecureRandom random = new SecureRandom();
        StringBuilder text = new StringBuilder("# Bulwark API tokens: name role token. Keep this file secret.\n");
        for (Role role : Role.values()) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            text.append("local-").append(role.key()).append(' ').append(role.key()).append(' ')
                    .append(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the file keeps the default permissions.
        }
    }
}
