package dev.followthrough.platform.scheduler;

import dev.followthrough.platform.database.DatabaseTrouble;
import dev.followthrough.platform.logging.LogContext;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one recurring job; the one place a job's surprise is caught and logged. */
@DisallowConcurrentExecution
final class RecurringJobRunner implements Job {

    private static final Logger log = LoggerFactory.getLogger(RecurringJobRunner.class);

    private final Scheduler.RecurringJob job;

    // Quartz needs a no-argument constructor to accept the class; the JobFactory uses the other one.
    RecurringJobRunner() {
        this(new Scheduler.RecurringJob("unknown", 60, () -> {}));
    }

    RecurringJobRunner(Scheduler.RecurringJob job) {
        this.job = job;
    }

    @Override
    public void execute(JobExecutionContext context) {
        // A run starts with no team or commitment of a previous one; the job names its own as it goes.
        try (var logContext = LogContext.unit()) {
            run();
        }
    }

    private void run() {
        try {
            job.work().run();
        } catch (RuntimeException failure) {
            var databaseAway = DatabaseTrouble.in(failure);
            if (databaseAway.isPresent()) {
                log.warn(
                        "Job {} could not reach the database ({}); it runs again at its next firing",
                        job.name(),
                        databaseAway.get().getMessage());
            } else {
                log.error("Job {} failed; it runs again at its next firing", job.name(), failure);
            }
        }
    }
}
