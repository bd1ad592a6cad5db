package io.cronkeeper.http;

import io.helidon.service.registry.GlobalServiceRegistry;

/**
 * Helidon's service registry, discovered on a second thread while the main one reads the settings
 * and opens the database. Discovery reads every module's service descriptors and took a fifth of a
 * cold start (issue 16); the server built later finds the registry made. The global registry is
 * guarded by Helidon's own lock, so building the server before the warm-up ends just waits for it
 * or makes it itself. A warm-up that fails says nothing: the real build fails the same way, loudly.
 */
public final class WebServerWarmUp {
    private WebServerWarmUp() {
    }

    public static void start() {
        Thread.ofPlatform().name("warm-up").daemon().start(() -> {
            try {
                GlobalServiceRegistry.registry();
            } catch (RuntimeException | LinkageError e) {
                // The server's build reports it.
            }
        });
    }
}
