package dev.followthrough.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The real jar as a child process, launched again and again on one {@code DATA_DIR} and port, each
 * launch logging to a file of its own; killed the way a crash kills it.
 */
final class Service {

    /** One launch: healthy or not, how long it took to tell, and why not. */
    record Launch(int number, boolean healthy, Duration took, String failure) {}

    private static final Duration HEALTH_POLL = Duration.ofMillis(200);
    private static final String COULD_NOT_START = "Followthrough could not start: ";

    private final Path jar;
    private final Map<String, String> environment;
    private final Path dataDir;
    private final Path logs;
    private final int port;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();
    private Process process;
    private Path log;
    private int launches;

    Service(Path jar, Map<String, String> environment, Path dataDir, Path logs, int port) {
        this.jar = jar;
        this.environment = Map.copyOf(environment);
        this.dataDir = dataDir;
        this.logs = logs;
        this.port = port;
    }

    /** Starts the jar and waits until /healthz answers 200, the process exits, or {@code timeout}. */
    Launch launch(Duration timeout) {
        launches++;
        var started = System.nanoTime();
        log = logs.resolve(String.format("service-%02d.log", launches));
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                jar.toString()));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().put("HOME", System.getProperty("java.io.tmpdir"));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException cannotStart) {
            throw new UncheckedIOException(cannotStart);
        }
        try {
            org.awaitility.Awaitility.await()
                    .atMost(timeout)
                    .pollInterval(HEALTH_POLL)
                    .until(() -> !process.isAlive() || healthy());
            if (!process.isAlive()) {
                return new Launch(launches, false, since(started), "exited with " + process.exitValue() + ": " + why());
            }
            return new Launch(launches, true, since(started), "");
        } catch (org.awaitility.core.ConditionTimeoutException hung) {
            // Handled below.
        }
        // A launch that hangs is given up like one that failed; its own children go with it.
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        return new Launch(
                launches, false, since(started), "not healthy within " + timeout.toSeconds() + " s: " + why());
    }

    boolean healthy() {
        try {
            var response = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException notListening) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What a kill did: when the last of its processes got SIGKILL, and how many there were. */
    record Killed(Instant at, int processes) {}

    /** kill -9 of the service's JVM alone: its embedded postmaster is left running, as after an OOM kill. */
    Killed killAlone() {
        var jvm = process.toHandle();
        jvm.destroyForcibly();
        var at = Instant.now();
        awaitGone(List.of(jvm));
        return new Killed(at, 1);
    }

    /**
     * kill -9 of the embedded postmaster, every process under it and the JVM, one right after the
     * other: what a host or container crash does. The database goes first so that its WAL writer
     * has no chance to flush what the JVM was told was committed.
     */
    Killed killWithDatabase() {
        var victims = new ArrayList<ProcessHandle>();
        // pg_ctl starts the postmaster detached, so it is no descendant of the JVM: postmaster.pid names it.
        Postmaster.read(dataDir).flatMap(Postmaster::process).ifPresent(postmaster -> {
            postmaster.descendants().forEach(victims::add);
            victims.add(postmaster);
        });
        var jvm = process.toHandle();
        jvm.descendants().forEach(victims::add);
        victims.add(jvm);
        var distinct = victims.stream().distinct().toList();
        distinct.forEach(ProcessHandle::destroyForcibly);
        var at = Instant.now();
        awaitGone(distinct);
        return new Killed(at, distinct.size());
    }

    /** SIGTERM, then waits for the exit status. */
    Optional<Integer> stop(Duration timeout) {
        process.destroy();
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.of(process.exitValue());
            }
            process.destroyForcibly();
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    Path log() {
        return log;
    }

    /** The reason the service gave for not starting, else its last line. */
    private String why() {
        try {
            var lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            var reason = lines.stream()
                    .filter(line -> line.contains(COULD_NOT_START))
                    .map(line -> line.substring(line.indexOf(COULD_NOT_START) + COULD_NOT_START.length()))
                    .findFirst()
                    .or(() -> lines.stream().reduce((first, second) -> second))
                    .orElse("(no output)");
            return reason.length() > 200 ? reason.substring(0, 200) + "…" : reason;
        } catch (IOException unreadable) {
            return "(log unreadable: " + unreadable.getMessage() + ")";
        }
    }

    private static void awaitGone(List<ProcessHandle> processes) {
        for (var handle : processes) {
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception stillThere) {
                // Reported by the next launch if it matters.
            }
        }
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
