package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.platform.outbox.DispatcherSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDispatchTest {

    private static final Map<String, String> REQUIRED =
            Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "secret");

    @Test
    void nothingSetKeepsTheDispatchersDefaults() {
        var config = ((Config.Valid) Config.fromEnvironment(REQUIRED)).config();

        var settings = apply(config.dispatch());

        assertThat(settings).isEqualTo(DispatcherSettings.DEFAULT);
        assertThat(settings.postsPerChannelPerSecond()).isEqualTo(1);
        assertThat(settings.rowLease()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void eachVariableChangesItsSetting() {
        var environment = new HashMap<>(REQUIRED);
        environment.putAll(Map.of(
                "OUTBOX_SENDERS", "200",
                "OUTBOX_LEASE_SECONDS", "30",
                "SLACK_POSTS_PER_WORKSPACE_PER_MINUTE", "600",
                "SLACK_POSTS_PER_CHANNEL_PER_SECOND", "0.5",
                "SLACK_UPDATES_PER_WORKSPACE_PER_MINUTE", "100"));

        var settings = apply(
                ((Config.Valid) Config.fromEnvironment(environment)).config().dispatch());

        assertThat(settings.senders()).isEqualTo(200);
        assertThat(settings.rowLease()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.postsPerWorkspacePerMinute()).isEqualTo(600);
        assertThat(settings.postsPerChannelPerSecond()).isEqualTo(0.5);
        assertThat(settings.updatesPerWorkspacePerMinute()).isEqualTo(100);
        assertThat(settings.channelBurst()).isEqualTo(DispatcherSettings.DEFAULT.channelBurst());
    }

    @Test
    void everyBadValueIsNamedAtOnce() {
        var environment = new HashMap<>(REQUIRED);
        environment.putAll(Map.of(
                "OUTBOX_SENDERS", "0",
                "OUTBOX_LEASE_SECONDS", "1",
                "SLACK_POSTS_PER_WORKSPACE_PER_MINUTE", "lots",
                "SLACK_POSTS_PER_CHANNEL_PER_SECOND", "-1",
                "SLACK_UPDATES_PER_WORKSPACE_PER_MINUTE", "NaN"));

        var problems = ((Config.Invalid) Config.fromEnvironment(environment)).problems();

        assertThat(problems)
                .hasSize(5)
                .anySatisfy(problem -> assertThat(problem).startsWith("OUTBOX_SENDERS must be a whole number from 1"))
                .anySatisfy(problem ->
                        assertThat(problem).startsWith("OUTBOX_LEASE_SECONDS must be a whole number from 10"));
    }

    private static DispatcherSettings apply(Config.Dispatch dispatch) {
        return DispatcherSettings.DEFAULT.with(
                dispatch.senders(),
                dispatch.leaseSeconds(),
                dispatch.postsPerWorkspacePerMinute(),
                dispatch.postsPerChannelPerSecond(),
                dispatch.updatesPerWorkspacePerMinute());
    }
}
