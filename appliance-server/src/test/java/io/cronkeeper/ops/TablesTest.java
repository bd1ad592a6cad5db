package io.cronkeeper.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.store.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export and import list their tables by hand. A migration that adds a table must say whether
 * exports carry it; this test fails until it does, rather than exports silently leaving it out.
 */
class TablesTest {
    @TempDir
    Path tmp;

    @Test
    void everyTableOfTheSchemaIsExportedOrDeliberatelyLeftOut() {
        Database db = Database.open(tmp);
        try {
            List<String> tables = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                .mapTo(String.class).list());
            List<String> known = new ArrayList<>(Tables.ALL.stream().map(Tables.Spec::name).toList());
            known.addAll(Tables.NOT_EXPORTED);
            assertThat(known).containsExactlyInAnyOrderElementsOf(tables);
        } finally {
            db.close();
        }
    }

    @Test
    void everyForeignKeyOfAnExportedTablePointsAtATableKeyedByUuid() {
        Database db = Database.open(tmp);
        try {
            db.jdbi().useHandle(h -> {
                for (Tables.Spec spec : Tables.ALL) {
                    TableInfo table = TableInfo.read(h, spec.name()).orElseThrow();
                    for (String parent : table.parents().values()) {
                        assertThat(TableInfo.read(h, parent).orElseThrow().columns()).as(spec.name() + " -> " + parent)
                            .containsKey("uuid");
                    }
                    assertThat(table.columns().keySet()).as(spec.name()).containsAll(spec.key());
                }
            });
        } finally {
            db.close();
        }
    }
}
