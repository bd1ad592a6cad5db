package io.cronkeeper.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Item 7 of issue 14: one quiet, redacted WARN line per client fault, and floods cut short. */
class LogHygieneTest {
    @TempDir
    Path dir;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                records.add(r);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        root.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        root.removeHandler(capture);
    }

    private List<LogRecord> fromServer() {
        return records.stream().filter(r -> r.getLoggerName() != null
            && (r.getLoggerName().startsWith("io.cronkeeper") || r.getLoggerName().startsWith("io.helidon"))).toList();
    }

    @Test
    void clientFaultIsOneRedactedWarningWithoutTrace() throws Exception {
        try (TestServer server = TestServer.start(dir)) {
            var project = server.createProject("P");
            records.clear();
            try (RawConnection c = new RawConnection(server.port())) {
                c.send("POST /ping/" + project.pingKey() + "/backup-job HTTP/1.1\r\nHost: x\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\nzz\r\n");
                assertThat(c.response()).startsWith("HTTP/1.1 400 ");
                c.closedWithin(2000);
            }
            List<LogRecord> lines = fromServer();
            assertThat(lines).hasSize(1);
            LogRecord line = lines.getFirst();
            assertThat(line.getLevel()).isEqualTo(Level.WARNING);
            assertThat(line.getThrown()).isNull();
            assertThat(line.getMessage()).startsWith("client error 400: POST /ping/<redacted>/backup-job: ")
                .doesNotContain(project.pingKey());
        }
    }

    @Test
    void aFloodOfFaultsIsCutToABurstPerMinute() {
        AtomicLong now = new AtomicLong();
        RequestLog log = new RequestLog(now::get);
        records.clear();
        for (int i = 0; i < 100; i++) {
            log.clientFault(400, "GET", "/x", "bad");
        }
        assertThat(fromServer()).hasSize(RequestLog.BURST);
        now.addAndGet(61_000_000_000L);
        log.clientFault(400, "GET", "/x", "bad");
        assertThat(fromServer()).hasSize(RequestLog.BURST + 1);
        assertThat(fromServer().getLast().getMessage()).endsWith("(80 similar lines suppressed)");
    }

    @Test
    void secretsInPathsAreRedacted() {
        assertThat(RequestLog.redact("/ping/5d2f8a4e-7b1c-4d7e-9a3b-2c1d0e9f8a7b/fail?rid=x"))
            .isEqualTo("/ping/<redacted>/fail");
        assertThat(RequestLog.redact("/ping/Zm9vYmFyYmF6cXV4eHl6/db-backup")).isEqualTo("/ping/<redacted>/db-backup");
        assertThat(RequestLog.redact("/badge/abcdefghijklmnop1234/x.svg")).isEqualTo("/badge/<redacted>/x.svg");
        assertThat(RequestLog.redact("/api/v3/checks/")).isEqualTo("/api/v3/checks/");
        assertThat(RequestLog.redact("/a\nb")).isEqualTo("/a?b");
    }
}
