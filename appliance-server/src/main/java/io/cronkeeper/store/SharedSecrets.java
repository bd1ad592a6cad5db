package io.cronkeeper.store;

import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * The install's secrets kept in a PostgreSQL database (table {@code appliance_secret}), so every
 * node of it hashes keys, signs badges and checks the admin token alike. The first node to need one
 * creates it; a node racing it keeps the winner's value.
 */
public final class SharedSecrets {
    private SharedSecrets() {
    }

    public static String ensure(Jdbi jdbi, String name, Supplier<String> generate) {
        return jdbi.withHandle(h -> {
            h.createUpdate("INSERT INTO appliance_secret (name, value) VALUES (:name, :value) ON CONFLICT DO NOTHING")
                .bind("name", name).bind("value", generate.get()).execute();
            return h.createQuery("SELECT value FROM appliance_secret WHERE name = :name")
                .bind("name", name).mapTo(String.class).one();
        });
    }
}
