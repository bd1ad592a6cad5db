package io.cronkeeper.hcimport;

import java.nio.charset.StandardCharsets;

/**
 * A project on a current Healthchecks (API v3, reference §4.4-4.8): three checks (simple with
 * keyword filters, paused OnCalendar, cron), one integration of every kind we support plus two we
 * lack, and a ping log with a body.
 */
final class CurrentV3 implements StubHealthchecks.StubData {
    static final String BACKUP = "0b6f5e1c-8f3a-4c8e-9d55-2a1e6f0c0001";
    static final String REPORT = "0b6f5e1c-8f3a-4c8e-9d55-2a1e6f0c0002";
    static final String CERTS = "0b6f5e1c-8f3a-4c8e-9d55-2a1e6f0c0003";
    static final String BODY = "backup finished: 3 GiB\n";
    /** Healthchecks kind, our kind ("" for none), name. */
    static final String[][] CHANNELS = {
        {"email", "email", "Ops mail"}, {"webhook", "webhook", "Home webhook"}, {"slack", "slack", "Team Slack"},
        {"discord", "discord", "Discord"}, {"telegram", "telegram", "Telegram"}, {"po", "pushover", "Pushover"},
        {"ntfy", "ntfy", "ntfy"}, {"gotify", "gotify", "Gotify"}, {"matrix", "matrix", "Matrix room"},
        {"mattermost", "slack", "Mattermost"}, {"pd", "", "PagerDuty"}, {"sms", "", "SMS to Ann"}};

    static String channelId(int i) {
        return String.format("7c1d0e2a-5b6f-4a3e-8d9c-%012d", i + 1);
    }

    static String allChannelIds() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < CHANNELS.length; i++) {
            sb.append(i == 0 ? "" : ",").append(channelId(i));
        }
        return sb.toString();
    }

    @Override
    public String checks(boolean readOnly) {
        return "{\"checks\": [" + String.join(",",
            check(readOnly, BACKUP, "Nightly backup", "nightly-backup", "backup nas", "up", "\"timeout\": 86400",
                allChannelIds(), "\"start_kw\": \"\", \"success_kw\": \"OK\", \"failure_kw\": \"ERROR\", "
                    + "\"filter_subject\": false, \"filter_body\": true, \"filter_http_body\": false, \"filter_default_fail\": true"),
            check(readOnly, REPORT, "Weekly report", "weekly-report", "", "paused",
                "\"schedule\": \"Mon *-*-* 06:00\", \"tz\": \"Europe/Berlin\"", "", filtersOff()),
            check(readOnly, CERTS, "Certbot renew", "certbot-renew", "web", "down",
                "\"schedule\": \"15 3 * * 1\", \"tz\": \"America/New_York\"", channelId(1), filtersOff())) + "]}";
    }

    private static String filtersOff() {
        return "\"start_kw\": \"\", \"success_kw\": \"\", \"failure_kw\": \"\", \"filter_subject\": false, "
            + "\"filter_body\": false, \"filter_http_body\": false, \"filter_default_fail\": false";
    }

    private static String check(boolean readOnly, String uuid, String name, String slug, String tags, String status,
                                String schedule, String channels, String filters) {
        String urls = readOnly ? "\"unique_key\": \"" + Integer.toHexString(uuid.hashCode()) + "\""
            : "\"uuid\": \"" + uuid + "\", \"ping_url\": \"BASE/ping/" + uuid + "\", \"update_url\": \"BASE/api/v3/checks/"
            + uuid + "\", \"pause_url\": \"BASE/api/v3/checks/" + uuid + "/pause\", \"resume_url\": \"BASE/api/v3/checks/"
            + uuid + "/resume\", \"channels\": \"" + channels + "\"";
        return "{\"name\": \"" + name + "\", \"slug\": \"" + slug + "\", \"tags\": \"" + tags + "\", \"desc\": \"from v3\", "
            + "\"grace\": 900, \"n_pings\": 2, \"status\": \"" + status + "\", \"started\": false, \"last_ping\": null, "
            + "\"next_ping\": null, \"manual_resume\": " + uuid.equals(REPORT) + ", \"methods\": \""
            + (uuid.equals(REPORT) ? "POST" : "") + "\", \"subject\": \"\", \"subject_fail\": \"\", " + filters
            + ", \"badge_url\": \"BASE/b/2/x.svg\", " + urls + ", " + schedule + "}";
    }

    @Override
    public String channels() {
        StringBuilder sb = new StringBuilder("{\"channels\": [");
        for (int i = 0; i < CHANNELS.length; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"id\": \"").append(channelId(i)).append("\", \"name\": \"")
                .append(CHANNELS[i][2]).append("\", \"kind\": \"").append(CHANNELS[i][0]).append("\"}");
        }
        return sb.append("]}").toString();
    }

    @Override
    public String pings(String uuid) {
        if (!uuid.equals(BACKUP)) {
            return "{\"pings\": []}";
        }
        return """
            {"pings": [
              {"type": "success", "date": "2026-11-30T03:10:05.250000+00:00", "n": 2, "scheme": "https",
               "remote_addr": "203.0.113.9", "method": "POST", "ua": "curl/8.5.0", "rid": null,
               "body_url": "BASE/api/v3/checks/%1$s/pings/2/body", "duration": 305.25},
              {"type": "start", "date": "2026-11-30T03:05:00.000000+00:00", "n": 1, "scheme": "https",
               "remote_addr": "203.0.113.9", "method": "GET", "ua": "curl/8.5.0",
               "rid": "5a0c1f3e-0000-4000-8000-000000000001", "body_url": null}
            ]}""".formatted(uuid);
    }

    @Override
    public byte[] body(String uuid, long n) {
        return uuid.equals(BACKUP) && n == 2 ? BODY.getBytes(StandardCharsets.UTF_8) : null;
    }

    @Override
    public String flips(String uuid) {
        return uuid.equals(BACKUP)
            ? "{\"flips\": [{\"timestamp\": \"2026-11-30T03:10:05+00:00\", \"up\": 1}, "
                + "{\"timestamp\": \"2026-11-29T04:05:00+00:00\", \"up\": 0}]}"
            : "{\"flips\": []}";
    }
}
