package io.cronkeeper.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.store.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckMapperTest {
    @TempDir
    Path dir;

    @Test
    void positionalMappingMatchesTheMigratedSchema() {
        Database db = Database.open(dir);
        List<String> columns = db.jdbi().withHandle(h -> h.createQuery("SELECT name FROM pragma_table_info('check_') ORDER BY cid")
            .mapTo(String.class).list());
        assertThat(columns.subList(0, CheckMapper.COLUMNS.size())).isEqualTo(CheckMapper.COLUMNS);
    }
}
