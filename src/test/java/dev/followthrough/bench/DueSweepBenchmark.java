package dev.followthrough.bench;

import com.slack.api.Slack;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.followthrough.DatabaseUrl;
import dev.followthrough.channel.ChannelPosts;
import dev.followthrough.ledger.AfterEveryWrite;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.platform.database.Database;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.reminder.ReminderFeature;
import dev.followthrough.user.UserProfiles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import javax.sql.DataSource;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleListener;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.postgresql.PGConnection;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * The due sweep against a burst, and the same burst as one Quartz trigger per commitment.
 *
 * <p>Loads a million open commitments into a fresh embedded PostgreSQL migrated like the app's,
 * a tenth of them due a 1-hour nudge within the same minute, and runs the real sweep every two
 * seconds (as its Quartz job does) until each has been nudged once. Then it schedules the same due
 * moments as one-off Quartz triggers on a clustered JDBC JobStore in the same database, each job
 * updating its commitment's row, and compares the rates and lateness.
 *
 * <p>Run with {@code mvn -B -Pbench verify}. System properties (all optional): {@code
 * bench.commitments} (1000000), {@code bench.burst} (100000), {@code bench.burstSeconds} (60),
 * {@code bench.quartzCapSeconds} (600, counted from the first due moment), {@code
 * bench.quartzThreads} (10), {@code bench.synchronousCommit} (on), {@code bench.dir} (target/bench),
 * {@code bench.jfr} (false: true records the sweep with Flight Recorder into the bench directory).
 */
public final class DueSweepBenchmark {

    private static final int COMMITMENTS = Integer.getInteger("bench.commitments", 1_000_000);
    private static final int BURST = Integer.getInteger("bench.burst", 100_000);
    private static final int BURST_SECONDS = Integer.getInteger("bench.burstSeconds", 60);
    private static final int QUARTZ_CAP_SECONDS = Integer.getInteger("bench.quartzCapSeconds", 600);
    private static final int QUARTZ_THREADS = Integer.getInteger("bench.quartzThreads", 10);
    private static final String SYNCHRONOUS_COMMIT = System.getProperty("bench.synchronousCommit", "on");
    private static final boolean PROFILE = Boolean.getBoolean("bench.jfr");
    private static final Path DIR = Path.of(System.getProperty("bench.dir", "target/bench"));

    private static final int TEAMS = 10;
    private static final int OWNERS = 1_000;
    /** As the app schedules its sweep (ReminderFeature.SWEEP_SECONDS). */
    private static final Duration SWEEP_EVERY = Duration.ofSeconds(2);
    /** Longest the sweep phase may run past the end of the burst before giving up. */
    private static final Duration SWEEP_CAP = Duration.ofMinutes(5);

    private static final Map<String, String> SERVER_CONFIG = new LinkedHashMap<>();

    static {
        SERVER_CONFIG.put("shared_buffers", "1GB");
        SERVER_CONFIG.put("max_wal_size", "4GB");
        SERVER_CONFIG.put("synchronous_commit", SYNCHRONOUS_COMMIT);
    }

    private final List<String> report = new ArrayList<>();

    private DueSweepBenchmark() {}

    public static void main(String[] args) throws Exception {
        new DueSweepBenchmark().run();
    }

    private void run() throws Exception {
        Files.createDirectories(DIR);
        var builder = EmbeddedPostgres.builder();
        SERVER_CONFIG.forEach(builder::setServerConfig);
        try (var postgres = builder.start()) {
            var jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
            try (var database =
                    Database.open(Optional.of(new DatabaseUrl(jdbcUrl, Optional.empty(), Optional.empty())), DIR)) {
                line("PostgreSQL", "embedded (zonky), " + serverVersion(jdbcUrl));
                line(
                        "server config",
                        SERVER_CONFIG.toString() + "; fsync and full_page_writes off while loading only,"
                                + " synchronous_commit off on the loading session only");
                line(
                        "machine",
                        Runtime.getRuntime().availableProcessors() + " cores, Java "
                                + System.getProperty("java.version"));
                var burst = load(jdbcUrl);
                sweepPhase(database.jdbi(), jdbcUrl, burst);
                quartzPhase(jdbcUrl, burst);
            }
        }
        System.out.println();
        System.out.println("==== Due sweep vs one Quartz trigger per commitment ====");
        report.forEach(System.out::println);
        System.out.println("========================================================");
    }

    // ---------------------------------------------------------------------------------------------
    // Loading

    /** The burst's commitments, in due order: ids and scheduled next checks (epoch micros). */
    private record Burst(long[] ids, long[] dueMicros, Instant firstDue, Instant lastDue) {}

    private Burst load(String jdbcUrl) throws SQLException, java.io.IOException {
        var started = System.nanoTime();
        var now = Instant.now();
        // A zone where the burst falls around 13:00, so the 1-hour nudge is inside working hours
        // (all seven days are working days: the run may fall on a weekend).
        var hour = now.atZone(ZoneOffset.UTC).getHour();
        var zone = ZoneOffset.ofHours(12 - hour).getId();
        try (var connection = DriverManager.getConnection(jdbcUrl)) {
            setFastLoading(connection, true);
            try (var statement = connection.createStatement()) {
                statement.execute("SET synchronous_commit = off");
            }
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            var users = new StringBuilder();
            for (var owner = 0; owner < OWNERS; owner++) {
                users.append(team(owner))
                        .append('\t')
                        .append(user(owner))
                        .append('\t')
                        .append(zone)
                        .append("\ten-US\t")
                        .append(now)
                        .append("\tMONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY\n");
            }
            copy.copyIn(
                    "COPY users (team_id, user_id, time_zone, locale, profile_fetched_at, work_days) FROM STDIN",
                    new StringReader(users.toString()));

            // The quiet majority: next checks two to nine days ahead.
            var later = COMMITMENTS - BURST;
            var chunk = 100_000;
            for (var from = 0; from < later; from += chunk) {
                var rows = new StringBuilder(chunk * 300);
                for (var index = from; index < Math.min(later, from + chunk); index++) {
                    var due = now.plus(Duration.ofDays(2)).plusSeconds((index * 7919L) % (7 * 24 * 3600));
                    var made = now.minus(Duration.ofDays(1));
                    row(rows, index, due, due.minus(Duration.ofHours(24)), made, made, null, zone);
                }
                copy.copyIn(COPY_COMMITMENTS, new StringReader(rows.toString()));
            }
            try (var statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE");
            }
            // From here on, durable as the app runs it.
            setFastLoading(connection, false);
            try (var statement = connection.createStatement()) {
                statement.execute("CHECKPOINT");
            }

            // The burst: 1-hour nudges due over one minute starting a few seconds from now, the
            // 24-hour nudge already sent the day before.
            var firstDue = Instant.now().plusSeconds(8).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            var rows = new StringBuilder(BURST * 300);
            var spanMicros = BURST_SECONDS * 1_000_000L;
            for (var index = 0; index < BURST; index++) {
                var check = firstDue.plus(Duration.ofNanos(index * spanMicros / BURST * 1000));
                var due = check.plus(Duration.ofHours(1));
                var made = due.minus(Duration.ofDays(3));
                var dayBefore = due.minus(Duration.ofHours(24));
                row(rows, later + index, due, check, made, dayBefore, dayBefore, zone);
            }
            copy.copyIn(COPY_COMMITMENTS, new StringReader(rows.toString()));
            try (var statement = connection.createStatement()) {
                statement.execute("ANALYZE commitments");
            }
            var ids = new long[BURST];
            var dues = new long[BURST];
            try (var statement = connection.prepareStatement(
                    "SELECT id, next_check_at FROM commitments WHERE next_check_at < ? ORDER BY next_check_at, id")) {
                statement.setObject(
                        1, java.time.OffsetDateTime.ofInstant(now.plus(Duration.ofDays(1)), ZoneOffset.UTC));
                try (var result = statement.executeQuery()) {
                    var index = 0;
                    while (result.next()) {
                        ids[index] = result.getLong(1);
                        dues[index] = micros(result.getObject(2, java.time.OffsetDateTime.class)
                                .toInstant());
                        index++;
                    }
                    if (index != BURST) {
                        throw new IllegalStateException("expected " + BURST + " burst rows, found " + index);
                    }
                }
            }
            var loaded = Instant.now();
            var lastDue = instantOfMicros(dues[BURST - 1]);
            line(
                    "loaded",
                    String.format(
                            Locale.ROOT,
                            "%,d open commitments (%,d due within %d s) for %,d owners in %d teams, in %.1f s",
                            COMMITMENTS,
                            BURST,
                            BURST_SECONDS,
                            OWNERS,
                            TEAMS,
                            seconds(System.nanoTime() - started)));
            line("owner zone", zone + " (burst at about 12:00 local; working hours 09-18, every day)");
            line(
                    "first due moment",
                    String.format(
                            Locale.ROOT,
                            "%s, %.1f s after loading ended; last due %s",
                            firstDue,
                            Duration.between(loaded, firstDue).toMillis() / 1000.0,
                            lastDue));
            return new Burst(ids, dues, firstDue, lastDue);
        }
    }

    private static final String COPY_COMMITMENTS = """
            COPY commitments (team_id, owner_id, what, direction, counterparty_user_id, firmness, due_at,
                              due_phrase, due_zone, status, channel_id, next_check_at, created_at, updated_at,
                              deadline_set_at, nudged_through, last_nudged_at)
            FROM STDIN""";

    private static void row(
            StringBuilder rows,
            int index,
            Instant due,
            Instant nextCheck,
            Instant made,
            Instant nudgedThrough,
            Instant lastNudged,
            String zone) {
        var owner = index % OWNERS;
        // The counterparty: another user of the same team.
        var counterparty = (owner / 100) * 100 + (owner + 37) % 100;
        rows.append(team(owner))
                .append('\t')
                .append(user(owner))
                .append("\tSend the quarterly numbers, part ")
                .append(index)
                .append("\tMINE\t")
                .append(user(counterparty))
                .append("\tHARD\t")
                .append(due)
                .append("\tby tomorrow 1pm\t")
                .append(zone)
                .append("\tOPEN\tC0BENCH\t")
                .append(nextCheck)
                .append('\t')
                .append(made)
                .append('\t')
                .append(made)
                .append('\t')
                .append(made)
                .append('\t')
                .append(nudgedThrough)
                .append('\t')
                .append(lastNudged == null ? "\\N" : lastNudged.toString())
                .append('\n');
    }

    private static String team(int owner) {
        return String.format(Locale.ROOT, "T%02d", owner / (OWNERS / TEAMS));
    }

    private static String user(int owner) {
        return String.format(Locale.ROOT, "U%04d", owner);
    }

    private static void setFastLoading(Connection connection, boolean fast) throws SQLException {
        try (var statement = connection.createStatement()) {
            if (fast) {
                statement.execute("ALTER SYSTEM SET fsync = off");
                statement.execute("ALTER SYSTEM SET full_page_writes = off");
            } else {
                statement.execute("ALTER SYSTEM RESET fsync");
                statement.execute("ALTER SYSTEM RESET full_page_writes");
            }
            statement.execute("SELECT pg_reload_conf()");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The due sweep

    private void sweepPhase(Jdbi jdbi, String jdbcUrl, Burst burst) throws Exception {
        var clock = Clock.systemUTC();
        var profiles = new UserProfiles(jdbi, teamId -> Slack.getInstance().methods("xoxb-bench", teamId), clock);
        var outbox = new Outbox(jdbi, clock);
        var sweep = ReminderFeature.sweep(
                jdbi, new Ledger(jdbi, AfterEveryWrite.NOTHING), outbox, new ChannelPosts(outbox), profiles, clock);
        var statements = new StatementTimes();
        jdbi.setSqlLogger(statements);
        // Each batch's handle closes right after its transaction commits: that is when its checks
        // are done for everyone else.
        var closes = new java.util.concurrent.ConcurrentLinkedQueue<Long>();
        HandleListener closed = new HandleListener() {
            @Override
            public void handleClosed(Handle handle) {
                closes.add(micros(Instant.now()));
            }
        };
        jdbi.getConfig(Handles.class).addListener(closed);
        var runs = new ArrayList<long[]>(); // {start micros, end micros, handled}
        var recording = PROFILE ? new Recording(Configuration.getConfiguration("profile")) : new Recording();
        if (PROFILE) {
            // Jdbi's own per-statement event records a stack each time: too heavy to leave on.
            recording.disable("jdbi.statement");
            recording.setDestination(DIR.resolve("sweep.jfr"));
            recording.start();
        }
        long busyNanos = 0;
        var handled = 0L;
        var giveUp = burst.lastDue().plus(SWEEP_CAP);
        // The outbox dispatcher sends beside the sweep, as in service, on a pool of its own (its
        // statements and handles stay out of the sweep's figures), against a 100 ms stand-in of Slack.
        try (var beside = Dispatching.beside(jdbcUrl);
                var counter = DriverManager.getConnection(jdbcUrl)) {
            var tick = Instant.now();
            while (handled < BURST && Instant.now().isBefore(giveUp)) {
                sleepUntil(tick);
                var start = Instant.now();
                var startNanos = System.nanoTime();
                sweep.run();
                var took = System.nanoTime() - startNanos;
                var end = Instant.now();
                var total = count(counter, "SELECT count(*) FROM outbox");
                var delta = total - handled;
                handled = total;
                if (delta > 0) {
                    busyNanos += took;
                    runs.add(new long[] {micros(start), micros(end), delta});
                    System.out.printf(
                            Locale.ROOT,
                            "sweep at %s: %,6d checks in %6.3f s (%,d so far)%n",
                            start,
                            delta,
                            seconds(took),
                            handled);
                }
                tick = tick.plus(SWEEP_EVERY);
                if (tick.isBefore(Instant.now())) {
                    // An overrun: Quartz fires the late run as soon as the previous one ends.
                    tick = Instant.now();
                }
            }
        } finally {
            if (PROFILE) {
                recording.stop();
            }
            recording.close();
            jdbi.setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
            jdbi.getConfig(Handles.class).removeListener(closed);
        }

        // What was handled, and when: the outbox row's created_at is the sweep's clock when it
        // wrote it; the first handle closed after that is its batch's, just committed.
        var written = new long[(int) handled];
        var committed = new long[(int) handled];
        var bucket = 10_000_000L;
        var buckets = (int) ((micros(burst.lastDue().plus(SWEEP_CAP)) - micros(burst.firstDue())) / bucket) + 2;
        var dueIn = new long[buckets];
        var handledIn = new long[buckets];
        var worstIn = new long[buckets];
        long outboxRows;
        long distinctCommitments;
        long nudgeRows;
        long stillDue;
        Instant firstHandled;
        Instant lastHandled;
        try (var connection = DriverManager.getConnection(jdbcUrl)) {
            // A folded message tells several commitments at once (one owner's minute): each of its
            // members counts as told when the message was written.
            var told = """
                    (SELECT o.created_at, o.dedupe_key, COALESCE(p.commitment_id, o.commitment_id) AS commitment_id
                     FROM outbox o LEFT JOIN reminder_fold_parts p
                       ON p.team_id = o.team_id AND p.fold_key = o.dedupe_key AND p.commitment_id IS NOT NULL) t""";
            outboxRows = count(connection, "SELECT count(*) FROM " + told);
            distinctCommitments = count(connection, "SELECT count(DISTINCT commitment_id) FROM " + told);
            nudgeRows = count(
                    connection,
                    "SELECT count(*) FROM " + told + " WHERE dedupe_key LIKE 'nudge:%' OR dedupe_key LIKE 'fold:%'");
            stillDue = count(
                    connection, "SELECT count(*) FROM commitments WHERE next_check_at <= '" + burst.lastDue() + "'");
            try (var statement = connection.createStatement();
                    var result = statement.executeQuery("SELECT t.created_at, c.due_at - interval '1 hour' FROM " + told
                            + " JOIN commitments c ON c.id = t.commitment_id")) {
                var index = 0;
                var closings =
                        closes.stream().mapToLong(Long::longValue).sorted().toArray();
                while (result.next()) {
                    var at = micros(
                            result.getObject(1, java.time.OffsetDateTime.class).toInstant());
                    var scheduled = micros(
                            result.getObject(2, java.time.OffsetDateTime.class).toInstant());
                    written[index] = at - scheduled;
                    var closing = Arrays.binarySearch(closings, at);
                    closing = closing >= 0 ? closing : -closing - 1;
                    committed[index] = closings[Math.min(closings.length - 1, closing)] - scheduled;
                    var slot = (int) Math.max(0, (at - micros(burst.firstDue())) / bucket);
                    dueIn[(int) Math.max(0, (scheduled - micros(burst.firstDue())) / bucket)]++;
                    handledIn[slot]++;
                    worstIn[slot] = Math.max(worstIn[slot], committed[index]);
                    index++;
                }
            }
            firstHandled = instantOfMicros(runs.get(0)[0]);
            lastHandled = instantOfMicros(runs.get(runs.size() - 1)[1]);
        }
        Arrays.sort(written);
        Arrays.sort(committed);
        var drainRate = handled / seconds(busyNanos);
        var wallSeconds = Duration.between(burst.firstDue(), lastHandled).toMillis() / 1000.0;
        sweepRate = drainRate;

        section("DUE SWEEP (ReminderFeature.sweep, batch 500, run every 2 s on real time)");
        line("checks handled", String.format(Locale.ROOT, "%,d of %,d", handled, BURST));
        line(
                "reminders told",
                String.format(
                        Locale.ROOT,
                        "%,d (%,d nudges, %,d distinct commitments; folded messages count each member) -> %s",
                        outboxRows,
                        nudgeRows,
                        distinctCommitments,
                        outboxRows == BURST && distinctCommitments == BURST ? "exactly once" : "NOT exactly once"));
        line("burst rows still due", String.format(Locale.ROOT, "%,d", stillDue));
        line(
                "elapsed",
                String.format(
                        Locale.ROOT,
                        "%.1f s from the first due moment to the last run's end (%s .. %s)",
                        wallSeconds,
                        firstHandled,
                        lastHandled));
        line(
                "sweeping time",
                String.format(Locale.ROOT, "%.2f s in %d runs that found work", seconds(busyNanos), runs.size()));
        line(
                "checks/s while draining",
                String.format(Locale.ROOT, "%,.0f (checks / time inside runs that found work)", drainRate));
        line(
                "checks/s over the burst",
                String.format(
                        Locale.ROOT,
                        "%,.0f (checks / elapsed; bounded by the arrival rate of %,.0f/s)",
                        handled / wallSeconds,
                        (double) BURST / BURST_SECONDS));
        line("lateness, row written", latenessMicros(written));
        line("lateness, committed", latenessMicros(committed));
        line(
                "targets",
                String.format(
                        Locale.ROOT,
                        ">= 5,000 checks/s: %s; p99 < 5 s: %s",
                        drainRate >= 5_000 ? "met" : "MISSED",
                        committed.length > 0 && percentile(committed, 0.99) < 5_000_000 ? "met" : "MISSED"));
        section("Sweep timeline (from the first due moment, by outbox row written)");
        for (var slot = 0; slot < buckets; slot++) {
            if (dueIn[slot] == 0 && handledIn[slot] == 0) {
                continue;
            }
            line(
                    String.format(Locale.ROOT, "  +%3d..%3d s", slot * 10, slot * 10 + 10),
                    String.format(
                            Locale.ROOT,
                            "due %,7d  handled %,7d  (%,6.0f/s)  worst lateness committed %6.2f s",
                            dueIn[slot],
                            handledIn[slot],
                            handledIn[slot] / 10.0,
                            worstIn[slot] / 1e6));
        }
        section("Where the sweep's time goes (JDBI statement timings, all runs that found work)");
        var sqlNanos = 0L;
        for (var entry : statements.sorted()) {
            sqlNanos += entry.nanos.get();
            line(
                    "  " + entry.name,
                    String.format(
                            Locale.ROOT,
                            "%,9d x %7.1f us = %6.2f s (%4.1f%%)",
                            entry.count.get(),
                            entry.nanos.get() / 1000.0 / Math.max(1, entry.count.get()),
                            seconds(entry.nanos.get()),
                            100.0 * entry.nanos.get() / busyNanos));
        }
        line(
                "  outside statements",
                String.format(
                        Locale.ROOT,
                        "%6.2f s (%4.1f%%): plan, messages, JSON, Jdbi binding/proxies, commits",
                        seconds(busyNanos - sqlNanos),
                        100.0 * (busyNanos - sqlNanos) / busyNanos));
        if (PROFILE) {
            line("  profile", DIR.resolve("sweep.jfr").toAbsolutePath() + " (JFR)");
        }
    }

    private double sweepRate;

    /** Per-statement execution times, from Jdbi's logger (execution only, not mapping). */
    private static final class StatementTimes implements SqlLogger {

        static final class Entry {
            final String name;
            final AtomicInteger count = new AtomicInteger();
            final java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();

            Entry(String name) {
                this.name = name;
            }
        }

        private final Map<String, Entry> entries = new java.util.concurrent.ConcurrentHashMap<>();

        private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

        @Override
        public void logAfterExecution(StatementContext context) {
            var entry = entries.computeIfAbsent(context.getRawSql(), sql -> {
                var text = SPACES.matcher(sql.strip()).replaceAll(" ");
                return new Entry(text.length() > 40 ? text.substring(0, 40) + "…" : text);
            });
            entry.count.incrementAndGet();
            entry.nanos.addAndGet(Duration.between(context.getExecutionMoment(), context.getCompletionMoment())
                    .toNanos());
        }

        List<Entry> sorted() {
            var byName = new LinkedHashMap<String, Entry>();
            entries.values()
                    .forEach(entry -> byName.merge(entry.name, entry, (one, other) -> {
                        one.count.addAndGet(other.count.get());
                        one.nanos.addAndGet(other.nanos.get());
                        return one;
                    }));
            var list = new ArrayList<>(byName.values());
            list.sort(
                    Comparator.comparingLong((Entry entry) -> entry.nanos.get()).reversed());
            return list;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // One Quartz trigger per commitment

    /** What the Quartz jobs report: when each commitment's job ran. */
    static final class Firings {
        final Map<Long, Integer> indexOf = new HashMap<>();
        final AtomicLongArray firedAtMillis;
        final AtomicInteger fired = new AtomicInteger();
        final AtomicInteger twice = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final DataSource dataSource;

        Firings(long[] ids, DataSource dataSource) {
            for (var index = 0; index < ids.length; index++) {
                indexOf.put(ids[index], index);
            }
            this.firedAtMillis = new AtomicLongArray(ids.length);
            this.dataSource = dataSource;
        }
    }

    /** The obvious per-commitment job: look the commitment up and touch its row. */
    public static final class NudgeJob implements Job {

        static volatile Firings firings;

        @Override
        public void execute(JobExecutionContext context) {
            var now = System.currentTimeMillis();
            var id = context.getMergedJobDataMap().getLong("commitmentId");
            var index = firings.indexOf.get(id);
            if (firings.firedAtMillis.compareAndSet(index, 0, now)) {
                firings.fired.incrementAndGet();
            } else {
                firings.twice.incrementAndGet();
            }
            try (var connection = firings.dataSource.getConnection();
                    var statement = connection.prepareStatement(
                            "UPDATE commitments SET last_nudged_at = now(), updated_at = now() WHERE id = ?")) {
                statement.setLong(1, id);
                statement.executeUpdate();
            } catch (SQLException failed) {
                firings.failed.incrementAndGet();
            }
        }
    }

    private void quartzPhase(String jdbcUrl, Burst burst) throws Exception {
        var hikari = new HikariConfig();
        hikari.setPoolName("bench-quartz");
        hikari.setJdbcUrl(jdbcUrl);
        hikari.setMaximumPoolSize(QUARTZ_THREADS + 6);
        try (var pool = new HikariDataSource(hikari)) {
            DBConnectionManager.getInstance().addConnectionProvider("bench-quartz", new ConnectionProvider() {
                @Override
                public Connection getConnection() throws SQLException {
                    return pool.getConnection();
                }

                @Override
                public void shutdown() {}

                @Override
                public void initialize() {}
            });
            // As platform/scheduler/Scheduler configures Quartz.
            var properties = new Properties();
            properties.setProperty("org.quartz.scheduler.instanceName", "followthrough");
            properties.setProperty("org.quartz.scheduler.instanceId", "AUTO");
            properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
            properties.setProperty("org.quartz.threadPool.threadCount", Integer.toString(QUARTZ_THREADS));
            properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
            properties.setProperty(
                    "org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
            properties.setProperty("org.quartz.jobStore.dataSource", "bench-quartz");
            properties.setProperty("org.quartz.jobStore.tablePrefix", "qrtz_");
            properties.setProperty("org.quartz.jobStore.isClustered", "true");
            properties.setProperty("org.quartz.jobStore.clusterCheckinInterval", "10000");
            properties.setProperty("org.quartz.jobStore.misfireThreshold", "30000");
            var quartz = new StdSchedulerFactory(properties).getScheduler();
            var firings = new Firings(burst.ids(), pool);
            NudgeJob.firings = firings;
            var job = JobBuilder.newJob(NudgeJob.class)
                    .withIdentity("nudge", "commitments")
                    .storeDurably()
                    .build();
            quartz.addJob(job, true);
            quartz.start();
            try {
                runQuartz(quartz, job.getKey(), burst, firings);
            } finally {
                quartz.shutdown(true);
            }
        }
    }

    private void runQuartz(org.quartz.Scheduler quartz, JobKey job, Burst burst, Firings firings)
            throws SchedulerException, InterruptedException {
        // How long scheduling a trigger takes here, on throwaway triggers a day ahead: the burst
        // must start only after all of its triggers are in (the probe runs cold, so it overestimates).
        var probe = 1_000;
        var probeStart = System.nanoTime();
        var probeKeys = new ArrayList<TriggerKey>();
        for (var index = 0; index < probe; index++) {
            var key = TriggerKey.triggerKey("probe-" + index, "probe");
            probeKeys.add(key);
            quartz.scheduleJob(TriggerBuilder.newTrigger()
                    .withIdentity(key)
                    .forJob(job)
                    .usingJobData("commitmentId", burst.ids()[index])
                    .startAt(Date.from(Instant.now().plus(Duration.ofDays(1))))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule())
                    .build());
        }
        var perTrigger = (System.nanoTime() - probeStart) / (double) probe;
        quartz.unscheduleJobs(probeKeys);
        var estimate = Duration.ofNanos((long) (perTrigger * BURST)).plusSeconds(15);
        var firstDue = Instant.now().plus(estimate).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var shift = micros(firstDue) - micros(burst.firstDue());
        var dues = new long[BURST];

        // One trigger per commitment, scheduled as each commitment is made: one call each.
        var scheduleStart = System.nanoTime();
        for (var index = 0; index < BURST; index++) {
            dues[index] = (burst.dueMicros()[index] + shift) / 1000;
            quartz.scheduleJob(TriggerBuilder.newTrigger()
                    .withIdentity("commitment-" + burst.ids()[index], "nudges")
                    .forJob(job)
                    .usingJobData("commitmentId", burst.ids()[index])
                    .startAt(new Date(dues[index]))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule())
                    .build());
        }
        var scheduling = System.nanoTime() - scheduleStart;
        // Fresh statistics for Quartz's tables, as autovacuum would soon have them: without them
        // the planner still thinks they are empty.
        try (var connection = firings.dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("ANALYZE qrtz_triggers, qrtz_simple_triggers, qrtz_fired_triggers, qrtz_locks");
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
        var scheduled = Instant.now();
        System.out.printf(
                Locale.ROOT,
                "quartz: %,d triggers scheduled in %.1f s; first due %s (%.1f s later)%n",
                BURST,
                seconds(scheduling),
                firstDue,
                Duration.between(scheduled, firstDue).toMillis() / 1000.0);

        var cap = firstDue.plusSeconds(QUARTZ_CAP_SECONDS);
        var lastReport = Instant.now();
        while (firings.fired.get() < BURST && Instant.now().isBefore(cap)) {
            sleepUntil(Instant.now().plusMillis(200));
            if (Duration.between(lastReport, Instant.now()).getSeconds() >= 15) {
                lastReport = Instant.now();
                System.out.printf(Locale.ROOT, "quartz at %s: %,d fired%n", lastReport, firings.fired.get());
            }
        }
        var stopped = Instant.now();
        var acquirePlan = firings.fired.get() == BURST ? "" : explainAcquire(firings.dataSource);

        // Jobs still run while this counts: only firings up to the stop count.
        var lateness = new long[BURST];
        var lastFired = 0L;
        var index = 0;
        for (var at = 0; at < BURST; at++) {
            var firedAt = firings.firedAtMillis.get(at);
            if (firedAt != 0 && firedAt <= stopped.toEpochMilli()) {
                lateness[index++] = (firedAt - dues[at]) * 1000;
                lastFired = Math.max(lastFired, firedAt);
            }
        }
        var fired = index;
        lateness = Arrays.copyOf(lateness, fired);
        Arrays.sort(lateness);
        var allFired = fired == BURST;
        // While all of them were due (or backed up), the rate is Quartz's own.
        var measuredSeconds = allFired
                ? (lastFired - firstDue.toEpochMilli()) / 1000.0
                : Duration.between(firstDue, stopped).toMillis() / 1000.0;
        var rate = fired / measuredSeconds;

        section("ONE QUARTZ TRIGGER PER COMMITMENT (clustered JobStoreTX, PostgreSQLDelegate, " + QUARTZ_THREADS
                + " threads)");
        line(
                "scheduling",
                String.format(
                        Locale.ROOT,
                        "%,d triggers in %.1f s (%,.0f/s, one scheduleJob each, durable job, id in trigger data)",
                        BURST,
                        seconds(scheduling),
                        BURST / seconds(scheduling)));
        line(
                "fired",
                String.format(
                        Locale.ROOT,
                        "%,d of %,d %s (twice: %d, failed updates: %d)",
                        fired,
                        BURST,
                        allFired
                                ? "- all fired, the last " + String.format(Locale.ROOT, "%.1f s", measuredSeconds)
                                        + " after the first due moment"
                                : "by the cap of " + QUARTZ_CAP_SECONDS
                                        + " s after the first due moment - NOT all fired",
                        firings.twice.get(),
                        firings.failed.get()));
        line(
                "fired/s",
                String.format(
                        Locale.ROOT,
                        "%,.0f (fired / %.1f s from the first due moment to the %s)",
                        rate,
                        measuredSeconds,
                        allFired ? "last firing" : "cap"));
        line(
                "lateness (at job start)",
                latenessMicros(lateness) + (allFired ? "" : "  (of those fired; the rest are later still)"));
        if (!acquirePlan.isEmpty()) {
            line("acquiring one trigger", acquirePlan);
        }
        section("COMPARISON");
        line(
                "sweep rate / Quartz rate",
                String.format(
                        Locale.ROOT,
                        "%,.0f / %,.0f = %.1f x (target >= 20 x: %s)",
                        sweepRate,
                        rate,
                        sweepRate / rate,
                        sweepRate / rate >= 20 ? "met" : "MISSED"));
    }

    /**
     * How Quartz's query for the next trigger to fire runs with the backlog still there (its text
     * from StdJDBCConstants.SELECT_NEXT_TRIGGER_TO_ACQUIRE, the bounds it uses: up to the idle wait
     * ahead, not older than the misfire threshold); Quartz runs it for every firing.
     */
    private static String explainAcquire(DataSource dataSource) {
        var now = System.currentTimeMillis();
        var sql = "EXPLAIN (ANALYZE, FORMAT TEXT) SELECT TRIGGER_NAME, TRIGGER_GROUP, NEXT_FIRE_TIME, PRIORITY"
                + " FROM qrtz_TRIGGERS WHERE SCHED_NAME = 'followthrough' AND TRIGGER_STATE = 'WAITING'"
                + " AND NEXT_FIRE_TIME <= " + (now + 30_000) + " AND (MISFIRE_INSTR = -1 OR (MISFIRE_INSTR <> -1"
                + " AND NEXT_FIRE_TIME >= " + (now - 30_000) + ")) ORDER BY NEXT_FIRE_TIME ASC, PRIORITY DESC";
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            var plan = new ArrayList<String>();
            while (result.next()) {
                plan.add(result.getString(1).strip());
            }
            return plan.get(0) + " ... " + plan.get(plan.size() - 1);
        } catch (SQLException failed) {
            return "could not explain: " + failed.getMessage();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers

    private void section(String title) {
        report.add("");
        report.add(title);
    }

    private void line(String label, String value) {
        var text = String.format(Locale.ROOT, "  %-28s %s", label, value);
        report.add(text);
        System.out.println(text);
    }

    private static String latenessMicros(long[] sorted) {
        if (sorted.length == 0) {
            return "n/a";
        }
        return String.format(
                Locale.ROOT,
                "p50 %.3f s, p99 %.3f s, max %.3f s",
                percentile(sorted, 0.50) / 1e6,
                percentile(sorted, 0.99) / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    private static long percentile(long[] sorted, double quantile) {
        var rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String serverVersion(String jdbcUrl) throws SQLException {
        try (var connection = DriverManager.getConnection(jdbcUrl)) {
            return connection.getMetaData().getDatabaseProductVersion();
        }
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        var wait = Duration.between(Instant.now(), moment).toMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }

    private static Instant instantOfMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
