package dev.followthrough.bench;

import dev.followthrough.DatabaseUrl;
import dev.followthrough.platform.database.Database;
import dev.followthrough.support.ServiceProcess;
import dev.followthrough.support.SlackRequests;
import dev.followthrough.support.SlackStandIn;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One run of the delivery benchmark: a fresh database, {@code instances} service processes on it,
 * the seeded burst, and the wait until every nudge has been delivered (or the cap).
 */
final class DeliveryRun {

    private static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String BOT_TOKEN = "xoxb-bench";
    private static final Duration STARTING = Duration.ofSeconds(90);

    private final EmbeddedPostgres postgres;
    private final SlackStandIn standIn;
    private final DeliverySeed seed;
    private final DeliveryOptions options;
    private final Path directory;

    DeliveryRun(
            EmbeddedPostgres postgres,
            SlackStandIn standIn,
            DeliverySeed seed,
            DeliveryOptions options,
            Path directory) {
        this.postgres = postgres;
        this.standIn = standIn;
        this.seed = seed;
        this.options = options;
        this.directory = directory;
    }

    /**
     * The figures of each burst, in order: the first comes a few seconds after the services start
     * (their code not yet compiled to the full), the later ones to services already warm, as
     * a service running for days meets them. Between bursts the nudges of the one before are
     * deleted (its users stay, and its messages as the outbox's history) and the stand-in's records
     * and limits start again.
     */
    List<DeliveryFigures> run(int instances, String databaseName) throws Exception {
        var jdbcUrl = freshDatabase(databaseName);
        // Migrated here, so the services start on a ready schema and none races another to migrate.
        Database.open(Optional.of(new DatabaseUrl(jdbcUrl, Optional.empty(), Optional.empty())), directory)
                .close();
        prepareStandIn();

        var services = new ArrayList<ServiceProcess>();
        var ports = new ArrayList<Integer>();
        try {
            for (var instance = 0; instance < instances; instance++) {
                var port = ServiceProcess.freePort();
                ports.add(port);
                services.add(ServiceProcess.start(
                        classPath(), options.serviceJvm(), environment(jdbcUrl, port, instance), "serve"));
            }
            for (var instance = 0; instance < instances; instance++) {
                services.get(instance).awaitHealthy(ports.get(instance), STARTING);
            }
            if (options.tokens().equals("oauth")) {
                install(ports.get(0));
            }
            var figures = new ArrayList<DeliveryFigures>();
            for (var burst = 1; burst <= options.bursts(); burst++) {
                if (burst > 1) {
                    forgetNudges(jdbcUrl);
                    prepareStandIn();
                }
                var pids = services.stream().map(ServiceProcess::pid).toList();
                var before = ProcessorTime.now(pids);
                var delivered = burst(jdbcUrl, instances, burst);
                var spent = ProcessorTime.now(pids).since(before);
                DeliveryBenchmark.progress(
                        "%d instance(s), burst %d: processor time %s", instances, burst, spent.describe());
                figures.add(delivered.withProcessor(spent));
            }
            services.forEach(ServiceProcess::close);
            return figures;
        } finally {
            for (var instance = 0; instance < services.size(); instance++) {
                services.get(instance).close();
                var log = directory.resolve("delivery-" + instances + "-instance-" + (instance + 1) + ".log");
                Files.writeString(log, services.get(instance).output());
            }
        }
    }

    private DeliveryFigures burst(String jdbcUrl, int instances, int burst) throws Exception {
        var dueMoment = Instant.now()
                .plusSeconds(options.leadSeconds())
                .truncatedTo(ChronoUnit.SECONDS)
                .plusSeconds(1);
        var seeding = System.nanoTime();
        var seededAt = Instant.now();
        seed.write(jdbcUrl, dueMoment, options.spreadSeconds(), burst == 1);
        DeliveryBenchmark.progress(
                "%d instance(s), burst %d: seeded %,d nudges in %.1f s, due at %s",
                instances, burst, seed.nudges(), (System.nanoTime() - seeding) / 1e9, dueMoment);
        if (Instant.now().isAfter(dueMoment)) {
            DeliveryBenchmark.progress("seeding ended after the due moment: raise bench.leadSeconds");
        }
        awaitDelivered(jdbcUrl, dueMoment, instances);
        return DeliveryFigures.of(
                seed,
                dueMoment,
                options.limits(),
                options.latency(),
                standIn.replies(),
                outboxByStatus(jdbcUrl, seededAt),
                partsNotSent(jdbcUrl));
    }

    private void prepareStandIn() {
        standIn.reset();
        standIn.latency(options.latency());
        standIn.limitPostsPerWorkspace(options.workspacePerMinute(), options.workspaceBurst());
        standIn.limitPostsPerChannel(options.channelPerSecond(), options.channelBurst());
        standIn.teamOfUnregisteredCalls(
                call -> DeliverySeed.teamOfChannel(call.param("channel")).orElse(SlackStandIn.DEFAULT_TEAM));
    }

    /** A burst's nudges, once delivered: the next burst's are new commitments of the same users. */
    private static void forgetNudges(String jdbcUrl) throws SQLException {
        try (var connection = DriverManager.getConnection(jdbcUrl);
                var statement = connection.createStatement()) {
            statement.execute("DELETE FROM commitments");
        }
    }

    private Map<String, String> environment(String jdbcUrl, int port, int instance) throws Exception {
        var environment = new LinkedHashMap<String, String>();
        if (options.tokens().equals("single")) {
            environment.put("SLACK_BOT_TOKEN", BOT_TOKEN);
        } else {
            environment.put("SLACK_CLIENT_ID", SlackStandIn.CLIENT_ID);
            environment.put("SLACK_CLIENT_SECRET", SlackStandIn.CLIENT_SECRET);
        }
        environment.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
        environment.put("DATABASE_URL", jdbcUrl);
        environment.put(
                "DATA_DIR",
                Files.createTempDirectory("followthrough-delivery-" + instance).toString());
        environment.put("PORT", Integer.toString(port));
        environment.put("SLACK_API_URL", standIn.apiUrl());
        environment.put("PUBLIC_URL", "http://127.0.0.1:" + port);
        environment.put("WEEKLY_DIGESTS", "off");
        // The pacing the new dispatcher reads, set to the stand-in's limits (ignored by a dispatcher without it).
        environment.put("SLACK_POSTS_PER_WORKSPACE_PER_MINUTE", format(options.workspacePerMinute()));
        environment.put("SLACK_POSTS_PER_CHANNEL_PER_SECOND", format(options.channelPerSecond()));
        environment.putAll(options.environment());
        return environment;
    }

    /** Every workspace installed as a person would: the install page, Slack's approval, the redirect. */
    private void install(int port) {
        var requests = new SlackRequests(port, SIGNING_SECRET, standIn);
        for (var workspace = 0; workspace < seed.workspaces(); workspace++) {
            var browser = requests.browser();
            var page = browser.get("/slack/install");
            var code = standIn.authorizationCode(DeliverySeed.team(workspace), DeliverySeed.user(workspace, 0));
            var back = browser.returnFromSlack(page, code);
            if (back.status() >= 400) {
                throw new IllegalStateException("installing " + DeliverySeed.team(workspace) + " failed: " + back);
            }
        }
    }

    private void awaitDelivered(String jdbcUrl, Instant dueMoment, int instances) throws Exception {
        var cap = dueMoment.plusSeconds(options.capSeconds());
        var lastProgress = Instant.now();
        try (var connection = DriverManager.getConnection(jdbcUrl)) {
            while (Instant.now().isBefore(cap)) {
                Thread.sleep(250);
                if (Instant.now().isBefore(dueMoment)) {
                    continue;
                }
                var stillDue = number(
                        connection, "SELECT count(*) FROM commitments WHERE next_check_at <= '" + dueMoment + "'");
                var pending = number(connection, "SELECT count(*) FROM outbox WHERE status = 'PENDING'");
                var rows = number(connection, "SELECT count(*) FROM outbox");
                if (stillDue == 0 && pending == 0 && rows > 0) {
                    return;
                }
                if (Duration.between(lastProgress, Instant.now()).toSeconds() >= 10) {
                    lastProgress = Instant.now();
                    DeliveryBenchmark.progress(
                            "%d instance(s): %,d still due, %,d outbox rows, %,d pending, %,d answered",
                            instances,
                            stillDue,
                            rows,
                            pending,
                            standIn.replies().size());
                }
            }
            DeliveryBenchmark.progress("%d instance(s): cap of %d s reached", instances, options.capSeconds());
        }
    }

    /** The outbox rows queued since {@code since}: this burst's. */
    private static Map<String, Long> outboxByStatus(String jdbcUrl, Instant since) throws SQLException {
        var counts = new LinkedHashMap<String, Long>();
        try (var connection = DriverManager.getConnection(jdbcUrl);
                var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT status, count(*) FROM outbox WHERE created_at >= '" + since
                        + "' GROUP BY status ORDER BY status DESC")) {
            while (result.next()) {
                counts.put(result.getString(1), result.getLong(2));
            }
        }
        return counts;
    }

    /** The commitments whose outbox row is not SENT (or that have none): a lost nudge's number. */
    private static List<Integer> partsNotSent(String jdbcUrl) throws SQLException {
        var parts = new ArrayList<Integer>();
        try (var connection = DriverManager.getConnection(jdbcUrl);
                var statement = connection.createStatement();
                var result = statement.executeQuery("""
                        SELECT c.what FROM commitments c
                        WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.commitment_id = c.id AND o.status = 'SENT')""")) {
            while (result.next()) {
                parts.addAll(DeliverySeed.partsNamedIn(result.getString(1)));
            }
        }
        return parts;
    }

    private String freshDatabase(String name) throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    private static long number(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /**
     * The class path to start the service with. Under {@code exec:java} the benchmark runs inside
     * Maven's JVM, whose {@code java.class.path} is Maven's own: the project's is its class loader's.
     */
    private static String classPath() throws URISyntaxException {
        var loader = Thread.currentThread().getContextClassLoader();
        if (loader instanceof URLClassLoader urls && urls.getURLs().length > 0) {
            var entries = new ArrayList<String>();
            for (var url : urls.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            return entries.stream().collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    private static String format(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }
}
