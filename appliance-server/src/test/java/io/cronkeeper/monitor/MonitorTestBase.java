package io.cronkeeper.monitor;

import io.cronkeeper.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A real server on a temp data dir with a {@link MonitorFixture} project, for each test. */
abstract class MonitorTestBase {
    @TempDir
    Path dir;
    TestServer server;
    MonitorFixture fx;

    @BeforeEach
    void start() {
        server = TestServer.start(dir);
        fx = new MonitorFixture(server, getClass().getSimpleName());
    }

    @AfterEach
    void stop() {
        server.close();
    }
}
