package dev.followthrough.platform.metrics;

import dev.followthrough.platform.database.RequestWaits;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gauges whose values are counted in the database: read together, in one transaction whose
 * statements give up after a second, at most once per {@link #FRESH_FOR}, on a thread of their own.
 * A scrape waits for a fresh reading at most {@link #SCRAPE_WAIT}; after that, or while the
 * database is away, it shows the last reading (none before the first), and {@code
 * followthrough_database_gauges_age_seconds} says how old that is.
 */
public final class DatabaseGauges implements AutoCloseable {

    static final Duration FRESH_FOR = Duration.ofSeconds(15);
    static final Duration SCRAPE_WAIT = Duration.ofSeconds(1);
    /** The reading's statements, and its wait on a silent server, give up after this long. */
    static final long DATABASE_WAIT_MILLIS = 1000;

    static final Duration DATABASE_WAIT = Duration.ofMillis(DATABASE_WAIT_MILLIS);

    private static final Logger log = LoggerFactory.getLogger(DatabaseGauges.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final MeterRegistry registry;
    private final List<Reading> readings = new CopyOnWriteArrayList<>();
    private final ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "database-gauges");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Void> latest = CompletableFuture.completedFuture(null);
    private Optional<Long> latestStartedNanos = Optional.empty();
    private volatile Optional<Long> lastReadNanos = Optional.empty();

    /** One registered gauge family and how to read its rows: tags to value. */
    private record Reading(MultiGauge gauge, Function<Instant, Map<Tags, Double>> read) {}

    DatabaseGauges(MeterRegistry registry, Jdbi jdbi, Clock clock) {
        this.registry = registry;
        this.jdbi = jdbi;
        this.clock = clock;
        Gauge.builder("followthrough.database.gauges.age", this, DatabaseGauges::ageSeconds)
                .description("How old the database gauges' last reading is; NaN before the first.")
                .baseUnit("seconds")
                .register(registry);
    }

    /** A gauge per key {@code read} answers, tagged {@code tagKey} with the key in lower case. */
    public void byTag(String name, String description, String tagKey, Supplier<Map<String, Long>> read) {
        add(name, description, null, now -> {
            var rows = new LinkedHashMap<Tags, Double>();
            read.get().forEach((key, value) -> rows.put(Tags.of(tagKey, key.toLowerCase(Locale.ROOT)), (double) value));
            return rows;
        });
    }

    /**
     * A gauge in seconds: how long ago {@code since} (given "now") was; zero when it answers nothing,
     * e.g. nothing is due.
     */
    public void secondsSince(String name, String description, Function<Instant, Optional<Instant>> since) {
        add(name, description, "seconds", now -> {
            var seconds = since.apply(now)
                    .map(then -> Math.max(0, Duration.between(then, now).toMillis()) / 1000.0)
                    .orElse(0.0);
            return Map.of(Tags.empty(), seconds);
        });
    }

    private void add(String name, String description, String baseUnit, Function<Instant, Map<Tags, Double>> read) {
        var gauge = MultiGauge.builder(name)
                .description(description)
                .baseUnit(baseUnit)
                .register(registry);
        readings.add(new Reading(gauge, read));
    }

    /** Starts a reading if the last is older than {@link #FRESH_FOR}; waits for it a second at most. */
    void refreshForScrape() {
        CompletableFuture<Void> reading;
        synchronized (this) {
            var now = System.nanoTime();
            var stale = latestStartedNanos
                    .map(started -> now - started >= FRESH_FOR.toNanos())
                    .orElse(true);
            if (latest.isDone() && stale) {
                latestStartedNanos = Optional.of(now);
                try {
                    latest = CompletableFuture.runAsync(this::read, reader);
                } catch (RejectedExecutionException closed) {
                    return;
                }
            }
            reading = latest;
        }
        try {
            reading.get(SCRAPE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException slowOrAway) {
            // The last reading stays; this one, if it comes, serves the next scrape.
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void read() {
        var now = clock.instant();
        var families = List.copyOf(readings);
        List<Map<Tags, Double>> values;
        try {
            values = RequestWaits.limitedTo(
                    DATABASE_WAIT,
                    () -> jdbi.inTransaction(handle -> {
                        // A slow count or a lock: the server gives up; a silent server: the socket (RequestWaits).
                        handle.attach(ReadingStore.class).limitStatementsToTheReading();
                        var read = new ArrayList<Map<Tags, Double>>();
                        for (var reading : families) {
                            read.add(reading.read().apply(now));
                        }
                        return read;
                    }));
        } catch (Exception away) {
            log.debug("The database gauges could not be read: {}", away.toString());
            return;
        }
        for (var index = 0; index < families.size(); index++) {
            var rows = new ArrayList<MultiGauge.Row<?>>();
            values.get(index).forEach((tags, value) -> rows.add(MultiGauge.Row.of(tags, value)));
            families.get(index).gauge().register(rows, true);
        }
        lastReadNanos = Optional.of(System.nanoTime());
    }

    private double ageSeconds() {
        return lastReadNanos.map(read -> (System.nanoTime() - read) / 1e9).orElse(Double.NaN);
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }
}
