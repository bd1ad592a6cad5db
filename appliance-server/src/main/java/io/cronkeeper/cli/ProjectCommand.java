package io.cronkeeper.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cronkeeper.config.Settings;
import io.cronkeeper.config.SettingsLoader;
import io.cronkeeper.project.KeyHasher;
import io.cronkeeper.project.Project;
import io.cronkeeper.project.ProjectService;
import io.cronkeeper.store.Database;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code project create} and {@code project list}; safe while the server runs on the same data dir. */
@Command(name = "project", description = "Manage projects.", mixinStandardHelpOptions = true,
    subcommands = {ProjectCommand.Create.class, ProjectCommand.ListProjects.class})
final class ProjectCommand {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Taken here too, so {@code project --data-dir D list} works like the other positions. */
    @Mixin
    SettingsOptions options;

    /** Runs one action on the store's projects, then closes the store (its pool holds PostgreSQL sessions). */
    private static <T> T withProjects(Settings settings, java.util.function.Function<ProjectService, T> action) {
        Database db = Database.open(settings);
        try {
            ProjectService projects = new ProjectService(db.jdbi(), KeyHasher.of(db, settings.dataDir()), Clock.systemUTC());
            // The CLI may be the first to touch a data dir: it sets it up as a first server start would.
            projects.ensureDefaultProject();
            return action.apply(projects);
        } finally {
            db.close();
        }
    }

    @Command(name = "create", description = "Create a project; prints its keys once, as JSON.")
    static final class Create implements Callable<Integer> {
        @Mixin
        SettingsOptions options;
        @Option(names = "--name", required = true, description = "project name")
        String name;
        @Spec
        CommandSpec spec;
        private final SettingsLoader loader;

        Create(SettingsLoader loader) {
            this.loader = loader;
        }

        @Override
        public Integer call() throws Exception {
            if (name.isBlank()) {
                spec.commandLine().getErr().println("cronkeeper: --name must not be empty");
                return 2;
            }
            ProjectService.CreatedProject p = withProjects(options.load(loader), projects -> projects.create(name.strip()));
            var out = new LinkedHashMap<String, Object>();
            out.put("uuid", p.uuid());
            out.put("name", p.name());
            out.put("ping_key", p.pingKey());
            out.put("api_key", p.apiKey());
            out.put("api_key_readonly", p.apiKeyReadonly());
            spec.commandLine().getOut().println(JSON.writeValueAsString(out));
            return 0;
        }
    }

    @Command(name = "list", description = "List projects as a JSON array, without secrets.")
    static final class ListProjects implements Callable<Integer> {
        @Mixin
        SettingsOptions options;
        @Spec
        CommandSpec spec;
        private final SettingsLoader loader;

        ListProjects(SettingsLoader loader) {
            this.loader = loader;
        }

        @Override
        public Integer call() throws Exception {
            var list = withProjects(options.load(loader), ProjectService::list).stream().map(ListProjects::describe).toList();
            spec.commandLine().getOut().println(JSON.writeValueAsString(list));
            return 0;
        }

        private static Object describe(Project p) {
            var m = new LinkedHashMap<String, Object>();
            m.put("uuid", p.uuid());
            m.put("name", p.name());
            m.put("ping_key", p.pingKey());
            return m;
        }
    }
}
