package dev.followthrough.platform.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.followthrough.DatabaseUrl;
import dev.followthrough.platform.database.Database;
import dev.followthrough.support.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SchedulerTest {

    @Test
    void recurringJobRunsOnTheClusteredJobStore() {
        var url = DatabaseUrl.parse(TestDatabase.newDatabase("scheduler_runs")).orElseThrow();
        try (var database = Database.open(java.util.Optional.of(url), Path.of("unused"))) {
            var runs = new AtomicInteger();
            var scheduler = new Scheduler(database.dataSource(), 2);
            scheduler.schedule(new Scheduler.RecurringJob("count", 1, runs::incrementAndGet));
            scheduler.start();
            try {
                await().atMost(Duration.ofSeconds(20)).until(() -> runs.get() >= 2);
                assertThat(scheduler.isJobRegistered("count")).isTrue();
                var triggers = database.jdbi()
                        .withHandle(handle -> handle.createQuery(
                                        "SELECT count(*) FROM qrtz_triggers WHERE trigger_name = 'count'")
                                .mapTo(Integer.class)
                                .one());
                assertThat(triggers).isEqualTo(1);
            } finally {
                scheduler.close();
            }
        }
    }

    @Test
    void twoSchedulersInOneJvmRunTheirOwnJobsAndCloseIndependently() {
        var first =
                DatabaseUrl.parse(TestDatabase.newDatabase("scheduler_first")).orElseThrow();
        var second =
                DatabaseUrl.parse(TestDatabase.newDatabase("scheduler_second")).orElseThrow();
        try (var firstDatabase = Database.open(java.util.Optional.of(first), Path.of("unused"));
                var secondDatabase = Database.open(java.util.Optional.of(second), Path.of("unused"))) {
            var firstRuns = new AtomicInteger();
            var firstScheduler = new Scheduler(firstDatabase.dataSource(), 1);
            firstScheduler.schedule(new Scheduler.RecurringJob("count", 1, firstRuns::incrementAndGet));
            firstScheduler.start();
            var secondScheduler = new Scheduler(secondDatabase.dataSource(), 1);
            secondScheduler.schedule(new Scheduler.RecurringJob("other", 1, () -> {}));
            secondScheduler.start();
            try {
                secondScheduler.close();
                var runsWhenTheSecondClosed = firstRuns.get();
                await().atMost(Duration.ofSeconds(20)).until(() -> firstRuns.get() > runsWhenTheSecondClosed + 1);
                assertThat(firstScheduler.isJobRegistered("other")).isFalse();
            } finally {
                firstScheduler.close();
            }
        }
    }
}
