package dev.followthrough.bench;

import dev.followthrough.support.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the machine's own installation ({@code /usr/lib/postgresql/N/bin}),
 * initialised into a temporary directory and started on a free port: the "external database" a
 * deployment gives the service. As root, initdb refuses to run, so it runs as the {@code postgres}
 * user then.
 */
final class ExternalPostgres implements AutoCloseable {

    private final Path binaries;
    private final Path directory;
    private final int port;
    private final boolean asPostgresUser;

    private ExternalPostgres(Path binaries, Path directory, int port, boolean asPostgresUser) {
        this.binaries = binaries;
        this.directory = directory;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** The newest installed server's binaries, if any. */
    static Optional<Path> installedBinaries() {
        var root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")))
                    .max((left, right) -> Integer.compare(major(left), major(right)));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    static ExternalPostgres start(Path binaries) throws IOException, InterruptedException {
        var root = "root".equals(System.getProperty("user.name"));
        var directory = Files.createTempDirectory("followthrough-footprint-pg");
        var data = directory.resolve("data");
        var port = ServiceProcess.freePort();
        var server = new ExternalPostgres(binaries, directory, port, root);
        if (root) {
            run(List.of("chown", "postgres", directory.toString()), directory.resolve("chown.log"));
        }
        server.runAsOwner(
                List.of(
                        binaries.resolve("initdb").toString(),
                        "-D",
                        data.toString(),
                        "-U",
                        "postgres",
                        "-A",
                        "trust",
                        "-E",
                        "UTF8",
                        "--no-sync"),
                "initdb.log");
        // Sockets in the server's own directory: /var/run/postgresql may not exist or be writable.
        server.runAsOwner(
                List.of(
                        binaries.resolve("pg_ctl").toString(),
                        "-D",
                        data.toString(),
                        "-l",
                        directory.resolve("server.log").toString(),
                        "-o",
                        "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c max_connections=100",
                        "-w",
                        "-t",
                        "60",
                        "start"),
                "pg_ctl-start.log");
        return server;
    }

    String version() {
        try (var connection = connect();
                var statement = connection.createStatement()) {
            var result = statement.executeQuery("SHOW server_version");
            result.next();
            return result.getString(1);
        } catch (SQLException unreadable) {
            return "unknown";
        }
    }

    /** The address the service is given as {@code DATABASE_URL}. */
    String databaseUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(databaseUrl());
    }

    /** The postmaster's resident memory and that of all its backends, in KiB (shared pages counted once each). */
    long residentKilobytesOfAll() {
        var pidFile = directory.resolve("data").resolve("postmaster.pid");
        try {
            var postmaster = ProcessHandle.of(
                    Long.parseLong(Files.readAllLines(pidFile).get(0).strip()));
            if (postmaster.isEmpty()) {
                return 0;
            }
            var processes = new ArrayList<ProcessHandle>();
            processes.add(postmaster.get());
            postmaster.get().descendants().forEach(processes::add);
            return processes.stream()
                    .mapToLong(process -> ProcStatus.of(process.pid()).privateKilobytes())
                    .sum();
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }

    @Override
    public void close() {
        try {
            runAsOwner(
                    List.of(
                            binaries.resolve("pg_ctl").toString(),
                            "-D",
                            directory.resolve("data").toString(),
                            "-m",
                            "fast",
                            "-w",
                            "stop"),
                    "pg_ctl-stop.log");
        } catch (IOException | InterruptedException | IllegalStateException cannotStop) {
            System.err.println("Could not stop the benchmark's PostgreSQL: " + cannotStop.getMessage());
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException leftBehind) {
            System.err.println("Left " + directory + " behind: " + leftBehind.getMessage());
        }
    }

    private void runAsOwner(List<String> command, String logName) throws IOException, InterruptedException {
        var full = new ArrayList<String>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full, directory.resolve(logName));
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed: "
                    + Files.readString(log, StandardCharsets.UTF_8).strip());
        }
    }

    private static int major(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException notAVersion) {
            return 0;
        }
    }
}
