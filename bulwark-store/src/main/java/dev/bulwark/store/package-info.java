/**
 * The storage adapters behind the core's {@link dev.bulwark.core.port.Store}: an embedded SQLite file for a
 * single node and PostgreSQL for shared deployments, chosen by JDBC URL through {@link dev.bulwark.store.Stores}.
 * Both run the same Flyway-managed schema and, where the dialects allow, the same SQL.
 */
@NullMarked
package dev.bulwark.store;

import org.jspecify.annotations.NullMarked;
