package dev.followthrough.platform.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.followthrough.support.CapturedLogs;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLTransientConnectionException;
import org.jdbi.v3.core.ConnectionException;
import org.junit.jupiter.api.Test;

class RecurringJobRunnerTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void eachRunIsCountedByJobNameAndAFailureOnlyWhenOneHappens() {
        var runner = new RecurringJobRunner(new Scheduler.RecurringJob("due-sweep", 2, () -> {}), meters);
        runner.execute(null);
        runner.execute(null);

        assertThat(count("followthrough.job.runs", "due-sweep")).isEqualTo(2);
        assertThat(count("followthrough.job.failures", "due-sweep")).isZero();
    }

    @Test
    void aJobThatCantReachTheDatabaseSaysSoInOneLineWithoutAStackTrace() {
        var unreachable = new ConnectionException(new SQLTransientConnectionException(
                "followthrough - Connection is not available, request timed out after 2000ms"));
        try (var logs = CapturedLogs.of(RecurringJobRunner.class)) {
            new RecurringJobRunner(
                            new Scheduler.RecurringJob("due-sweep", 2, () -> {
                                throw unreachable;
                            }),
                            meters)
                    .execute(null);

            assertThat(logs.events()).singleElement().satisfies(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.WARN);
                assertThat(event.getFormattedMessage())
                        .contains("due-sweep")
                        .contains("could not reach the database")
                        .contains("timed out after 2000ms");
            });
            assertThat(logs.withStackTraces()).isEmpty();
            assertThat(count("followthrough.job.failures", "due-sweep")).isEqualTo(1);
        }
    }

    @Test
    void anyOtherFailureIsLoggedAsASurpriseWithItsStackTrace() {
        try (var logs = CapturedLogs.of(RecurringJobRunner.class)) {
            new RecurringJobRunner(
                            new Scheduler.RecurringJob("digest-sweep", 60, () -> {
                                throw new IllegalStateException("a bug");
                            }),
                            meters)
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
