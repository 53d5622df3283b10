package dev.bulwark.store;

import static dev.bulwark.store.Fixtures.allowed;
import static dev.bulwark.store.Fixtures.at;
import static dev.bulwark.store.Fixtures.buyer;
import static dev.bulwark.store.Fixtures.enforcement;
import static dev.bulwark.store.Fixtures.order;
import static dev.bulwark.store.Fixtures.reviewed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.event.Event;
import dev.bulwark.core.port.Recorded;
import dev.bulwark.core.port.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** Exporting the embedded store's events with their decisions (PostgreSQL's: {@link PostgresStoreTest}). */
class EventExportTest {
    @TempDir
    Path dir;

    /** What an export fed, parsed back. */
    record Exported(List<Event> events, List<Decision> decisions, List<Double> fractions) {
        Exported() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    static Exported export(String url) throws IOException {
        Exported out = new Exported();
        long count = EventExport.export(url, (event, decision) -> {
            out.events().add(Codec.event(new String(event, StandardCharsets.UTF_8)));
            out.decisions().add(Codec.decision(new String(decision, StandardCharsets.UTF_8)));
        }, (fraction, events) -> {
            assertThat(events).isEqualTo(out.events().size());
            out.fractions().add(fraction);
        });
        assertThat(count).isEqualTo(out.events().size());
        return out;
    }

    /** Appends 2,500 events in batches, every tenth reviewed with an enforcement; returns them in order. */
    static List<Recorded> fill(Store store) {
        List<Recorded> written = new ArrayList<>();
        for (int batch = 0; batch < 5; batch++) {
            int base = batch * 500;
            List<Recorded> records = IntStream.range(base, base + 500)
                    .mapToObj(i -> i % 10 == 0 ? reviewed(order("e-" + i, at(-i)),
                            enforcement("enf-" + i, buyer("b-" + i % 97), "e-" + i, at(i), Optional.empty()))
                            : allowed(order("e-" + i, at(-i))))
                    .toList();
            store.append(records);
            written.addAll(records);
        }
        return written;
    }

    @Test
    void theEmbeddedStoreExportsEveryEventWithItsDecisionInAppendOrderWhileItIsOpen() throws IOException {
        String url = Stores.embeddedUrl(dir);
        try (Store store = Stores.open(url)) {
            List<Recorded> written = fill(store);
            store.append(List.of(allowed(order("e-7", at(99))))); // a duplicate id: stored once

            Exported out = export(url);

            assertThat(out.events()).isEqualTo(written.stream().map(Recorded::event).toList());
            assertThat(out.decisions()).isEqualTo(written.stream().map(Recorded::decision).toList());
            assertThat(out.fractions()).isSorted().allSatisfy(f -> assertThat(f).isBetween(0.0, 1.0));
            store.append(List.of(allowed(order("later", at(1)))));
            assertThat(export(url).events()).hasSize(written.size() + 1).last().extracting(Event::id).isEqualTo("later");
        }
    }

    @Test
    void anEmptyStoreExportsNothing() throws IOException {
        String url = Stores.embeddedUrl(dir);
        Stores.open(url).close();

        assertThat(export(url).events()).isEmpty();
    }

    @Test
    void noStoreAtThePathIsSaidSo() {
        String url = "jdbc:sqlite:" + dir.resolve("nothing.db");

        assertThatThrownBy(() -> export(url)).isInstanceOf(StoreException.class)
                .hasMessageContaining("there is no store at").hasMessageContaining("nothing.db");
    }

    @Test
    void aStoreAnOlderVersionWroteIsLeftAsItIsWithWhatToDo() throws Exception {
        Path file = dir.resolve("bulwark.db").toAbsolutePath();
        SQLiteDataSource previous = new SQLiteDataSource();
        previous.setUrl("jdbc:sqlite:" + file);
        Flyway.configure(getClass().getClassLoader()).dataSource(previous).locations(Migrations.SQLITE)
                .target("4").load().migrate();

        assertThatThrownBy(() -> export("jdbc:sqlite:" + file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("older version").hasMessageContaining("bulwark serve");
        assertThat(dir.resolve("bulwark.db-log")).doesNotExist();
    }

    @Test
    void anUnsupportedUrlIsRefusedByScheme() {
        assertThatThrownBy(() -> export("jdbc:mysql://localhost/x?password=secret"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:mysql")
                .hasMessageNotContaining("secret");
    }
}
