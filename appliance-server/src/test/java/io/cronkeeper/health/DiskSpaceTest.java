package io.cronkeeper.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** With PostgreSQL the data dir itself stands for the database file; a relative one has no parent. */
class DiskSpaceTest {
    @Test
    void aRelativeDataDirIsMeasuredWhereItIs() {
        DiskSpace disk = new DiskSpace(Path.of("data-dir-of-a-postgres-node"), Long.MAX_VALUE);
        assertThat(disk.sample().freeBytes()).isPositive();
        assertThat(disk.warning()).hasValueSatisfying(w -> assertThat(w).startsWith("low disk space: ")
            .contains(Path.of("").toAbsolutePath().toString()));
    }
}
