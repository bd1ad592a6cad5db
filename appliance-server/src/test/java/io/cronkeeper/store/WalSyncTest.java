package io.cronkeeper.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ping writer's own sync of the WAL, which stands in for synchronous=FULL's. */
class WalSyncTest {
    @TempDir
    Path dir;

    @Test
    void syncsTheWalTheWriterCommittedTo() throws Exception {
        Database db = Database.open(dir);
        try {
            db.writerJdbi().useTransaction(h -> h.execute("INSERT INTO project (uuid, name, ping_key, badge_key, created) "
                + "VALUES ('0c2f3e8a-5b7d-4e6f-9a1b-2c3d4e5f6a7b', 'p', 'abcdefghijklmnopqrstuv', 'badge', 0)"));
            assertThat(dir.resolve("cronkeeper.db-wal")).exists().isNotEmptyFile();
            db.commitSync().sync();
            db.commitSync().sync();
        } finally {
            db.close();
        }
    }

    @Test
    void aMissingWalIsAnErrorNotASilentSuccess() {
        WalSync sync = new WalSync(dir.resolve("nothing.db"));
        assertThatThrownBy(sync::sync).isInstanceOf(NoSuchFileException.class);
    }
}
