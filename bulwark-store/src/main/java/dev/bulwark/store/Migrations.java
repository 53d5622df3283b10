package dev.bulwark.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings a database's schema to the current version with the Flyway scripts under {@code db/migration}. */
final class Migrations {
    static final String SQLITE = "classpath:db/migration/sqlite";
    static final String POSTGRESQL = "classpath:db/migration/postgresql";

    private Migrations() {
    }

    /** Applies the pending scripts from {@code location}; returns how many ran. */
    static int run(DataSource dataSource, String location, String description) {
        try {
            MigrateResult result = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(location)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate the schema of " + description + ": " + e.getMessage(), e);
        }
    }
}
