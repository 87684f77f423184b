package dev.followthrough.platform.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.followthrough.platform.database.DatabaseOutage;
import dev.followthrough.support.CapturedLogs;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.ConnectionException;
import org.junit.jupiter.api.Test;

class RecurringJobRunnerTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final DatabaseOutage outage = new DatabaseOutage();

    @Test
    void eachRunIsCountedByJobNameAndAFailureOnlyWhenOneHappens() {
        var runner = new RecurringJobRunner(new Scheduler.RecurringJob("due-sweep", 2, () -> {}), meters, outage);
        runner.execute(null);
        runner.execute(null);

        assertThat(count("followthrough.job.runs", "due-sweep")).isEqualTo(2);
        assertThat(count("followthrough.job.failures", "due-sweep")).isZero();
    }

    @Test
    void anOutageIsOneWarningWithoutAStackTraceHoweverOftenTheJobFires() {
        var unreachable = new ConnectionException(new SQLTransientConnectionException(
                "followthrough - Connection is not available, request timed out after 2000ms"));
        var away = new AtomicBoolean(true);
        var runner = new RecurringJobRunner(
                new Scheduler.RecurringJob("due-sweep", 2, () -> {
                    if (away.get()) {
                        throw unreachable;
                    }
                }),
                meters,
                outage);
        try (var logs = CapturedLogs.everything()) {
            runner.execute(null);
            runner.execute(null);
            runner.execute(null);
            away.set(false);
            runner.execute(null);
            runner.execute(null);

            // A job that succeeds may not have asked the database anything: Quartz's check-in tells the end.
            assertThat(logs.events())
                    .filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.INFO))
                    .extracting(event -> event.getLevel() + " " + event.getFormattedMessage())
                    .containsExactly("WARN database unreachable: followthrough - Connection is not available, request"
                            + " timed out after 2000ms; retrying");
            outage.answered();
            assertThat(logs.events())
                    .filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.INFO))
                    .extracting(event -> event.getLevel() + " " + event.getFormattedMessage())
                    .endsWith("INFO database reachable again after 0 s");
            assertThat(logs.withStackTraces()).isEmpty();
            assertThat(count("followthrough.job.failures", "due-sweep")).isEqualTo(3);
        }
    }

    @Test
    void anyOtherFailureIsLoggedAsASurpriseWithItsStackTrace() {
        try (var logs = CapturedLogs.of(RecurringJobRunner.class)) {
            new RecurringJobRunner(
                            new Scheduler.RecurringJob("digest-sweep", 60, () -> {
                                throw new IllegalStateException("a bug");
                            }),
                            meters,
                            outage)
                    .execute(null);

            assertThat(logs.withStackTraces())
                    .singleElement()
                    .satisfies(event -> assertThat(event.getLevel()).isEqualTo(Level.ERROR));
        }
    }

    private double count(String name, String job) {
        return meters.get(name).tag("job", job).counter().count();
    }
}
