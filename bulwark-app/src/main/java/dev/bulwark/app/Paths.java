package dev.bulwark.app;

import java.nio.file.Path;

/** Where the distribution's own files are: the strategy pack lives under {@code $BULWARK_HOME/strategies}. */
public final class Paths {
    private Paths() {
    }

    /** The distribution's home: {@code $BULWARK_HOME}, else the working directory. */
    public static Path home() {
        String home = System.getenv("BULWARK_HOME");
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }

    /** The default strategy pack. */
    public static Path defaultStrategies() {
        return home().resolve("strategies");
    }
}
