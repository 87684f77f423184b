package dev.followthrough.bench;

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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One start of the packaged jar as a child process, the way the README runs it ({@code java
 * <options> -jar target/followthrough.jar}), from the project's directory so that an argument file
 * the options name is found as it is there. Ready is {@code GET /healthz} answering 200: the HTTP
 * server is the last part the service starts, after the database, Slack's check and the scheduler.
 */
final class FootprintService implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(10);
    // USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK).
    private static final long CLOCK_TICKS_PER_SECOND = 100;
    private static final String RUNNING = "Followthrough is running";

    private final Process process;
    private final Path log;
    private final Instant started;
    private final long startedNanos;
    private final int port;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofMillis(500))
            .build();

    private FootprintService(Process process, Path log, Instant started, long startedNanos, int port) {
        this.process = process;
        this.log = log;
        this.started = started;
        this.startedNanos = startedNanos;
        this.port = port;
    }

    static FootprintService start(
            Path jar, List<String> jvmOptions, Map<String, String> environment, Path log, int port) {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        var builder = new ProcessBuilder(command)
                .directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().put("HOME", System.getProperty("java.io.tmpdir"));
        builder.environment().putAll(environment);
        try {
            var started = Instant.now();
            var startedNanos = System.nanoTime();
            return new FootprintService(builder.start(), log, started, startedNanos, port);
        } catch (IOException cannotStart) {
            throw new UncheckedIOException(cannotStart);
        }
    }

    /** Time from the process's start to the first 200 from /healthz. */
    Duration awaitReady(Duration timeout) {
        var left = timeout.minusNanos(System.nanoTime() - startedNanos);
        try {
            Awaitility.await()
                    .atMost(left)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(POLL)
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(
                                    "The service exited with " + process.exitValue() + ":\n" + tail());
                        }
                        return healthy();
                    });
            return Duration.ofNanos(System.nanoTime() - startedNanos);
        } catch (ConditionTimeoutException notReady) {
            process.destroyForcibly();
            throw new IllegalStateException("Not ready within " + timeout + ":\n" + tail());
        }
    }

    /**
     * Processor time the service has used so far (user and system, all threads), from {@code
     * /proc/<pid>/stat}: unlike the time to ready, it hardly depends on what else the machine runs.
     */
    Duration processorTime() {
        try {
            var stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // The command name, in parentheses, may hold spaces: count fields after its end.
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            var ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return Duration.ofMillis(ticks * 1000 / CLOCK_TICKS_PER_SECOND);
        } catch (IOException | RuntimeException unreadable) {
            return Duration.ZERO;
        }
    }

    ProcStatus memory() {
        return ProcStatus.of(process.pid());
    }

    long pid() {
        return process.pid();
    }

    int port() {
        return port;
    }

    /**
     * Milliseconds from the process's start to the first log line containing each marker, in the
     * markers' order; a marker never logged is left out.
     */
    Map<String, Long> logMoments(List<String> markers) {
        var moments = new LinkedHashMap<String, Long>();
        List<String> lines;
        try {
            lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return moments;
        }
        for (var marker : markers) {
            lines.stream()
                    .filter(line -> line.contains(marker))
                    .findFirst()
                    .flatMap(FootprintService::timestamp)
                    .ifPresent(at ->
                            moments.put(marker, Duration.between(started, at).toMillis()));
        }
        return moments;
    }

    /** Waits (a little) for a line the service logs just after it answers, e.g. its "running" line. */
    void awaitLogLine(String marker, Duration timeout) {
        try {
            Awaitility.await()
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(POLL)
                    .ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> Files.readString(log, StandardCharsets.UTF_8).contains(marker));
        } catch (ConditionTimeoutException notLogged) {
            // The figures are read from what was logged; a line missing is named where it is used.
        }
    }

    static String readyMarker() {
        return RUNNING;
    }

    /** SIGTERM, as docker stop sends it, and the exit. */
    @Override
    public void close() {
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

    String tail() {
        try {
            var lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException unreadable) {
            return "(no log)";
        }
    }

    private boolean healthy() {
        try {
            var response = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // The console pattern begins with an ISO offset timestamp to the millisecond.
    private static Optional<Instant> timestamp(String line) {
        var space = line.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(line.substring(0, space)).toInstant());
        } catch (java.time.format.DateTimeParseException notALogLine) {
            return Optional.empty();
        }
    }
}
