package io.cronkeeper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** What {@link ServerTest} does: one {@link TestServer} per test class, in its own temp data dir. */
final class ServerExtension implements BeforeAllCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ServerExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Field field = serverField(context.getRequiredTestClass());
        Path dir = Files.createTempDirectory("ck-test-");
        TestServer server = TestServer.start(dir);
        context.getStore(NS).put("dir", dir);
        context.getStore(NS).put("server", server);
        field.setAccessible(true);
        field.set(null, server);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestServer server = context.getStore(NS).remove("server", TestServer.class);
        Path dir = context.getStore(NS).remove("dir", Path.class);
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            if (dir != null) {
                delete(dir);
            }
        }
    }

    private static Field serverField(Class<?> test) {
        for (Field f : test.getDeclaredFields()) {
            if (f.getType() == TestServer.class && Modifier.isStatic(f.getModifiers())) {
                return f;
            }
        }
        throw new IllegalStateException("@ServerTest " + test.getName() + " has no static TestServer field");
    }

    /** Gone afterwards, as a {@code @TempDir}: the PostgreSQL run drops the dir's database then. */
    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
