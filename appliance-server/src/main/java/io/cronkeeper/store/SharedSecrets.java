package io.cronkeeper.store;

import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
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

    /** The value, when a node has made it; never makes one (an export only reads). */
    public static Optional<String> read(Handle h, String name) {
        return h.createQuery("SELECT value FROM appliance_secret WHERE name = :name").bind("name", name)
            .mapTo(String.class).findOne();
    }

    /** Sets it, whatever it was: an import adopting the exported install's secret, in its transaction. */
    public static void replace(Handle h, String name, String value) {
        h.createUpdate("""
                INSERT INTO appliance_secret (name, value) VALUES (:name, :value)
                ON CONFLICT (name) DO UPDATE SET value = excluded.value""")
            .bind("name", name).bind("value", value).execute();
    }
}
