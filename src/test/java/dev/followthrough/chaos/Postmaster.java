package dev.followthrough.chaos;

import dev.followthrough.support.ServiceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The embedded PostgreSQL as its {@code postmaster.pid} describes it: the postmaster's process id
 * (line 1) and the port it listens on (line 4). The file outlives a killed server, so a pid read
 * from it is only trusted while that process is still a postgres.
 */
record Postmaster(long pid, int port, Path dataDir) {

    static Optional<Postmaster> read(Path dataDir) {
        var pidFile = dataDir.resolve("pg").resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 4 || lines.get(3).isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new Postmaster(
                    Long.parseLong(lines.get(0).strip()),
                    Integer.parseInt(lines.get(3).strip()),
                    dataDir));
        } catch (IOException | NumberFormatException absentOrHalfWritten) {
            return Optional.empty();
        }
    }

    /** The running postmaster, if this pid still names one (pids are reused). */
    Optional<ProcessHandle> process() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command().orElse("").contains("postgres"));
    }

    /** With the superuser's password, which the service keeps beside the cluster in {@code dataDir}. */
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres&password="
                + ServiceProcess.embeddedPassword(dataDir);
    }
}
