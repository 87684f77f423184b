package dev.followthrough.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The PostgreSQL processes working in one data directory, told apart from whatever else has their
 * pid: a postgres executable whose working directory (PostgreSQL changes into its data directory)
 * is that directory.
 */
final class PostgresProcesses {

    private PostgresProcesses() {}

    /** Every live postgres process (postmaster and backends) working in {@code dataDirectory}. */
    static List<ProcessHandle> workingIn(Path dataDirectory) {
        var self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != self)
                .filter(process -> isPostgresIn(process, dataDirectory))
                .toList();
    }

    private static boolean isPostgresIn(ProcessHandle process, Path dataDirectory) {
        return process.isAlive() && isPostgres(process) && worksIn(process, dataDirectory);
    }

    private static boolean isPostgres(ProcessHandle process) {
        // Linux shows a binary replaced since the process started as "/path/postgres (deleted)".
        var executable = readLink(Path.of("/proc", Long.toString(process.pid()), "exe"))
                .map(path -> path.toString().replaceFirst(" \\(deleted\\)$", ""))
                .or(() -> process.info().command());
        return executable
                .map(path -> Path.of(path).getFileName())
                .map(Path::toString)
                .filter("postgres"::equals)
                .isPresent();
    }

    private static boolean worksIn(ProcessHandle process, Path dataDirectory) {
        var workingDirectory = readLink(Path.of("/proc", Long.toString(process.pid()), "cwd"));
        if (workingDirectory.isPresent()) {
            return workingDirectory.get().equals(dataDirectory);
        }
        // Without /proc (macOS): the postmaster was started with -D <data directory>.
        return process.info()
                .arguments()
                .map(arguments -> Arrays.asList(arguments).contains(dataDirectory.toString()))
                .orElse(false);
    }

    private static Optional<Path> readLink(Path link) {
        try {
            return Optional.of(Files.readSymbolicLink(link));
        } catch (IOException | UnsupportedOperationException | SecurityException unreadable) {
            return Optional.empty();
        }
    }

    /** PostgreSQL's fast shutdown: SIGINT. Java can send only SIGTERM and SIGKILL, so the shell does. */
    static void requestFastShutdown(ProcessHandle postmaster) {
        try {
            var kill = new ProcessBuilder("sh", "-c", "kill -INT " + postmaster.pid())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException noShell) {
            // Fall through to SIGTERM.
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        // SIGTERM is PostgreSQL's smart shutdown: slower to finish, as clean.
        postmaster.destroy();
    }

    /** True when the process ended within {@code timeout}. */
    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return !process.isAlive();
        } catch (ExecutionException unexpected) {
            return !process.isAlive();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
