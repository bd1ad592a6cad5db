package io.cronkeeper.admin;

import io.cronkeeper.channel.ChannelSelector;
import io.cronkeeper.channel.ChannelService;
import io.cronkeeper.check.Check;
import io.cronkeeper.check.CheckEdit;
import io.cronkeeper.check.CheckService;
import io.cronkeeper.project.Project;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Check changes made through the admin API. Each returns the check as the API shows it and
 * announces the same object on the event bus, so every open admin app sees the change.
 */
final class CheckActions {
    private final CheckService checks;
    private final ChannelService channels;
    private final CheckView view;
    private final AdminEvents events;

    CheckActions(CheckService checks, ChannelService channels, CheckView view, AdminEvents events) {
        this.checks = checks;
        this.channels = channels;
        this.view = view;
        this.events = events;
    }

    /** The check object, and whether it is new (false: {@code unique} matched an existing one). */
    record Saved(Map<String, Object> json, boolean created) {
    }

    /**
     * Without {@code channels} a new check alerts every integration of its project, so that it
     * reaches someone (a {@code unique} match keeps the channels it has); {@code ""} means none.
     */
    Saved create(Project project, CheckSpec spec) {
        CheckService.Upserted result;
        try {
            result = checks.create(project.id(), new CheckEdit(spec.changes(), spec.channels(), false), true);
        } catch (ChannelSelector.InvalidSelection e) {
            throw AdminException.badRequest(e.getMessage());
        }
        return new Saved(announce(result.created() ? "created" : "updated", result.check()), result.created());
    }

    /** Only the given fields change; the stored status stays, {@code alert_after} is recomputed. */
    Map<String, Object> update(Check check, CheckSpec spec) {
        Optional<List<Long>> channelIds = resolveChannels(check.projectId(), spec);
        Check updated = checks.update(check, spec.changes()).orElseThrow(() -> Lookup.gone("check", check.uuid()));
        channelIds.ifPresent(ids -> channels.setForCheck(updated, ids));
        return announce("updated", updated);
    }

    Map<String, Object> pause(Check check) {
        return announce("paused", checks.pause(check).orElseThrow(() -> Lookup.gone("check", check.uuid())));
    }

    Map<String, Object> resume(Check check) {
        try {
            return announce("resumed", checks.resume(check).orElseThrow(() -> Lookup.gone("check", check.uuid())));
        } catch (CheckService.NotPaused e) {
            throw AdminException.conflict(e.getMessage());
        }
    }

    /** Answers the check as it was just before, as v3 does. */
    Map<String, Object> delete(Check check) {
        Map<String, Object> json = view.of(check);
        if (!checks.delete(check)) {
            throw Lookup.gone("check", check.uuid());
        }
        events.check("deleted", check, json);
        return json;
    }

    private Optional<List<Long>> resolveChannels(long projectId, CheckSpec spec) {
        try {
            return spec.channels().map(s -> ChannelSelector.resolve(s, channels.byProject(projectId)));
        } catch (ChannelSelector.InvalidSelection e) {
            throw AdminException.badRequest(e.getMessage());
        }
    }

    private Map<String, Object> announce(String action, Check check) {
        Map<String, Object> json = view.of(check);
        events.check(action, check, json);
        return json;
    }
}
