package io.cronkeeper.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cronkeeper.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One server per data dir, and the lock is free again once it stops. */
class ServerLockTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondServerOnTheSameDataDirIsRefused() {
        try (TestServer first = TestServer.start(tmp)) {
            assertThatThrownBy(() -> TestServer.start(tmp))
                .isInstanceOf(ServerLock.HeldException.class)
                .hasMessageContaining("already running on data dir " + tmp);
            assertThat(first.get("/api/v3/status/").statusCode()).isEqualTo(200);
            assertThat(ServerLock.tryAcquire(tmp)).isEmpty();
        }
        try (ServerLock lock = ServerLock.tryAcquire(tmp).orElseThrow()) {
            assertThat(ServerLock.tryAcquire(tmp)).isEmpty();
        }
        try (TestServer again = TestServer.start(tmp)) {
            assertThat(again.get("/api/v3/status/").statusCode()).isEqualTo(200);
        }
    }
}
