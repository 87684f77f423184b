package dev.followthrough.platform.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An uninstalled workspace's data stays for DATA_RETENTION_DAYS and then goes from every table;
 * with 0 it goes at once; a reinstall before then keeps it all.
 */
@Timeout(180)
class RetentionTest {

    @Test
    void thirtyDaysKeepEverythingUntilTheClockPassesThemThenEveryTableForgetsTheWorkspace() {
        try (var world = new WorkspaceWorld("retention_thirty", 30)) {
            world.inUse("TGONE");
            world.inUse("TSTAYS");
            world.deliver(world.uninstalled("TGONE"));
            var kept = world.rows("TGONE");

            world.clock.advance(Duration.ofDays(29).plusHours(23));
            world.runRetentionJob(30);
            // (Names and profiles fetched after /promise's answer may still be arriving: not compared.)
            for (var table : List.of(
                    "commitments",
                    "channel_settings",
                    "channel_events",
                    "home_views",
                    "calendar_feeds",
                    "workspaces")) {
                assertThat(world.count(table, "TGONE")).as(table).isEqualTo(kept.get(table));
            }
            assertThat(world.count("users", "TGONE")).isPositive();

            world.clock.advance(Duration.ofHours(2));
            world.runRetentionJob(30);

            assertThat(world.rows("TGONE"))
                    .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
            assertThat(world.rows("TSTAYS"))
                    .as("another workspace keeps its rows")
                    .containsEntry("commitments", 1L)
                    .containsEntry("users", world.count("users", "TSTAYS"))
                    .containsEntry("channel_settings", 1L)
                    .containsEntry("calendar_feeds", 1L);
            assertThat(world.standing("TSTAYS")).isNotEqualTo("UNINSTALLED");
        }
    }

    @Test
    void zeroDaysForgetsTheWorkspaceAsSoonAsItIsUninstalled() {
        try (var world = new WorkspaceWorld("retention_zero", 0)) {
            world.inUse("TGONE");
            world.inUse("TSTAYS");

            world.deliver(world.uninstalled("TGONE"));

            await().atMost(Duration.ofSeconds(15))
                    .untilAsserted(() -> assertThat(world.rows("TGONE"))
                            .allSatisfy(
                                    (table, rows) -> assertThat(rows).as(table).isZero()));
            assertThat(world.rows("TSTAYS")).containsEntry("commitments", 1L);

            // Slack's retry after the data went still finds the event handled.
            var again = world.uninstalled("TGONE");
            assertThat(world.deliver(again).statusCode()).isEqualTo(200);
            assertThat(world.redeliver(again, 1).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aReinstallWithinThePeriodKeepsTheDataAndSendingStartsAgain() {
        try (var world = new WorkspaceWorld("retention_reinstall", 30)) {
            world.inUse("T0001");
            world.deliver(world.uninstalled("T0001"));
            var kept = world.rows("T0001");

            world.clock.advance(Duration.ofDays(10));
            // Single-workspace mode: reinstalling gives a new SLACK_BOT_TOKEN, which Slack accepts at start.
            world.restart("xoxb-second-install");
            await().atMost(Duration.ofSeconds(15)).until(() -> "ACTIVE".equals(world.standing("T0001")));
            world.clock.advance(Duration.ofDays(25));
            world.runRetentionJob(30);

            assertThat(world.rows("T0001").get("commitments")).isEqualTo(kept.get("commitments"));
            assertThat(world.rows("T0001").get("commitment_events"))
                    .as("its history kept, and added to as its deadline passed")
                    .isGreaterThanOrEqualTo(kept.get("commitment_events"));
            world.awaitDispatched("T0001");
        }
    }
}
