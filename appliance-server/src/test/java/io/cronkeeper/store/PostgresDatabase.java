package io.cronkeeper.store;

/**
 * One throwaway database in the test cluster, owned by {@code user}, reached over TCP with a
 * password (scram-sha-256), as the application reaches a real server.
 */
public record PostgresDatabase(String host, int port, String name, String user, String password) {
    /** In the application's setting format: the password travels separately. */
    public String url() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + name;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    @Override
    public String toString() {
        return url();
    }
}
