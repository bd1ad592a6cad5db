package io.cronkeeper.gui.testing;

import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.client.HttpAdminClient;
import io.cronkeeper.gui.client.Project;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A home lab's worth of checks in every status, with runs and bodies, for the screenshots. */
public final class SampleData {
    private final LiveServer server;
    private final ShiftedClock clock;
    private final HttpAdminClient api;

    public SampleData(LiveServer server, ShiftedClock clock) {
        this.server = server;
        this.clock = clock;
        this.api = new HttpAdminClient(server.endpoint());
    }

    public String fill() throws InterruptedException {
        Project home = api.projects().getFirst();
        api.renameProject(home.uuid(), "Home lab");
        Project office = api.createProject("Office");
        Check backup = check(home, "Nightly backup", "backup nas", 86_400, 3600);
        for (int day = 7; day >= 1; day--) {
            at(Duration.ofDays(day).minusHours(21));
            server.ping(backup.uuid(), "/start", "");
            at(Duration.ofDays(day).minusHours(21).minusSeconds(300 + day * 37L));
            String out = "borg create ::nas-{now} /srv\nArchive fingerprint: 7d1e" + day + "\nDuration: " + (5 + day) + " min\n"
                + "Number of files: " + (48_000 + day * 311) + "\nterminating with success status, rc 0\n";
            server.ping(backup.uuid(), day == 4 ? "/fail" : "", day == 4 ? "borg: repository locked\n" : out);
        }
        Check certbot = check(home, "Certbot renew", "web", 43_200, 3600);
        at(Duration.ofHours(12).plusMinutes(30));
        server.ping(certbot.uuid(), "", "Congratulations, all renewals succeeded\n");
        Check sync = check(home, "Offsite sync", "backup", 3600, 1800);
        at(Duration.ofMinutes(10));
        server.ping(sync.uuid(), "/fail", "rsync: connection unexpectedly closed (0 bytes received so far)\nrsync error: error in rsync protocol data stream (code 12)\n");
        Check photos = check(home, "Photo import", "nas", 86_400, 3600);
        api.pause(photos.uuid());
        check(home, "Disk SMART check", "nas", 604_800, 86_400);
        Check dump = check(home, "Database dump", "db", 86_400, 3600);
        at(Duration.ofMinutes(2));
        server.ping(dump.uuid(), "/start", "");
        Check report = check(office, "Report mailer", "mail", 86_400, 3600);
        at(Duration.ofHours(3));
        server.ping(report.uuid(), "", "sent 14 reports\n");
        Check web = check(office, "Website uptime", "web", 600, 300);
        at(Duration.ofMinutes(4));
        server.ping(web.uuid(), "", "HTTP 200 in 182 ms\n");
        Check mail = check(home, "Mail queue flush", "mail", 3600, 600);
        at(Duration.ofMinutes(75));
        server.ping(mail.uuid(), "", "queue empty\n");
        Check vpn = check(office, "VPN watchdog", "net", 300, 300);
        at(Duration.ofMinutes(3));
        server.ping(vpn.uuid(), "/1", new byte[] {0x1f, (byte) 0x8b, 0x08, 0x00, 0x12, 0x34, 0x56, 0x78, 0x00, 0x03,
            (byte) 0xcb, 0x48, (byte) 0xcd, (byte) 0xc9, (byte) 0xc9, 0x07, 0x00});
        clock.shift(Duration.ZERO);
        var hook = api.createChannel(home.uuid(), "ops hook", "webhook", Map.of("url", "https://hooks.example.org/cron"), false);
        api.createChannel(home.uuid(), "ops mail", "email", Map.of("address", "ops@example.org"), true);
        api.assignChannels(backup.uuid(), List.of(hook.uuid()));
        return backup.uuid();
    }

    private Check check(Project project, String name, String tags, int timeout, int grace) {
        return api.createCheck(project.uuid(), Map.of("name", name, "slug", name.toLowerCase().replace(' ', '-'),
            "tags", tags, "timeout", timeout, "grace", grace, "desc", ""));
    }

    private void at(Duration ago) {
        clock.shift(ago.negated());
    }
}
