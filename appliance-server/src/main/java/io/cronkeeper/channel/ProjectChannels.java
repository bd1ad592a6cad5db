package io.cronkeeper.channel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Read access to a project's integrations and to which checks they are assigned. */
public final class ProjectChannels {
    private final Jdbi jdbi;

    public ProjectChannels(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Channel> ofProject(long projectId) {
        return jdbi.withExtension(ChannelDao.class, dao -> dao.byProject(projectId));
    }

    /** The check's channel UUIDs, sorted and comma-separated, as the API shows them. */
    public String uuidsOfCheck(long checkId) {
        List<String> uuids = jdbi.withExtension(ChannelDao.class, dao -> dao.uuidsOfCheck(checkId));
        return String.join(",", uuids);
    }

    /** {@link #uuidsOfCheck} for every check of a project that has channels, in one query. */
    public Map<Long, String> uuidsByCheck(long projectId) {
        var lists = new HashMap<Long, StringBuilder>();
        for (ChannelDao.Assignment a : jdbi.withExtension(ChannelDao.class, dao -> dao.assignmentsOfProject(projectId))) {
            StringBuilder sb = lists.computeIfAbsent(a.checkId(), k -> new StringBuilder());
            sb.append(sb.isEmpty() ? "" : ",").append(a.uuid());
        }
        var out = new HashMap<Long, String>();
        lists.forEach((id, sb) -> out.put(id, sb.toString()));
        return out;
    }
}
