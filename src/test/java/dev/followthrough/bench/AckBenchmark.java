package dev.followthrough.bench;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.followthrough.Application;
import dev.followthrough.platform.http.HttpServer;
import dev.followthrough.platform.http.MetricsEndpoint;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.ServiceProcess;
import dev.followthrough.support.SlackRequests;
import dev.followthrough.support.SlackStandIn;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * How fast {@code /promise} is acknowledged: Followthrough (read, save, answer) against a bare
 * Bolt app whose {@code /promise} answers an empty ack, served by the same Jetty and servlet setup
 * ({@link HttpServer}), in this one JVM, with the same signed requests at the same open-loop rate,
 * alternating blocks so that whatever else the machine does falls on both sides alike.
 *
 * <p>One JVM for both: same JIT, same heap and collector, same client, so the difference is
 * Followthrough's own work on the request path and beside it (its jobs run during the bare blocks
 * too, and are reported for both). Followthrough is the real service ({@link Application#start})
 * on its default embedded PostgreSQL, Slack the stand-in with every user's profile in it.
 *
 * <p>Run with {@code mvn -B -Pbench-ack verify}. System properties (all optional): {@code
 * bench.rate} (200 a second), {@code bench.blocks} (5 a side), {@code bench.blockSeconds} (10),
 * {@code bench.warmupSeconds} (20 a side), {@code bench.users} (40), {@code bench.jfr} (false: true
 * records the measured blocks with Flight Recorder into {@code target/bench}).
 */
public final class AckBenchmark {

    private static final int RATE = Integer.getInteger("bench.rate", 200);
    private static final int BLOCKS = Integer.getInteger("bench.blocks", 5);
    private static final int BLOCK_SECONDS = Integer.getInteger("bench.blockSeconds", 10);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmupSeconds", 20);
    private static final int USERS = Integer.getInteger("bench.users", 40);
    private static final boolean PROFILE = Boolean.getBoolean("bench.jfr");
    private static final Path DIR = Path.of(System.getProperty("bench.dir", "target/bench"));

    private static final String SIGNING_SECRET = RunningFollowthrough.SIGNING_SECRET;
    private static final String CHANNEL = "C0BENCH01";
    private static final List<String> ZONES = List.of(
            "America/New_York",
            "Europe/London",
            "Europe/Berlin",
            "Asia/Tokyo",
            "America/Los_Angeles",
            "Australia/Sydney",
            "Asia/Kolkata",
            "America/Sao_Paulo");
    /** What people promise; {@code @} stands for another user of the team, mentioned. */
    private static final List<String> PROMISES = List.of(
            "send Acme the revised proposal by Fri 2pm",
            "review the Q4 budget with @ by tomorrow 10am",
            "call Initech back about the renewal by Thursday 3pm",
            "send @ the signed contract by next Monday 9am",
            "fix the login bug for Globex by Wednesday 4pm",
            "draft the launch announcement by Friday noon",
            "get the security questionnaire back to Umbrella by next Tuesday",
            "book the venue for the offsite within 2 weeks",
            "follow up with Hooli on the invoice by tomorrow 5pm",
            "share the onboarding checklist with @ by Thursday 11am",
            "write up the meeting notes for the board by Monday",
            "update the pricing page before the 15th");

    private AckBenchmark() {}

    public static void main(String[] args) throws Exception {
        Files.createDirectories(DIR);
        var standIn = new SlackStandIn();
        var users = new ArrayList<String>();
        for (var index = 0; index < USERS; index++) {
            var userId = String.format(Locale.ROOT, "U0BENCH%03d", index);
            users.add(userId);
            standIn.user(userId, ZONES.get(index % ZONES.size()), index % 3 == 0 ? "en-GB" : "en-US");
            standIn.name(userId, "user " + index);
        }
        var dataDir = Files.createTempDirectory("followthrough-ack");
        var service = Application.start(
                RunningFollowthrough.config(Map.of(
                        "SLACK_BOT_TOKEN",
                        "xoxb-test-token",
                        "SLACK_SIGNING_SECRET",
                        SIGNING_SECRET,
                        "DATA_DIR",
                        dataDir.toString(),
                        "PORT",
                        "0",
                        "SLACK_API_URL",
                        standIn.apiUrl(),
                        "PUBLIC_URL",
                        RunningFollowthrough.PUBLIC_URL)),
                Clock.systemUTC());
        var bare = bareBolt(standIn);
        var whatRan = new WhatRan(() -> embeddedDatabase(dataDir));
        whatRan.watchJobs(service);
        var signer = new SlackRequests(service.httpPort(), SIGNING_SECRET, standIn);
        var sides = new LinkedHashMap<String, Side>();
        sides.put("bare Bolt", new Side(new OpenLoop(bare.port())));
        sides.put("Followthrough", new Side(new OpenLoop(service.httpPort())));
        var interval = Duration.ofNanos(1_000_000_000L / RATE);
        try {
            System.out.printf(
                    Locale.ROOT,
                    "ack benchmark: %d requests/s, warm-up %d s a side, then %d x %d s a side, alternating%n",
                    RATE,
                    WARMUP_SECONDS,
                    BLOCKS,
                    BLOCK_SECONDS);
            for (var side : sides.values()) {
                // Slowly first: each user's first command waits for users.info, as on a first day.
                side.client.run(requests(signer, users, users.size() * 2), Duration.ofMillis(50));
                side.client.run(requests(signer, users, RATE * WARMUP_SECONDS / 4), interval.multipliedBy(2));
                side.client.run(requests(signer, users, RATE * WARMUP_SECONDS), interval);
            }
            var recording = PROFILE ? startRecording() : null;
            for (var block = 1; block <= BLOCKS; block++) {
                for (var entry : sides.entrySet()) {
                    // Signed just before the block: Slack's timestamps are checked against a 5-minute window.
                    var prepared = requests(signer, users, RATE * BLOCK_SECONDS);
                    var callsBefore = standIn.calls().size();
                    whatRan.begin(entry.getKey());
                    var result = entry.getValue().client.run(prepared, interval);
                    whatRan.end();
                    var calls = standIn.calls();
                    calls.subList(callsBefore, calls.size())
                            .forEach(call -> entry.getValue().slackCalls.merge(call.method(), 1, Integer::sum));
                    entry.getValue().blocks.add(result);
                    entry.getValue().loads.add(loadAverage());
                    System.out.printf(
                            Locale.ROOT, "block %d %-14s %s%n", block, entry.getKey(), Side.summary(result.micros()));
                }
            }
            if (recording != null) {
                var file = DIR.resolve("ack.jfr");
                recording.dump(file);
                recording.close();
                System.out.println("flight recording: " + file.toAbsolutePath());
            }
            report(sides, whatRan);
        } finally {
            for (var side : sides.values()) {
                side.client.close();
            }
            bare.close();
            service.close();
            standIn.close();
            // Logging's own shutdown hook would run after exec:java closed this class loader.
            ((ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory()).stop();
        }
    }

    /** One side's client and what its measured blocks saw. */
    private static final class Side {
        final OpenLoop client;
        final List<OpenLoop.Block> blocks = new ArrayList<>();
        final Map<String, Integer> slackCalls = new java.util.TreeMap<>();
        final List<String> loads = new ArrayList<>();

        Side(OpenLoop client) {
            this.client = client;
        }

        long[] all() {
            return blocks.stream()
                    .flatMapToLong(block -> java.util.Arrays.stream(block.micros()))
                    .sorted()
                    .toArray();
        }

        static String summary(long[] sorted) {
            return String.format(
                    Locale.ROOT,
                    "p50 %6.2f  p90 %6.2f  p99 %6.2f  max %7.2f ms  (%d)",
                    percentile(sorted, 0.50) / 1000.0,
                    percentile(sorted, 0.90) / 1000.0,
                    percentile(sorted, 0.99) / 1000.0,
                    sorted[sorted.length - 1] / 1000.0,
                    sorted.length);
        }
    }

    /**
     * A Bolt app as its README starts one: the same signing secret, Bolt's own middleware, and
     * {@code /promise} answering an empty ack; behind the same Jetty server and gate as the service.
     */
    private static HttpServer bareBolt(SlackStandIn standIn) {
        var slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(standIn.apiUrl());
        var slack = Slack.getInstance(slackConfig);
        var app = new App(AppConfig.builder()
                .slack(slack)
                .signingSecret(SIGNING_SECRET)
                .singleTeamBotToken("xoxb-test-token")
                .build());
        app.command("/promise", (request, context) -> context.ack());
        var server =
                new HttpServer(0, app, true, () -> true, MetricsEndpoint.open(new SimpleMeterRegistry(), () -> ""));
        server.start();
        return server;
    }

    /** {@code count} slash commands, signed as Slack signs them, from users in turn, each its own trigger_id. */
    private static List<OpenLoop.Prepared> requests(SlackRequests signer, List<String> users, int count) {
        var prepared = new ArrayList<OpenLoop.Prepared>(count);
        var timestamp = Long.toString(Instant.now().getEpochSecond());
        for (var index = 0; index < count; index++) {
            var user = users.get(index % users.size());
            var mentioned = users.get((index * 7 + 3) % users.size());
            var text = PROMISES.get(index % PROMISES.size()).replace("@", "<@" + mentioned + ">");
            var fields = signer.command(user, CHANNEL, text);
            fields.put("trigger_id", "13345224609.738474920." + UUID.randomUUID());
            var body = SlackRequests.form(fields);
            prepared.add(new OpenLoop.Prepared(
                    body,
                    List.of(
                            "Content-Type",
                            "application/x-www-form-urlencoded",
                            "X-Slack-Request-Timestamp",
                            timestamp,
                            "X-Slack-Signature",
                            signer.sign(timestamp, body))));
        }
        return prepared;
    }

    private static List<ProcessHandle> embeddedDatabase(Path dataDir) {
        return ServiceProcess.embeddedPostmaster(dataDir)
                .map(postmaster -> {
                    var all = new ArrayList<ProcessHandle>();
                    all.add(postmaster);
                    postmaster.descendants().forEach(all::add);
                    return (List<ProcessHandle>) all;
                })
                .orElse(List.of());
    }

    private static Recording startRecording() throws Exception {
        var recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
        return recording;
    }

    private static void report(Map<String, Side> sides, WhatRan whatRan) {
        var runtime = ManagementFactory.getRuntimeMXBean();
        var collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(collector -> collector.getName())
                .collect(Collectors.joining(", "));
        System.out.println();
        System.out.println("==== /promise ack: bare Bolt against Followthrough ====");
        System.out.printf(
                Locale.ROOT,
                "  machine: %d cores, Java %s, heap max %d MB, collectors: %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                collectors);
        System.out.printf(
                Locale.ROOT,
                "  open loop at %d requests/s, latency from each request's scheduled send; %d x %d s a side,"
                        + " alternating, after %d s a side of warm-up%n",
                RATE,
                BLOCKS,
                BLOCK_SECONDS,
                WARMUP_SECONDS);
        System.out.printf(Locale.ROOT, "  JVM flags: %s%n", String.join(" ", runtime.getInputArguments()));
        var p99 = new ArrayList<Double>();
        for (var entry : sides.entrySet()) {
            var side = entry.getValue();
            var all = side.all();
            p99.add(percentile(all, 0.99) / 1000.0);
            System.out.printf(Locale.ROOT, "  %-14s %s%n", entry.getKey(), Side.summary(all));
            var failed = side.blocks.stream().mapToInt(OpenLoop.Block::failed).sum();
            var saved = side.blocks.stream().mapToInt(OpenLoop.Block::saved).sum();
            var other =
                    side.blocks.stream().mapToInt(OpenLoop.Block::otherAnswers).sum();
            var late = side.blocks.stream().mapToInt(OpenLoop.Block::late).sum();
            System.out.printf(
                    Locale.ROOT,
                    "  %-14s answers: %d in_channel (saved), %d other, %d failed; sender behind schedule %d times%n",
                    "",
                    saved,
                    other,
                    failed,
                    late);
            side.blocks.stream()
                    .map(OpenLoop.Block::anOtherAnswer)
                    .filter(answer -> !answer.isEmpty())
                    .findFirst()
                    .ifPresent(answer -> System.out.printf(
                            Locale.ROOT, "  %-14s an other answer: %s%n", "", Mrkdwn.shorten(answer, 160)));
            System.out.printf(
                    Locale.ROOT,
                    "  %-14s machine load (1-minute average) after each block: %s%n",
                    "",
                    String.join(" ", side.loads));
            System.out.printf(Locale.ROOT, "  %-14s Slack Web API calls meanwhile: %s%n", "", side.slackCalls);
            for (var line : whatRan.report(entry.getKey())) {
                System.out.printf(Locale.ROOT, "  %-14s %s%n", "", line);
            }
        }
        var ratio = p99.get(1) / p99.get(0);
        System.out.printf(
                Locale.ROOT,
                "  p99 ratio Followthrough / bare Bolt: %.2f (target <= 1.5: %s)%n",
                ratio,
                ratio <= 1.5 ? "met" : "MISSED");
        System.out.println("=======================================================");
    }

    /** The machine's 1-minute load average (Linux): other work on the same cores shows here. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException unknown) {
            return "?";
        }
    }

    private static long percentile(long[] sorted, double quantile) {
        var rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
