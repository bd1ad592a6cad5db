package io.cronkeeper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.config.Setting;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup taken while pings pour in holds every ping the server acknowledged before the backup
 * began: a {@code 200} means committed, and the backup is a snapshot taken after that commit.
 */
class BackupUnderLoadTest {
    static final int THREADS = 6;
    static final int MAX_PER_THREAD = 400;
    static final int ACKED_BEFORE_BACKUP = 300;

    @TempDir
    Path tmp;

    record Ack(String body, long nanos) {
    }

    @Test
    void everyPingAcknowledgedBeforeTheBackupIsInTheRestoredDatabase() throws Exception {
        Path data = tmp.resolve("data");
        Path backup = tmp.resolve("backup.db");
        Cli cli = new Cli(tmp);
        ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        long backupStart;
        try (TestServer server = TestServer.start(data, Map.of(Setting.PING_LOG_LIMIT, "100000"))) {
            var project = server.createProject("load");
            List<String> checks = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                checks.add(server.createCheck(project.apiKey(), "{\"name\":\"c" + i + "\"}").get("uuid").asText());
            }
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> senders = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                senders.add(pool.submit(() -> send(server, checks.get(thread % checks.size()), thread, stop, acks)));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acks.size() < ACKED_BEFORE_BACKUP && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            backupStart = System.nanoTime();
            cli.ok("backup", "--to", backup.toString(), "--data-dir", data.toString());
            stop.set(true);
            for (Future<?> f : senders) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }
        List<String> before = acks.stream().filter(a -> a.nanos() < backupStart).map(Ack::body).toList();
        assertThat(before).hasSizeGreaterThanOrEqualTo(ACKED_BEFORE_BACKUP);

        Path restored = tmp.resolve("restored");
        cli.ok("restore", "--from", backup.toString(), "--data-dir", restored.toString());
        Set<String> stored = new HashSet<>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + restored.resolve("cronkeeper.db"));
             var s = c.createStatement()) {
            try (var rs = s.executeQuery("PRAGMA integrity_check")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            try (var rs = s.executeQuery("SELECT body FROM ping")) {
                while (rs.next()) {
                    stored.add(new String(rs.getBytes(1), StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(stored).containsAll(before);
        // Nothing was invented or duplicated: every stored ping is an acknowledged one.
        assertThat(acks.stream().map(Ack::body).toList()).containsAll(stored);
    }

    private static void send(TestServer server, String uuid, int thread, AtomicBoolean stop, ConcurrentLinkedQueue<Ack> acks) {
        for (int i = 0; i < MAX_PER_THREAD && !stop.get(); i++) {
            String body = "t" + thread + "-" + i;
            HttpResponse<String> res = server.send(HttpRequest.newBuilder(URI.create(server.url("/ping/" + uuid)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            if (res.statusCode() == 200) {
                acks.add(new Ack(body, System.nanoTime()));
            }
        }
    }
}
