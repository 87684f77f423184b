package dev.followthrough.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * What {@code GET /metrics} shows, in Prometheus' text format: the JVM and the process, and what the
 * parts of the service register on {@link #registry()} (HTTP requests, Web API calls, jobs, the
 * outbox, the connection pool). Gauges that read the database are {@link DatabaseGauges}: cached and
 * read in the background, so a scrape never waits long for a database that is away.
 *
 * <pre>{@code
 * var metrics = new ServiceMetrics();
 * var database = Database.open(url, dataDir, metrics.registry());
 * metrics.readFromDatabase(database.jdbi(), clock).byTag("followthrough.commitments", ...);
 * }</pre>
 */
public final class ServiceMetrics implements AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics garbageCollection = new JvmGcMetrics();
    private Optional<DatabaseGauges> databaseGauges = Optional.empty();

    public ServiceMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        garbageCollection.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Where the parts that count rows register their gauges; once, after the database is open. */
    public synchronized DatabaseGauges readFromDatabase(Jdbi jdbi, Clock clock) {
        if (databaseGauges.isPresent()) {
            throw new IllegalStateException("The database gauges are already read from a database");
        }
        var gauges = new DatabaseGauges(registry, jdbi, clock);
        databaseGauges = Optional.of(gauges);
        return gauges;
    }

    /** Every meter in Prometheus' text format 0.0.4; the database gauges as last read, if a fresh reading is slow. */
    public String scrape() {
        databaseGauges.ifPresent(DatabaseGauges::refreshForScrape);
        return registry.scrape();
    }

    @Override
    public void close() {
        databaseGauges.ifPresent(DatabaseGauges::close);
        garbageCollection.close();
        registry.close();
    }
}
