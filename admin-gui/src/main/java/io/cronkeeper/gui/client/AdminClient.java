package io.cronkeeper.gui.client;

import java.util.List;
import java.util.Map;

/**
 * The admin API ({@code /api/admin/v1}) as the view models see it. Calls block and throw a
 * {@link ClientException}; view models run them through {@link Calls}, never on the FX thread.
 * Check and channel edits are field maps, so options a newer server adds pass through unchanged.
 */
public interface AdminClient {
    List<Project> projects();

    Project createProject(String name);

    Project renameProject(String uuid, String name);

    Project deleteProject(String uuid);

    PingKey pingKey(String project);

    PingKey rotatePingKey(String project);

    List<ApiKey> apiKeys(String project);

    ApiKey createApiKey(String project, String name, boolean readOnly);

    ApiKey revokeApiKey(String project, long id);

    List<Check> checks();

    Check check(String uuid);

    Check createCheck(String project, Map<String, Object> fields);

    Check updateCheck(String uuid, Map<String, Object> fields);

    Check deleteCheck(String uuid);

    Check pause(String uuid);

    Check resume(String uuid);

    List<Ping> pings(String check);

    PingBody pingBody(String check, long n);

    List<Flip> flips(String check);

    /** The check's queued and sent alerts, newest first; Unsupported on a server without the outbox. */
    List<Notification> notifications(String check);

    List<Channel> channels();

    /** The kinds the server accepts, as the server lists them. */
    List<String> channelKinds();

    /** With {@code assignToAllChecks} the new channel alerts for every existing check of the project. */
    Channel createChannel(String project, String name, String kind, Map<String, Object> config,
                          boolean assignToAllChecks);

    /** Assigns the channel to every check of its project; says how many checks it newly reaches. */
    AssignedToAll assignToAllChecks(String channel);

    Channel updateChannel(String uuid, String name, Map<String, Object> config);

    Channel deleteChannel(String uuid);

    Check assignChannels(String check, List<String> channelUuids);

    /** Throws {@link ClientException.Unsupported} on a server without test notifications. */
    DeliveryResult testChannel(String uuid);

    /** The channel's last delivery attempts, newest first; Unsupported on a server without the log. */
    List<DeliveryAttempt> attempts(String channel);

    /** The project's badge URLs, all checks first, then one set per tag; Unsupported on an older server. */
    List<BadgeSet> badges(String project);

    /** Throws {@link ClientException.Unsupported} on a server that cannot preview schedules. */
    SchedulePreview previewSchedule(String schedule, String tz);

    /** The server's health; a client that cannot ask says nothing is known to be wrong. */
    default ServerHealth health() {
        return ServerHealth.UNKNOWN;
    }

    /**
     * {@code POST /import/healthchecks}: fields {@code url}, {@code api_key}, optional {@code ping_key},
     * {@code project}, {@code history}, {@code dry_run}. Blocks until the import is done, handing
     * {@code progress} (on the calling thread) how far it is.
     */
    default HcImportResult importHealthchecks(Map<String, Object> request,
                                              java.util.function.Consumer<HcImportResult.Progress> progress) {
        throw new ClientException.Unsupported("This server cannot import from Healthchecks; update it.");
    }
}
