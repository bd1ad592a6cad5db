package io.cronkeeper.api;

import io.cronkeeper.channel.ChannelService;
import io.cronkeeper.check.CheckService;
import io.cronkeeper.events.EventBus;
import io.cronkeeper.ping.PingHistory;
import io.cronkeeper.project.ProjectService;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * What the Management API needs, shared by the v1, v2 and v3 mounts.
 *
 * @param badgeSecret the per-install secret badge URLs are signed with
 * @param events where check changes are announced to the desktop app
 */
public record ApiDeps(CheckService checks, PingHistory pings, ProjectService projects, ChannelService channels,
                      Jdbi jdbi, Clock clock, String siteRoot, String pingEndpoint, byte[] badgeSecret,
                      EventBus events) {
}
