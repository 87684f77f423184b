package dev.followthrough.chaos;

import dev.followthrough.support.ServiceProcess;
import dev.followthrough.support.SlackRequests;
import dev.followthrough.support.SlackStandIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The chaos run: the real jar on its embedded PostgreSQL, {@code /promise} commands flowing from
 * several users, and kill -9 at random moments, of the service alone or of the service with its
 * database, each followed by a restart. At the end it prints acknowledged against present and
 * Slack messages sent against expected, per kind, and fails if anything acknowledged was lost or a
 * message was doubled outside the one window that can't be closed. Run with
 * {@code mvn -B -Pchaos verify}; {@code -Dchaos.kills=N} for more or fewer kills.
 */
public final class ChaosRun {

    private static final int KILLS = Integer.getInteger("chaos.kills", 9);
    private static final int SENDERS = Integer.getInteger("chaos.senders", 4);
    private static final int USERS = Integer.getInteger("chaos.users", 12);
    private static final int MOST_COMMANDS = Integer.getInteger("chaos.mostCommands", 30_000);
    private static final Duration BETWEEN_COMMANDS = Duration.ofMillis(Integer.getInteger("chaos.pauseMillis", 100));
    // Long enough for promises due in a minute or two to come due between kills.
    private static final Duration KILLING =
            Duration.ofSeconds(Integer.getInteger("chaos.seconds", Math.max(240, KILLS * 25)));
    private static final Duration FIRST_KILL_AFTER = Duration.ofSeconds(15);
    private static final Duration LEAST_UP_BEFORE_A_KILL = Duration.ofSeconds(3);
    private static final Path DIRECTORY =
            Path.of(System.getProperty("chaos.dir", "target/chaos")).toAbsolutePath();
    private static final Path JAR =
            Path.of(System.getProperty("chaos.jar", "target/followthrough.jar")).toAbsolutePath();

    private static final Duration LAUNCH_TIMEOUT = Duration.ofSeconds(90);
    private static final int LAUNCHES_BEFORE_CLEARING_THE_OLD_POSTMASTER = 4;
    private static final Duration TRAFFIC_ON_THE_LAST_START = Duration.ofSeconds(10);
    private static final Duration MOST_TO_DRAIN = Duration.ofMinutes(3);
    private static final String SIGNING_SECRET = "chaos-run-signing-secret";

    private final Service service;
    private final SlackStandIn slack;
    private final ChaosUsers users;
    private final int port;
    private final Path dataDir;
    private final long seed;
    private final SplittableRandom random;
    private final Instant started;
    private final String codeState;
    // Every postmaster pid the service's starts left in postmaster.pid, to be sure none outlives the run.
    private final Set<Long> postmasters = new HashSet<>();

    private ChaosRun(
            Service service, SlackStandIn slack, ChaosUsers users, int port, Path dataDir, long seed, Instant started) {
        this.service = service;
        this.slack = slack;
        this.users = users;
        this.port = port;
        this.dataDir = dataDir;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.started = started;
        // Taken before the run: a file edited while it runs changes nothing it measures.
        this.codeState = BranchState.describe();
    }

    public static void main(String[] arguments) throws Exception {
        var seed = Long.getLong("chaos.seed", System.nanoTime() & 0xFFFF_FFFFL);
        var dataDir = DIRECTORY.resolve("data");
        var logs = DIRECTORY.resolve("logs");
        prepare(dataDir, logs);
        var started = Instant.now();
        var users = ChaosUsers.of(USERS, started);
        System.out.printf(
                "Chaos run: %d kills, %d senders, %d users in %s; seed %d; logs in %s%n",
                KILLS, SENDERS, USERS, users.zones(), seed, logs);
        try (var slack = new SlackStandIn()) {
            users.register(slack);
            var port = ServiceProcess.freePort();
            var service = new Service(JAR, environment(slack, port, dataDir), dataDir, logs, port);
            var chaos = new ChaosRun(service, slack, users, port, dataDir, seed, started);
            try {
                var report = new ChaosReport(chaos.run());
                System.out.println(report.text());
                if (!report.failures().isEmpty()) {
                    throw new AssertionError(
                            "Chaos run failed: " + String.join("; ", report.failures()) + "; logs in " + logs);
                }
            } finally {
                // However the run ended, it leaves nothing of the service running.
                if (service.alive()) {
                    service.killWithDatabase();
                }
                chaos.stopLeftovers();
            }
        }
    }

    private ChaosReport.Facts run() throws Exception {
        var first = service.launch(LAUNCH_TIMEOUT);
        if (!first.healthy()) {
            throw new IllegalStateException(
                    "The service did not start: " + first.failure() + " (" + service.log() + ")");
        }
        rememberPostmaster();
        var callTimes = new SlackCallTimes(slack);
        callTimes.start();
        var killsFrom = Instant.now();
        var plannedEnd = killsFrom.plus(KILLING);
        var traffic = new CommandTraffic(
                new SlackRequests(port, SIGNING_SECRET, slack),
                port,
                users,
                SENDERS,
                BETWEEN_COMMANDS,
                plannedEnd,
                MOST_COMMANDS,
                random.nextLong());
        traffic.start();
        List<Kill> kills;
        try {
            kills = killRepeatedly(killMoments(killsFrom));
            Pause.of(TRAFFIC_ON_THE_LAST_START);
        } finally {
            traffic.stop();
        }
        var sent = traffic.sent();
        if (!kills.get(kills.size() - 1).restarted()) {
            callTimes.stop();
            return new ChaosReport.Facts(seed, started, Instant.now(), codeState, kills, sent, Optional.empty());
        }
        var postmaster = Postmaster.read(dataDir).orElseThrow(() -> new IllegalStateException("no postmaster.pid"));
        awaitReminders(postmaster, Instant.now().isAfter(plannedEnd) ? Instant.now() : plannedEnd);
        var drained = awaitDrained(postmaster);
        var calls = callTimes.stop();
        var contents = DatabaseContents.read(postmaster);
        var finalExit = service.stop(Duration.ofMinutes(1));
        var leftRunning = stopLeftovers();
        if (!drained.done()) {
            System.out.printf(
                    "Not drained within %s: %d messages pending, %d checks due%n",
                    MOST_TO_DRAIN, drained.pendingMessages(), drained.checksDue());
        }
        var messages = new MessageTally(
                contents.commitments().stream()
                        .flatMap(commitment -> ExpectedMessages.of(commitment).stream())
                        .toList(),
                expectedDigests(sent, contents),
                drained.at(),
                contents,
                calls,
                kills.stream().map(Kill::at).toList(),
                started);
        var outboxByStatus = contents.outbox().stream()
                .collect(Collectors.groupingBy(
                        DatabaseContents.OutboxRow::status, LinkedHashMap::new, Collectors.counting()));
        var ending = new ChaosReport.Ending(
                new PromiseTally(sent, contents), messages, drained.at(), outboxByStatus, finalExit, leftRunning);
        return new ChaosReport.Facts(seed, started, Instant.now(), codeState, kills, sent, Optional.of(ending));
    }

    private static Map<String, String> environment(SlackStandIn slack, int port, Path dataDir) {
        var environment = new LinkedHashMap<String, String>();
        environment.put("SLACK_BOT_TOKEN", "xoxb-chaos-run");
        environment.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
        environment.put("SLACK_API_URL", slack.apiUrl());
        environment.put("PORT", Integer.toString(port));
        environment.put("DATA_DIR", dataDir.toString());
        environment.put("WEEKLY_DIGESTS", "off");
        // A killed instance's claims come back after their lease: short, so the run drains within its wait.
        environment.put("OUTBOX_LEASE_SECONDS", "15");
        return environment;
    }

    private List<Kill> killRepeatedly(List<Instant> moments) {
        var kills = new ArrayList<Kill>();
        for (var number = 1; number <= moments.size(); number++) {
            // A kill comes at its random moment, but never before the last restart has served a little.
            var notBefore = Instant.now().plus(LEAST_UP_BEFORE_A_KILL);
            var moment = moments.get(number - 1);
            Pause.until(moment.isAfter(notBefore) ? moment : notBefore);
            var kill = killAndRestart(number);
            kills.add(kill);
            System.out.printf(
                    "  %s kill %d (%s): %s%n",
                    Elapsed.of(started, kill.at()),
                    number,
                    kill.mode().description(),
                    kill.restarted()
                            ? "healthy again after " + kill.launches().size() + " launch(es)"
                            : "NOT healthy again");
            rememberPostmaster();
            if (!kill.restarted()) {
                break;
            }
        }
        return kills;
    }

    /** Every digest the service said it sent, and every one it has a row for. */
    private static Set<String> expectedDigests(List<Sent> sent, DatabaseContents contents) {
        var expected = new HashSet<String>();
        sent.stream()
                .filter(command -> command.shape() == Shape.DIGEST && command.acknowledged())
                .forEach(command -> expected.add(command.digestKey()));
        contents.outbox().stream()
                .filter(row -> row.kind().equals("digest"))
                .forEach(row -> expected.add(row.dedupeKey()));
        return expected;
    }

    private Kill killAndRestart(int number) {
        var mode = random.nextBoolean() ? Kill.Mode.SERVICE_ALONE : Kill.Mode.WITH_DATABASE;
        var killed = mode == Kill.Mode.SERVICE_ALONE ? service.killAlone() : service.killWithDatabase();
        var launches = new ArrayList<Service.Launch>();
        for (var attempt = 1; attempt <= LAUNCHES_BEFORE_CLEARING_THE_OLD_POSTMASTER; attempt++) {
            var launch = service.launch(LAUNCH_TIMEOUT);
            launches.add(launch);
            if (launch.healthy()) {
                return new Kill(number, mode, killed.at(), killed.processes(), launches, false);
            }
        }
        // What an operator would do next: stop the postmaster the killed service left behind.
        Postmaster.read(dataDir).flatMap(Postmaster::process).ifPresent(postmaster -> {
            postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        });
        launches.add(service.launch(LAUNCH_TIMEOUT));
        return new Kill(number, mode, killed.at(), killed.processes(), launches, true);
    }

    /** One random moment in each of {@code KILLS} equal stretches of the killing time: random, yet spread. */
    private List<Instant> killMoments(Instant from) {
        var stretch = KILLING.minus(FIRST_KILL_AFTER).dividedBy(KILLS).toMillis();
        var first = from.plus(FIRST_KILL_AFTER);
        return IntStream.range(0, KILLS)
                .mapToObj(index -> first.plusMillis(index * stretch + random.nextLong(stretch)))
                .toList();
    }

    /** Waits until every reminder the run's commands should cause has come due, and a sweep more. */
    private static void awaitReminders(Postmaster postmaster, Instant endOfKills) throws Exception {
        var horizon = endOfKills.plus(Duration.ofMinutes(1));
        var latest = DatabaseContents.read(postmaster).commitments().stream()
                .flatMap(commitment -> ExpectedMessages.of(commitment).stream())
                .map(ExpectedMessages.Expected::at)
                .filter(at -> !at.isAfter(horizon))
                .max(Comparator.naturalOrder());
        if (latest.isPresent()) {
            var wait = Duration.between(Instant.now(), latest.get().plusSeconds(3));
            if (!wait.isNegative()) {
                System.out.printf("Waiting %s for the last reminder due during the run%n", Elapsed.seconds(wait));
                Pause.of(wait);
            }
        }
    }

    private static DatabaseContents.Drained awaitDrained(Postmaster postmaster) throws Exception {
        var drained = new java.util.concurrent.atomic.AtomicReference<>(DatabaseContents.drained(postmaster));
        try {
            org.awaitility.Awaitility.await()
                    .atMost(MOST_TO_DRAIN)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        drained.set(DatabaseContents.drained(postmaster));
                        return drained.get().done();
                    });
        } catch (org.awaitility.core.ConditionTimeoutException notDrained) {
            // Reported with what was still pending.
        }
        return drained.get();
    }

    private void rememberPostmaster() {
        Postmaster.read(dataDir).ifPresent(postmaster -> postmasters.add(postmaster.pid()));
    }

    /** Postmasters still running after the last clean stop: reported, then stopped. */
    private int stopLeftovers() {
        var left = 0;
        for (var pid : postmasters) {
            var postmaster = new Postmaster(pid, 0, dataDir).process();
            if (postmaster.isPresent()) {
                left++;
                postmaster.get().descendants().forEach(ProcessHandle::destroyForcibly);
                postmaster.get().destroyForcibly();
            }
        }
        return left;
    }

    private static void prepare(Path dataDir, Path logs) throws IOException {
        // A postmaster from an earlier run that was itself killed would hold the data directory.
        Postmaster.read(dataDir).flatMap(Postmaster::process).ifPresent(ProcessHandle::destroyForcibly);
        if (Files.exists(DIRECTORY)) {
            try (var paths = Files.walk(DIRECTORY)) {
                for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(dataDir);
        Files.createDirectories(logs);
    }
}
