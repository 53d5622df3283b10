package dev.bulwark.sim.population;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The simulator's bundled lists: disposable email domains and the IP address plan. */
public final class Resources {
    /** Classpath location of the disposable email domain list. */
    public static final String DISPOSABLE_DOMAINS = "/dev/bulwark/sim/disposable-email-domains.txt";
    /** Classpath location of the IP address plan. */
    public static final String IP_RANGES = "/dev/bulwark/sim/ip-ranges.csv";

    private Resources() {
    }

    /** The disposable email domains, in file order. */
    public static List<String> disposableDomains() {
        return lines(DISPOSABLE_DOMAINS);
    }

    /** The non-comment lines of a bundled text resource, trimmed, in file order. */
    public static List<String> lines(String path) {
        InputStream in = Resources.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String t = line.trim();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
