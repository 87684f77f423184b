package dev.followthrough.platform.scheduler;

import dev.followthrough.platform.database.DatabaseOutage;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.listeners.SchedulerListenerSupport;
import org.quartz.spi.JobFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz, clustered on the application's own database: it decides which instance runs each
 * recurring job; the jobs themselves are built by the features and handed out as they are.
 */
public final class Scheduler implements AutoCloseable {

    // The connection provider is registered JVM-wide by name: one name per Scheduler in this JVM.
    private static final AtomicInteger dataSources = new AtomicInteger();
    private static final String GROUP = "followthrough";
    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);

    private final Map<String, RecurringJob> jobs = new LinkedHashMap<>();
    private final org.quartz.Scheduler quartz;
    private final MeterRegistry meters;
    private final DatabaseOutage outage;
    private final QuartzJobTables store;
    private volatile boolean stopping;

    /** A job a feature runs every {@code intervalSeconds}; never two firings of it at once. */
    public record RecurringJob(String name, int intervalSeconds, Runnable work) {}

    /** A scheduler whose runs are counted nowhere (tests, benchmarks). */
    public Scheduler(DataSource dataSource, int threadCount) {
        this(dataSource, threadCount, new CompositeMeterRegistry(), new DatabaseOutage());
    }

    /**
     * Each job's runs and failures are counted on {@code meters}, by job name; the database being
     * away, whether a job or Quartz itself finds it so, is reported to {@code outage}.
     */
    public Scheduler(DataSource dataSource, int threadCount, MeterRegistry meters, DatabaseOutage outage) {
        this.meters = meters;
        this.outage = outage;
        // Quartz asks its DBConnectionManager for connections by name: hand it the app's pool.
        var dataSourceName = "followthrough-" + dataSources.incrementAndGet();
        DBConnectionManager.getInstance().addConnectionProvider(dataSourceName, new PoolProvider(dataSource));
        var properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "followthrough");
        properties.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        properties.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threadCount));
        properties.setProperty("org.quartz.jobStore.class", QuartzJobTables.class.getName());
        properties.setProperty(
                "org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        properties.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        properties.setProperty("org.quartz.jobStore.tablePrefix", "qrtz_");
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        properties.setProperty("org.quartz.jobStore.clusterCheckinInterval", "10000");
        properties.setProperty("org.quartz.jobStore.misfireThreshold", "30000");
        // How soon Quartz tries the database again once it failed (its default is 15 s).
        properties.setProperty("org.quartz.jobStore.dbRetryInterval", "2000");
        try {
            quartz = new StdSchedulerFactory(properties).getScheduler();
            // Quartz hands a running scheduler of the same name out again (the name is the cluster's,
            // so it stays): forgotten, a second one in this JVM (tests run several apps) is its own.
            SchedulerRepository.getInstance().remove(quartz.getSchedulerName());
            quartz.setJobFactory(jobFactory());
            store = QuartzJobTables.take(dataSourceName);
            store.reportTo(outage);
            // Quartz's own failures (its ErrorLogger is silenced in logback.xml): an outage is one line.
            quartz.getListenerManager().addSchedulerListener(new SchedulerListenerSupport() {
                @Override
                public void schedulerError(String message, SchedulerException cause) {
                    if (!outage.failed(cause)) {
                        log.error("Quartz: {}", message, cause);
                    }
                }
            });
        } catch (SchedulerException cannotCreate) {
            throw new IllegalStateException("Could not create the Quartz scheduler", cannotCreate);
        }
    }

    /** Registers a recurring job; call before {@link #start()}. */
    public void schedule(RecurringJob job) {
        jobs.put(job.name(), job);
    }

    public void start() {
        try {
            for (var job : jobs.values()) {
                var detail = JobBuilder.newJob(RecurringJobRunner.class)
                        .withIdentity(job.name(), GROUP)
                        .storeDurably()
                        .build();
                var trigger = TriggerBuilder.newTrigger()
                        .withIdentity(job.name(), GROUP)
                        .forJob(detail)
                        .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(job.intervalSeconds())
                                .withMisfireHandlingInstructionNextWithRemainingCount())
                        .startNow()
                        .build();
                // Every instance of a cluster registers the same jobs: replace, never duplicate.
                quartz.scheduleJob(detail, java.util.Set.of(trigger), true);
            }
            quartz.start();
        } catch (SchedulerException cannotStart) {
            throw new IllegalStateException("Could not start the Quartz scheduler", cannotStart);
        }
    }

    public boolean isJobRegistered(String name) {
        try {
            return quartz.checkExists(JobKey.jobKey(name, GROUP));
        } catch (SchedulerException unavailable) {
            return false;
        }
    }

    /** True once the scheduler is stopping: long-running jobs end their loop early. */
    public boolean isStopping() {
        return stopping;
    }

    /**
     * Stops taking new firings and waits for running jobs to finish (a job waiting on a database
     * that does not answer ends once the database's connections are cut); what Quartz could not
     * record about them with the database away is left for the next start's recovery.
     */
    @Override
    public void close() {
        stopping = true;
        store.stopping();
        try {
            quartz.shutdown(true);
        } catch (SchedulerException failedToStop) {
            throw new IllegalStateException("Quartz did not shut down cleanly", failedToStop);
        }
    }

    private JobFactory jobFactory() {
        return (bundle, scheduler) -> {
            var job = jobs.get(bundle.getJobDetail().getKey().getName());
            if (job == null) {
                // A job another (newer or older) instance registered that this one does not know.
                return (Job) context -> {};
            }
            return new RecurringJobRunner(job, meters, outage);
        };
    }

    private record PoolProvider(DataSource dataSource) implements ConnectionProvider {
        @Override
        public Connection getConnection() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void shutdown() {
            // The pool belongs to the application, which closes it after Quartz.
        }

        @Override
        public void initialize() {}
    }
}
