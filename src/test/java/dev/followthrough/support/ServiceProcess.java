package dev.followthrough.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Followthrough as its own operating-system process, started the way a user starts it (the main
 * class with a clean environment), for what only a whole process shows: exit codes, signals,
 * restarts.
 */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final Path output;

    private ServiceProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    public static ServiceProcess start(Map<String, String> environment, String... arguments) {
        return start(System.getProperty("java.class.path"), List.of(), environment, arguments);
    }

    /**
     * With a class path of the caller's choosing (a tool run inside Maven's own JVM has Maven's on
     * {@code java.class.path}) and options for the JVM, such as its heap.
     */
    public static ServiceProcess start(
            String classPath, List<String> jvmOptions, Map<String, String> environment, String... arguments) {
        try {
            var output = Files.createTempFile("followthrough", ".log");
            var command = new ArrayList<String>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", classPath, "dev.followthrough.Main"));
            command.addAll(List.of(arguments));
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().clear();
            builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
            builder.environment().put("HOME", System.getProperty("java.io.tmpdir"));
            builder.environment().putAll(environment);
            return new ServiceProcess(builder.start(), output);
        } catch (IOException cannotStart) {
            throw new UncheckedIOException(cannotStart);
        }
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException noPort) {
            throw new UncheckedIOException(noPort);
        }
    }

    /** Waits for the process to end on its own and returns its exit status. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("The process did not exit within " + timeout + "; it printed:\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** Waits until GET /healthz answers 200 on {@code port}. */
    public void awaitHealthy(int port, Duration timeout) {
        var client = HttpClient.newHttpClient();
        var deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(
                        "The process exited with " + process.exitValue() + "; it printed:\n" + output());
            }
            try {
                var response = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("Not healthy within " + timeout + "; it printed:\n" + output());
    }

    /** Sends SIGTERM, as Docker and Kubernetes do to stop a container. */
    public void terminate() {
        process.destroy();
    }

    public long pid() {
        return process.pid();
    }

    /**
     * SIGKILL of the JVM alone, as {@code kill -9 <pid>} does: its embedded PostgreSQL (a daemon,
     * no longer its child) is left running.
     */
    public void killHard() {
        process.destroyForcibly();
        awaitDeath(process.toHandle());
    }

    /**
     * SIGKILL of the JVM and, at the same moment, of the embedded PostgreSQL running on {@code
     * dataDir} (its postmaster, from {@code dataDir/pg/postmaster.pid}, and every process under it):
     * what a host or container crash does.
     */
    public void killHardWithEmbeddedDatabase(Path dataDir) {
        var victims = new ArrayList<ProcessHandle>();
        embeddedPostmaster(dataDir).ifPresent(postmaster -> {
            victims.add(postmaster);
            postmaster.descendants().forEach(victims::add);
        });
        victims.add(process.toHandle());
        process.toHandle().descendants().forEach(victims::add);
        victims.forEach(ProcessHandle::destroyForcibly);
        victims.forEach(ServiceProcess::awaitDeath);
    }

    /** The postmaster named in {@code dataDir/pg/postmaster.pid}, while it lives. */
    public static Optional<ProcessHandle> embeddedPostmaster(Path dataDir) {
        return postmasterPidLines(dataDir)
                .flatMap(lines -> ProcessHandle.of(Long.parseLong(lines.get(0).trim())))
                .filter(ProcessHandle::isAlive);
    }

    /**
     * A JDBC URL to the embedded PostgreSQL running on {@code dataDir}, from its postmaster.pid, with
     * the superuser's password from {@code dataDir/pg-password}.
     */
    public static String embeddedJdbcUrl(Path dataDir) {
        var lines = postmasterPidLines(dataDir)
                .orElseThrow(() -> new AssertionError("No PostgreSQL is running on " + dataDir));
        return "jdbc:postgresql://localhost:" + lines.get(3).trim() + "/postgres?user=postgres&password="
                + embeddedPassword(dataDir);
    }

    /** The embedded PostgreSQL's superuser password, as the service generated and kept it. */
    public static String embeddedPassword(Path dataDir) {
        try {
            return Files.readString(dataDir.resolve("pg-password")).strip();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Optional<List<String>> postmasterPidLines(Path dataDir) {
        try {
            var lines = Files.readAllLines(dataDir.resolve("pg").resolve("postmaster.pid"));
            return lines.size() < 4 ? Optional.empty() : Optional.of(lines);
        } catch (IOException notRunning) {
            return Optional.empty();
        }
    }

    private static void awaitDeath(ProcessHandle victim) {
        try {
            victim.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception stillAlive) {
            throw new AssertionError("Process " + victim.pid() + " did not die", stillAlive);
        }
    }

    public String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the service cleanly if it still runs (so its embedded PostgreSQL stops too), forcibly if it must. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
