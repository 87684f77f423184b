package dev.followthrough.platform.scheduler;

import dev.followthrough.platform.database.DatabaseOutage;
import dev.followthrough.platform.logging.LogContext;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one recurring job; the one place a job's surprise is caught and logged, and its runs counted. */
@DisallowConcurrentExecution
final class RecurringJobRunner implements Job {

    private static final Logger log = LoggerFactory.getLogger(RecurringJobRunner.class);

    private final Scheduler.RecurringJob job;
    private final Counter runs;
    private final Counter failures;
    private final DatabaseOutage outage;

    // Quartz needs a no-argument constructor to accept the class; the JobFactory uses the other one.
    RecurringJobRunner() {
        this(new Scheduler.RecurringJob("unknown", 60, () -> {}), new CompositeMeterRegistry(), new DatabaseOutage());
    }

    RecurringJobRunner(Scheduler.RecurringJob job, MeterRegistry meters, DatabaseOutage outage) {
        this.job = job;
        this.outage = outage;
        // Both exist from a job's first run, so a failure rate is zero, not absent, while all goes well.
        this.runs = Counter.builder("followthrough.job.runs")
                .description("Runs of a recurring job on this instance, failed ones included.")
                .tag("job", job.name())
                .register(meters);
        this.failures = Counter.builder("followthrough.job.failures")
                .description("Runs of a recurring job that ended in an error (the database away included).")
                .tag("job", job.name())
                .register(meters);
    }

    @Override
    public void execute(JobExecutionContext context) {
        // A run starts with no team or commitment of a previous one; the job names its own as it goes.
        try (var logContext = LogContext.unit()) {
            run();
        }
    }

    private void run() {
        runs.increment();
        try {
            job.work().run();
        } catch (RuntimeException failure) {
            failures.increment();
            // The database away is one line for the whole outage, not one per firing. (Its end is
            // told by Quartz's own check-in: a job may succeed without asking the database anything.)
            if (!outage.failed(failure)) {
                log.error("Job {} failed; it runs again at its next firing", job.name(), failure);
            }
        }
    }
}
