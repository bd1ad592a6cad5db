package io.cronkeeper.admin;

import io.cronkeeper.channel.Channel;
import io.cronkeeper.channel.ChannelService;
import io.cronkeeper.check.Check;
import io.cronkeeper.check.CheckService;
import io.cronkeeper.project.Project;
import io.cronkeeper.project.ProjectAdmin;
import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;

/** Finds what a path or query names, or answers 404 saying what was not found. */
final class Lookup {
    private final ProjectAdmin projects;
    private final CheckService checks;
    private final ChannelService channels;

    Lookup(ProjectAdmin projects, CheckService checks, ChannelService channels) {
        this.projects = projects;
        this.checks = checks;
        this.channels = channels;
    }

    /** The {@code {project}} path parameter. */
    Project project(ServerRequest req) {
        return project(req.path().pathParameters().get("project"));
    }

    /** The optional {@code ?project=} filter of the list routes. */
    Optional<Project> projectFilter(ServerRequest req) {
        return req.query().contains("project") ? Optional.of(project(req.query().get("project"))) : Optional.empty();
    }

    Check check(ServerRequest req) {
        String uuid = req.path().pathParameters().get("check");
        return checks.byUuid(uuid).orElseThrow(() -> AdminException.notFound("no check with uuid " + uuid));
    }

    Channel channel(ServerRequest req) {
        String uuid = req.path().pathParameters().get("channel");
        return channels.byUuid(uuid).orElseThrow(() -> AdminException.notFound("no channel with uuid " + uuid));
    }

    private Project project(String uuid) {
        return projects.byUuid(uuid).orElseThrow(() -> AdminException.notFound("no project with uuid " + uuid));
    }

    /** For a thing deleted between its lookup and the change: as if the lookup had missed it. */
    static AdminException gone(String what, String uuid) {
        return AdminException.notFound("no " + what + " with uuid " + uuid);
    }
}
