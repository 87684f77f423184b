package dev.followthrough.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/** One embedded PostgreSQL server for the whole test run: a real server, started once. */
public final class TestDatabase {

    private static EmbeddedPostgres server;

    private TestDatabase() {}

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException cannotStart) {
                throw new UncheckedIOException(cannotStart);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // The JVM is exiting; the server's directory is temporary.
                }
            }));
        }
        return server;
    }

    /** A fresh, empty database on the shared server. */
    public static String newDatabase(String name) {
        try (var connection = server().getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException failed) {
            throw new IllegalStateException("Could not create database " + name, failed);
        }
        return server().getJdbcUrl("postgres", name);
    }
}
