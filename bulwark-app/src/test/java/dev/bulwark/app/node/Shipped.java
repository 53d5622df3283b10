package dev.bulwark.app.node;

import java.nio.file.Files;
import java.nio.file.Path;

/** The strategy pack shipped at the repository root, as tests see it from a module directory. */
public final class Shipped {
    private Shipped() {
    }

    /** The {@code strategies} directory. */
    public static Path strategies() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("strategies")) && Files.exists(p.resolve("bulwark"))) {
                return p.resolve("strategies");
            }
        }
        throw new IllegalStateException("no strategies directory above " + Path.of("").toAbsolutePath());
    }
}
