package io.cronkeeper;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that shares one running server: its static {@link TestServer} field is started
 * before the class's own {@code @BeforeAll} methods, on a fresh data dir (and, in the build's
 * PostgreSQL run, a fresh database: see {@link TestStore}), and stopped and deleted after its last
 * test. In the spirit of Helidon's {@code @ServerTest}: the class keeps only its behaviour.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ServerExtension.class)
public @interface ServerTest {
}
