package dev.followthrough.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears what a crash leaves in the embedded data directory before PostgreSQL starts on it: a
 * postmaster still running (the JVM was killed alone) is shut down cleanly, backends that outlived
 * their postmaster are waited for, and a stale {@code postmaster.pid} is removed once no PostgreSQL
 * works in the directory (its pid may now belong to an unrelated process, common in containers where
 * pids repeat, and PostgreSQL would refuse to start over it).
 *
 * <p>Only to be called while holding the {@link DataDirectoryLock}: then no other live Followthrough
 * uses this directory, and any PostgreSQL working in it is an orphan of ours.
 */
final class CrashLeftovers {

    static final String PID_FILE = "postmaster.pid";
    private static final Duration ORPHAN_SHUTDOWN = Duration.ofMinutes(2);
    private static final Duration BACKENDS_NOTICE_THEIR_POSTMASTER_GONE = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(CrashLeftovers.class);

    /** How the last PostgreSQL on this directory ended, as far as start-up must know. */
    enum LastShutdown {
        CLEAN,
        /** Crashed: PostgreSQL replays its write-ahead log before it answers, which may take a while. */
        CRASHED
    }

    private CrashLeftovers() {}

    static LastShutdown clear(Path dataDirectory) {
        var pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return LastShutdown.CLEAN;
        }
        var namedPid = namedPid(pidFile);
        var stillRunning = PostgresProcesses.workingIn(dataDirectory);
        var postmaster = namedPid.flatMap(pid ->
                stillRunning.stream().filter(process -> process.pid() == pid).findFirst());
        if (postmaster.isPresent()) {
            stopOrphan(postmaster.get(), dataDirectory);
            awaitAll(stillRunning);
            return Files.exists(pidFile) ? LastShutdown.CRASHED : LastShutdown.CLEAN;
        }
        if (!stillRunning.isEmpty()) {
            // Backends outlive a killed postmaster only briefly; PostgreSQL won't start while they hold its memory.
            if (!awaitAll(stillRunning)) {
                log.warn(
                        "PostgreSQL processes {} still run on {} without their postmaster; stopping them",
                        pids(stillRunning),
                        dataDirectory);
                stillRunning.forEach(ProcessHandle::destroyForcibly);
                awaitAll(stillRunning);
            }
        }
        // No PostgreSQL works here any more, so the file is stale whatever its pid now is: PostgreSQL would
        // take a live pid (or, under a JVM that is pid 1, an unreaped zombie) for another postmaster and refuse.
        log.info(
                "Removing the stale {} in {} ({})",
                PID_FILE,
                dataDirectory,
                namedPid.map(pid -> ProcessHandle.of(pid)
                                .filter(ProcessHandle::isAlive)
                                .map(process -> "its pid " + pid + " now belongs to another process")
                                .orElse("pid " + pid + " is gone"))
                        .orElse("unreadable"));
        delete(pidFile);
        // Its old shared memory, if any, PostgreSQL finds by the directory and reclaims once unattached.
        return LastShutdown.CRASHED;
    }

    private static void stopOrphan(ProcessHandle postmaster, Path dataDirectory) {
        log.info(
                "PostgreSQL (pid {}) is still running on {}, left by a Followthrough that ended without stopping it;"
                        + " shutting it down",
                postmaster.pid(),
                dataDirectory);
        PostgresProcesses.requestFastShutdown(postmaster);
        if (!PostgresProcesses.awaitExit(postmaster, ORPHAN_SHUTDOWN)) {
            throw new IllegalStateException("The PostgreSQL left running on " + dataDirectory + " (pid "
                    + postmaster.pid() + ") did not stop within " + ORPHAN_SHUTDOWN.toMinutes()
                    + " minutes; stop it, then start Followthrough again");
        }
    }

    private static boolean awaitAll(List<ProcessHandle> processes) {
        var deadline = System.nanoTime() + BACKENDS_NOTICE_THEIR_POSTMASTER_GONE.toNanos();
        for (var process : processes) {
            var left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            if (!PostgresProcesses.awaitExit(process, left)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Long> namedPid(Path pidFile) {
        try {
            var lines = Files.readAllLines(pidFile);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private static List<Long> pids(List<ProcessHandle> processes) {
        return processes.stream().map(ProcessHandle::pid).toList();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException cannotDelete) {
            throw new UncheckedIOException("Could not remove " + file, cannotDelete);
        }
    }
}
