package dev.followthrough.bench;

import dev.followthrough.support.SlackStandIn;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Delivery of a burst: {@code workspaces} x {@code users} nudges due at one moment, sent by the real
 * due sweep and the real dispatcher of one and then two service processes on one database, to a
 * Slack stand-in that answers after a latency and enforces per-channel and per-workspace limits
 * with 429 and {@code Retry-After}. Prints how close delivery came to the most the limits allow, the
 * times from due to delivered, the share of calls answered 429, and what was lost or doubled.
 *
 * <p>Run with {@code mvn -B -Pbench-delivery verify}. System properties (all optional, each also
 * without its {@code bench.} prefix): {@code bench.workspaces} (200), {@code bench.users} (100 per
 * workspace), {@code bench.instances} (1,2), {@code bench.latencyMs} (100), {@code
 * bench.workspacePerMinute} (600), {@code bench.workspaceBurst} (10), {@code bench.channelPerSecond}
 * (1), {@code bench.channelBurst} (3), {@code bench.leadSeconds} (10, from seeding to the due
 * moment), {@code bench.spreadSeconds} (0: all due at the same instant), {@code bench.capSeconds}
 * (600 after the due moment), {@code bench.probeCallers} (the limits' full rate x latency: 200) and
 * {@code bench.probeSeconds} (5; 0 skips the stand-in check), {@code bench.bursts} (2: the first
 * a few seconds after the services start, the next to the same services once warm), {@code bench.tokens} ({@code single}: one SLACK_BOT_TOKEN for
 * every team; {@code oauth}: each workspace installed through {@code /slack/install} with a token
 * of its own), {@code bench.serviceJvm} (options for the service JVMs, space-separated; {@code @jvm.options}, the service's
 * own, unless set), and {@code
 * bench.env.NAME=value} for any variable of the services' environment (e.g. {@code
 * bench.env.OUTBOX_SENDERS=16}).
 */
public final class DeliveryBenchmark {

    private final List<String> report = new ArrayList<>();

    private DeliveryBenchmark() {}

    public static void main(String[] args) throws Exception {
        new DeliveryBenchmark().run();
    }

    private void run() throws Exception {
        var options = DeliveryOptions.read();
        var seed = new DeliverySeed(options.workspaces(), options.users());
        var directory = Files.createDirectories(Path.of("target/bench"));
        var figures = new ArrayList<DeliveryFigures>();
        var columns = new ArrayList<String>();
        try (var postgres = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("shared_buffers", "256MB")
                        .start();
                var standIn = new SlackStandIn()) {
            line(
                    "machine",
                    Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));
            line(
                    "service",
                    "child processes (support/ServiceProcess), each its own JVM: "
                            + (options.serviceJvm().isEmpty()
                                    ? "default JVM options"
                                    : String.join(" ", options.serviceJvm())));
            line(
                    "tokens",
                    options.tokens().equals("oauth")
                            ? "one per workspace, each installed through /slack/install"
                            : "one SLACK_BOT_TOKEN for every team; the stand-in names the team from the DM's user id");
            line("stand-in limits", options.limitsInWords());
            line(
                    "seeded",
                    String.format(
                            Locale.ROOT,
                            "%,d workspaces x %,d users, one 1-hour nudge each (%,d), due %s",
                            seed.workspaces(),
                            seed.usersPerWorkspace(),
                            seed.nudges(),
                            options.spreadSeconds() == 0
                                    ? "at the same instant"
                                    : "over " + options.spreadSeconds() + " s"));
            if (options.probeSeconds() > 0) {
                var probe = StandInCapacity.probe(
                        standIn, options.latency(), options.callersForProbe(), options.probeSeconds());
                line("stand-in check", probe.describe(options.latency()));
            }
            for (var instances : options.instances()) {
                var run = new DeliveryRun(postgres, standIn, seed, options, directory);
                var bursts = run.run(instances, "delivery_" + instances);
                for (var burst = 0; burst < bursts.size(); burst++) {
                    figures.add(bursts.get(burst));
                    columns.add(instances
                            + (instances == 1 ? " instance" : " instances")
                            + (bursts.size() == 1 ? "" : burst == 0 ? ", first" : ", burst " + (burst + 1)));
                }
            }
        }
        table(columns, figures);
    }

    private void table(List<String> columns, List<DeliveryFigures> runs) {
        System.out.println();
        System.out.println("==== Delivery of a burst ====");
        report.forEach(System.out::println);
        System.out.println();
        var header = new StringBuilder(String.format(Locale.ROOT, "  %-36s", ""));
        columns.forEach(column -> header.append(String.format(Locale.ROOT, " %22s", column)));
        System.out.println(header);
        row(runs, "nudges", figures -> String.format(Locale.ROOT, "%,d", figures.nudges()));
        row(runs, "delivered (distinct)", figures -> String.format(Locale.ROOT, "%,d", figures.delivered()));
        row(runs, "lost (target 0)", figures -> Integer.toString(figures.lost()));
        row(runs, "doubled (target 0)", figures -> Integer.toString(figures.doubled()));
        row(runs, "accepted, row not SENT", figures -> Long.toString(figures.acceptedWithRowNotSent()));
        row(runs, "outbox rows", figures -> figures.outboxByStatus().toString());
        row(runs, "workspaces posted to (call.team())", figures -> Integer.toString(figures.workspacesPostedTo()));
        row(runs, "chat.postMessage calls", figures -> String.format(Locale.ROOT, "%,d", figures.postCalls()));
        row(
                runs,
                "429s (share, target < 1 %)",
                figures -> String.format(
                        Locale.ROOT, "%,d (%.2f %%)", figures.limitedCalls(), 100 * figures.limitedShare()));
        row(runs, "other Web API calls", figures -> String.format(Locale.ROOT, "%,d", figures.otherCalls()));
        row(runs, "first delivered after due", figures -> seconds(figures.percentileMillis(0.0) / 1000.0));
        row(runs, "last delivered after due", figures -> seconds(figures.fromDueSeconds()));
        row(
                runs,
                "rate, first to last delivered",
                figures -> String.format(Locale.ROOT, "%,.1f /s", figures.ratePerSecond()));
        row(
                runs,
                "most the limits allow (T_min)",
                figures -> String.format(
                        Locale.ROOT, "%,.0f /s (%.1f s)", figures.allowedPerSecond(), figures.shortestSeconds()));
        row(runs, "share, first to last (>= 95 %)", figures -> percent(figures.share(figures.windowSeconds())));
        row(runs, "share, due to last", figures -> percent(figures.share(figures.fromDueSeconds())));
        row(runs, "due -> delivered p50", figures -> seconds(figures.percentileMillis(0.50) / 1000.0));
        row(runs, "due -> delivered p99", figures -> seconds(figures.percentileMillis(0.99) / 1000.0));
        row(runs, "due -> delivered max", figures -> seconds(figures.percentileMillis(1.0) / 1000.0));
        row(
                runs,
                "stand-in answer lag p99",
                figures -> String.format(Locale.ROOT, "%.0f ms over latency", figures.standInLagP99Millis()));
        row(
                runs,
                "processor s: services",
                figures -> seconds(figures.processor().services()));
        row(
                runs,
                "  benchmark and stand-in",
                figures -> seconds(figures.processor().benchmark()));
        row(runs, "  PostgreSQL", figures -> seconds(figures.processor().postgres()));
        row(
                runs,
                "  machine, of wall x cores",
                figures -> String.format(
                        Locale.ROOT,
                        "%.1f of %.1f s",
                        figures.processor().machine(),
                        figures.processor().wall() * Runtime.getRuntime().availableProcessors()));
        System.out.println();
        System.out.println("  T_min = max over workspaces w and channels c of (n - burst) / rate: every workspace");
        System.out.println("  posts its burst at once, then its rate. share = T_min / T (T: first to last delivery,");
        System.out.println(
                "  or due moment to last); rate = delivered / T; delivered at the stand-in's first ok answer.");
        System.out.println("=============================");
    }

    private static void row(List<DeliveryFigures> runs, String label, Function<DeliveryFigures, String> value) {
        var text = new StringBuilder(String.format(Locale.ROOT, "  %-36s", label));
        runs.forEach(figures -> text.append(String.format(Locale.ROOT, " %22s", value.apply(figures))));
        System.out.println(text);
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.2f s", seconds);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }

    private void line(String label, String value) {
        var text = String.format(Locale.ROOT, "  %-20s %s", label, value);
        report.add(text);
        System.out.println(text);
    }

    static void progress(String format, Object... arguments) {
        System.out.printf(Locale.ROOT, "[%s] " + format + "%n", prepend(Instant.now(), arguments));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        var all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
