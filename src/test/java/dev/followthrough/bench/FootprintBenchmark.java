package dev.followthrough.bench;

import dev.followthrough.support.ServiceProcess;
import dev.followthrough.support.SlackRequests;
import dev.followthrough.support.SlackStandIn;
import dev.followthrough.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The footprint benchmark (issue 13, item 5): the packaged jar, started as the README starts it,
 * on an external PostgreSQL holding 1,000,000 commitments. Prints the time from process start to
 * ready (three starts, median), the service's resident memory after start, after a minute of light
 * traffic and its peak, and what each part of the start took by the log's timestamps. It runs the
 * README's options (the argument file {@code jvm.options}) and, for comparison, the JVM's own
 * defaults. Run with {@code mvn -B -Pbench-footprint verify}; {@code -Dbench.commitments=N},
 * {@code -Dbench.trafficSeconds=S}, {@code -Dbench.defaults=false} to skip the defaults' run,
 * {@code -Dbench.databaseUrl=jdbc:…} for a server of your own (seeded unless it already holds the
 * commitments).
 */
public final class FootprintBenchmark {

    private static final int COMMITMENTS = Integer.getInteger("bench.commitments", 1_000_000);
    private static final int TEAMS = Integer.getInteger("bench.teams", 200);
    private static final int USERS_PER_TEAM = Integer.getInteger("bench.usersPerTeam", 50);
    private static final int STARTS = Integer.getInteger("bench.starts", 3);
    private static final Duration TRAFFIC = Duration.ofSeconds(Integer.getInteger("bench.trafficSeconds", 60));
    private static final boolean DEFAULTS_TOO = Boolean.parseBoolean(System.getProperty("bench.defaults", "true"));
    private static final Path JAR =
            Path.of(System.getProperty("bench.jar", "target/followthrough.jar")).toAbsolutePath();
    private static final Path LOGS =
            Path.of(System.getProperty("bench.logs", "target/footprint")).toAbsolutePath();
    private static final String OPTIONS_FILE = System.getProperty("bench.options", "jvm.options");
    private static final String SIGNING_SECRET = "footprint-benchmark-signing-secret";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final int TARGET_MEGABYTES = 300;
    // About 2,900 of the 1,000,000 (open and hard ones among every 300th): nudges in the minute of traffic.
    private static final int DUE_ONE_IN = 300;
    private static final long TARGET_READY_MILLIS = 5_000;

    // Log lines that mark the parts of a start, in order.
    private static final List<String> MARKERS =
            List.of("Starting with", "Connected to Slack", FootprintService.readyMarker());
    // With the libraries' own INFO lines as well, for one start that shows where the time goes.
    private static final List<String> PHASE_MARKERS = List.of(
            "Starting with",
            "HikariPool-1 - Start completed",
            "Successfully validated",
            "is up to date",
            "Connected to Slack",
            "Started oejs.Server",
            "Scheduler followthrough",
            FootprintService.readyMarker());
    private static final String PHASE_LOGGING = """
            <configuration>
              <appender name="console" class="ch.qos.logback.core.ConsoleAppender">
                <encoder><pattern>%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n</pattern></encoder>
              </appender>
              <root level="INFO"><appender-ref ref="console"/></root>
            </configuration>
            """;

    /** What a database is to the benchmark: where it is, what it is, what it costs. */
    private record BenchDatabase(String label, String url, LongSupplier kilobytes, AutoCloseable stop) {}

    /** One configuration's figures. */
    private record Run(
            String options,
            List<Long> readyMillis,
            List<Long> processorMillis,
            List<Long> residentAfterStartKilobytes,
            List<Map<String, Long>> moments,
            long residentAfterTrafficKilobytes,
            long peakKilobytes,
            int threads,
            LightTraffic.Sent traffic,
            long nudgesSent) {}

    private FootprintBenchmark() {}

    public static void main(String[] arguments) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run mvn -B package -DskipTests first");
        }
        Files.createDirectories(LOGS);
        var database = database();
        try (var slack = new SlackStandIn()) {
            System.out.printf(
                    "Footprint: %,d commitments on %s; %d cores, %,d MiB of memory%n",
                    COMMITMENTS,
                    database.label(),
                    Runtime.getRuntime().availableProcessors(),
                    totalMemoryKilobytes() / 1024);
            var port = ServiceProcess.freePort();
            var environment = environment(slack, database.url(), port);
            var emptyStart = migrate(environment, port);
            var seedStarted = System.nanoTime();
            try (var connection = DriverManager.getConnection(database.url())) {
                var seed = new FootprintSeed(COMMITMENTS, TEAMS, USERS_PER_TEAM);
                if (seed.alreadyIn(connection)) {
                    System.out.println("The database already holds the commitments: not seeded again");
                } else {
                    var rows = seed.write(connection);
                    System.out.printf("Seeded in %.1f s: %s%n", (System.nanoTime() - seedStarted) / 1e9, rows);
                }
            }
            for (var index = 0; index < USERS_PER_TEAM; index++) {
                slack.user(FootprintSeed.user(index), "America/New_York", "en-US");
            }
            phases(environment, port);
            var runs = new ArrayList<Run>();
            runs.add(measure(slack, environment, port, database, optionsFileArguments(), 1));
            if (DEFAULTS_TOO) {
                runs.add(measure(slack, environment, port, database, List.of(), 2));
            }
            print(emptyStart, runs, database);
        } finally {
            database.stop().close();
        }
    }

    private static BenchDatabase database() throws Exception {
        var given = System.getProperty("bench.databaseUrl");
        if (given != null) {
            return new BenchDatabase("the PostgreSQL at " + given, given, () -> 0, () -> {});
        }
        var binaries = ExternalPostgres.installedBinaries();
        if (binaries.isPresent()) {
            try {
                var server = ExternalPostgres.start(binaries.get());
                return new BenchDatabase(
                        "an external PostgreSQL " + server.version() + " (" + binaries.get() + ")",
                        server.databaseUrl(),
                        server::residentKilobytesOfAll,
                        server);
            } catch (RuntimeException | java.io.IOException cannotStart) {
                System.out.println("COULD NOT START AN EXTERNAL POSTGRESQL: " + cannotStart.getMessage());
            }
        } else {
            System.out.println("NO POSTGRESQL INSTALLED (apt-get install -y postgresql gives one)");
        }
        System.out.println(
                "FALLING BACK TO THE TESTS' EMBEDDED POSTGRESQL, in this JVM's control: figures labelled so");
        var url = TestDatabase.newDatabase("footprint");
        return new BenchDatabase(
                "the tests' embedded PostgreSQL (FALLBACK, not an external server)", url, () -> 0, () -> {});
    }

    private static Map<String, String> environment(SlackStandIn slack, String databaseUrl, int port) {
        var environment = new LinkedHashMap<String, String>();
        environment.put("SLACK_BOT_TOKEN", "xoxb-footprint-benchmark");
        environment.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
        environment.put("SLACK_API_URL", slack.apiUrl());
        environment.put("DATABASE_URL", databaseUrl);
        environment.put("PORT", Integer.toString(port));
        return environment;
    }

    /** The first start migrates the empty database; its resident memory is the empty one's. */
    private static long migrate(Map<String, String> environment, int port) {
        try (var service =
                FootprintService.start(JAR, optionsFileArguments(), environment, LOGS.resolve("migrate.log"), port)) {
            var ready = service.awaitReady(READY_TIMEOUT);
            var resident = service.memory().residentKilobytes();
            System.out.printf(
                    "Migrated the empty database in a start of %d ms (resident then %d MiB)%n",
                    ready.toMillis(), resident / 1024);
            return resident;
        }
    }

    /** One start more, not counted, with the libraries' INFO lines: where its time goes. */
    private static void phases(Map<String, String> environment, int port) throws java.io.IOException {
        var logging = LOGS.resolve("phases-logback.xml");
        Files.writeString(logging, PHASE_LOGGING);
        var options = new ArrayList<>(optionsFileArguments());
        options.add("-Dlogback.configurationFile=" + logging);
        try (var service = FootprintService.start(JAR, options, environment, LOGS.resolve("phases.log"), port)) {
            var ready = service.awaitReady(READY_TIMEOUT);
            service.awaitLogLine(FootprintService.readyMarker(), Duration.ofSeconds(10));
            System.out.printf(
                    "Where a start's time goes (ms from process start, by the log; ready at %d ms):%n",
                    ready.toMillis());
            service.logMoments(PHASE_MARKERS).forEach((marker, at) -> System.out.printf("  %6d  %s%n", at, marker));
        }
    }

    private static Run measure(
            SlackStandIn slack,
            Map<String, String> environment,
            int port,
            BenchDatabase database,
            List<String> options,
            int slice)
            throws InterruptedException, java.sql.SQLException {
        var label = options.isEmpty() ? "defaults" : "options";
        var ready = new ArrayList<Long>();
        var processor = new ArrayList<Long>();
        var residentAfterStart = new ArrayList<Long>();
        var moments = new ArrayList<Map<String, Long>>();
        for (var start = 1; start <= STARTS; start++) {
            var service = FootprintService.start(
                    JAR, options, environment, LOGS.resolve(label + "-start-" + start + ".log"), port);
            try {
                ready.add(service.awaitReady(READY_TIMEOUT).toMillis());
                processor.add(service.processorTime().toMillis());
                residentAfterStart.add(service.memory().residentKilobytes());
                // The service may answer /healthz a moment before it logs that it is running.
                service.awaitLogLine(FootprintService.readyMarker(), Duration.ofSeconds(10));
                moments.add(service.logMoments(MARKERS));
                System.out.printf(
                        "  %s start %d: ready in %d ms (%d ms of processor time), resident %d MiB; log: %s%n",
                        label,
                        start,
                        ready.get(ready.size() - 1),
                        processor.get(processor.size() - 1),
                        residentAfterStart.get(residentAfterStart.size() - 1) / 1024,
                        moments.get(moments.size() - 1));
                if (start < STARTS) {
                    continue;
                }
                // The last start serves a minute of traffic.
                slack.reset();
                int comingDue;
                try (var connection = DriverManager.getConnection(database.url())) {
                    comingDue = new FootprintSeed(COMMITMENTS, TEAMS, USERS_PER_TEAM)
                            .comeDue(connection, DUE_ONE_IN, slice);
                }
                System.out.printf("  %s: %d one-hour nudges come due in the next minute%n", label, comingDue);
                var peakSeen = new long[] {0};
                var traffic = new LightTraffic(new SlackRequests(port, SIGNING_SECRET, slack), USERS_PER_TEAM)
                        .run(TRAFFIC, elapsed -> {
                            var now = service.memory();
                            peakSeen[0] = Math.max(peakSeen[0], now.residentKilobytes());
                        });
                var after = service.memory();
                var nudges = slack.calls("chat.postMessage").size();
                System.out.printf(
                        "  %s after %d s of traffic: resident %d MiB, peak %d MiB, %d threads; %s; %d messages"
                                + " posted; PostgreSQL's own memory %d MiB%n",
                        label,
                        TRAFFIC.toSeconds(),
                        after.residentKilobytes() / 1024,
                        after.peakKilobytes() / 1024,
                        after.threads(),
                        traffic,
                        nudges,
                        database.kilobytes().getAsLong() / 1024);
                return new Run(
                        options.isEmpty() ? "JVM defaults" : String.join(" ", options),
                        ready,
                        processor,
                        residentAfterStart,
                        moments,
                        after.residentKilobytes(),
                        after.peakKilobytes(),
                        after.threads(),
                        traffic,
                        nudges);
            } finally {
                service.close();
            }
        }
        throw new IllegalStateException("no starts");
    }

    private static void print(long emptyStartKilobytes, List<Run> runs, BenchDatabase database) {
        System.out.println();
        System.out.printf("Footprint with %,d commitments on %s%n", COMMITMENTS, database.label());
        System.out.printf("%-28s", "");
        runs.forEach(run ->
                System.out.printf(" | %-30s", run.options().equals("JVM defaults") ? "JVM defaults" : "@jvm.options"));
        System.out.println();
        row(runs, "start to ready, median", run -> median(run.readyMillis()) + " ms of " + run.readyMillis());
        row(runs, "processor time to ready", run -> median(run.processorMillis()) + " ms of " + run.processorMillis());
        row(runs, "resident after start", run -> megabytes(median(run.residentAfterStartKilobytes())) + " MiB");
        row(runs, "resident after traffic", run -> megabytes(run.residentAfterTrafficKilobytes()) + " MiB");
        row(runs, "peak resident (VmHWM)", run -> megabytes(run.peakKilobytes()) + " MiB");
        row(runs, "threads", run -> Integer.toString(run.threads()));
        row(
                runs,
                "promises / Home opens",
                run -> run.traffic().promisesAnswered() + " / " + run.traffic().homeOpensAnswered() + " answered");
        row(runs, "messages posted", run -> Long.toString(run.nudgesSent()));
        for (var marker : MARKERS) {
            row(runs, "log: " + shorten(marker), run -> medianMoment(run, marker));
        }
        System.out.printf("Machine load (1, 5, 15 minutes) at the end: %s%n", loadAverage());
        System.out.printf("Resident after a start on the empty database: %d MiB%n", megabytes(emptyStartKilobytes));
        var chosen = runs.get(0);
        System.out.printf("Options in %s: %s%n", OPTIONS_FILE, String.join(" ", optionsInFile()));
        System.out.printf(
                "Targets: peak resident <= %d MiB: %s (%d MiB); start to ready <= %d ms: %s (%d ms)%n",
                TARGET_MEGABYTES,
                megabytes(chosen.peakKilobytes()) <= TARGET_MEGABYTES ? "met" : "NOT MET",
                megabytes(chosen.peakKilobytes()),
                TARGET_READY_MILLIS,
                median(chosen.readyMillis()) <= TARGET_READY_MILLIS ? "met" : "NOT MET",
                median(chosen.readyMillis()));
    }

    private static void row(List<Run> runs, String name, java.util.function.Function<Run, String> cell) {
        System.out.printf("%-28s", name);
        runs.forEach(run -> System.out.printf(" | %-30s", cell.apply(run)));
        System.out.println();
    }

    private static String medianMoment(Run run, String marker) {
        var values = run.moments().stream()
                .filter(moments -> moments.containsKey(marker))
                .map(moments -> moments.get(marker))
                .toList();
        return values.isEmpty() ? "-" : median(values) + " ms";
    }

    private static String shorten(String marker) {
        return marker.length() > 22 ? marker.substring(0, 22) : marker;
    }

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long megabytes(long kilobytes) {
        return Math.round(kilobytes / 1024.0);
    }

    /** The README's run command names the argument file; the JVM reads it from the working directory. */
    private static List<String> optionsFileArguments() {
        return Files.isRegularFile(Path.of(OPTIONS_FILE)) ? List.of("@" + OPTIONS_FILE) : List.of();
    }

    private static List<String> optionsInFile() {
        try {
            return Files.readAllLines(Path.of(OPTIONS_FILE)).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .flatMap(line -> Arrays.stream(line.split("\\s+")))
                    .toList();
        } catch (java.io.IOException absent) {
            return List.of("(none: " + OPTIONS_FILE + " is missing)");
        }
    }

    // Other work on the machine stretches the time to ready, not the processor time: both are shown.
    private static String loadAverage() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (java.io.IOException unreadable) {
            return "unknown";
        }
    }

    private static long totalMemoryKilobytes() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(line -> line.startsWith("MemTotal:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst()
                    .orElse(0);
        } catch (java.io.IOException unreadable) {
            return 0;
        }
    }
}
