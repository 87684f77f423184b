package dev.followthrough.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DispatcherSettingsTest {

    @Test
    void nothingSetGivesTheDefaultsFromSlacksPublishedLimits() {
        var problems = new ArrayList<String>();

        var settings = DispatcherSettings.fromEnvironment(Map.of(), problems);

        assertThat(problems).isEmpty();
        assertThat(settings).isEqualTo(DispatcherSettings.DEFAULT);
        assertThat(settings.postsPerChannelPerSecond()).isEqualTo(1);
        assertThat(settings.rowLease()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void eachVariableChangesItsSetting() {
        var problems = new ArrayList<String>();

        var settings = DispatcherSettings.fromEnvironment(
                Map.of(
                        "OUTBOX_SENDERS", "200",
                        "OUTBOX_LEASE_SECONDS", "30",
                        "SLACK_POSTS_PER_WORKSPACE_PER_MINUTE", "600",
                        "SLACK_POSTS_PER_CHANNEL_PER_SECOND", "0.5",
                        "SLACK_UPDATES_PER_WORKSPACE_PER_MINUTE", "100"),
                problems);

        assertThat(problems).isEmpty();
        assertThat(settings.senders()).isEqualTo(200);
        assertThat(settings.rowLease()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.postsPerWorkspacePerMinute()).isEqualTo(600);
        assertThat(settings.postsPerChannelPerSecond()).isEqualTo(0.5);
        assertThat(settings.updatesPerWorkspacePerMinute()).isEqualTo(100);
    }

    @Test
    void everyBadValueIsNamedAtOnce() {
        var problems = new ArrayList<String>();

        DispatcherSettings.fromEnvironment(
                Map.of(
                        "OUTBOX_SENDERS", "0",
                        "OUTBOX_LEASE_SECONDS", "1",
                        "SLACK_POSTS_PER_WORKSPACE_PER_MINUTE", "lots",
                        "SLACK_POSTS_PER_CHANNEL_PER_SECOND", "-1",
                        "SLACK_UPDATES_PER_WORKSPACE_PER_MINUTE", "NaN"),
                problems);

        assertThat(problems)
                .hasSize(5)
                .anySatisfy(problem -> assertThat(problem).startsWith("OUTBOX_SENDERS must be a whole number from 1"))
                .anySatisfy(problem ->
                        assertThat(problem).startsWith("OUTBOX_LEASE_SECONDS must be a whole number from 10"));
    }
}
