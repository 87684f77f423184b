package dev.followthrough.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real PostgreSQL server under a test's control: started on a data directory it keeps across
 * restarts, and frozen or continued by signal, as a hung or overloaded database host would be.
 */
public final class PostgresProcesses {

    private PostgresProcesses() {}

    /** A server with its data in {@code dataDirectory/pg} on {@code port}: what it had is kept. */
    public static EmbeddedPostgres start(Path dataDirectory, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory.resolve("pg"))
                .setCleanDataDirectory(false)
                .start();
    }

    /** The postmaster of the cluster in {@code clusterDirectory}, from its {@code postmaster.pid}. */
    public static long postmaster(Path clusterDirectory) throws IOException {
        return Long.parseLong(Files.readAllLines(clusterDirectory.resolve("postmaster.pid"))
                .get(0)
                .strip());
    }

    /**
     * Stops {@code postmaster} first, so that it forks no backend after the list is read, then every
     * process under it; returns them all, to {@code CONT} later.
     */
    public static List<Long> freeze(long postmaster) throws IOException, InterruptedException {
        signal("STOP", List.of(postmaster));
        var all = new ArrayList<Long>();
        all.add(postmaster);
        ProcessHandle.of(postmaster).orElseThrow().descendants().forEach(child -> all.add(child.pid()));
        signal("STOP", all);
        return all;
    }

    /** {@code kill -SIGNAL} to each of {@code processes}; none, nothing. */
    public static void signal(String signal, List<Long> processes) throws IOException, InterruptedException {
        if (processes.isEmpty()) {
            return;
        }
        var command = new ArrayList<>(List.of("kill", "-" + signal));
        processes.forEach(pid -> command.add(Long.toString(pid)));
        new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
