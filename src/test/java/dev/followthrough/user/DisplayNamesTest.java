package dev.followthrough.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.followthrough.support.MutableClock;
import dev.followthrough.support.RunningFollowthrough;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Names come from Slack once, are kept, and never keep anyone waiting. */
class DisplayNamesTest {

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T15:00:00Z"));
    private DisplayNames names;

    @BeforeEach
    void startClean() {
        followthrough.reset();
        var config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(followthrough.slack.apiUrl());
        var jdbi = followthrough.jdbi.installPlugin(new SqlObjectPlugin());
        names = new DisplayNames(jdbi, teamId -> Slack.getInstance(config).methods("xoxb-test", teamId), clock);
    }

    @Test
    void aNameNeverSeenIsAskedForInTheBackgroundAndKnownFromThen() {
        followthrough.slack.name("U300", "Dana");

        assertThat(names.of("T0001", "U300")).isEmpty();

        await().atMost(Duration.ofSeconds(10))
                .until(() -> names.of("T0001", "U300").equals(Optional.of("Dana")));
        assertThat(followthrough.slack.calls("users.info")).hasSize(1);
    }

    @Test
    void aStaleNameAnswersAtOnceAndIsRefreshedAfter() {
        followthrough.slack.name("U300", "Dana");
        names.prefetch("T0001", List.of("U300"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> names.of("T0001", "U300").isPresent());
        followthrough.slack.name("U300", "Dana K.");
        clock.advance(Duration.ofHours(25));

        assertThat(names.of("T0001", "U300")).contains("Dana");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> names.of("T0001", "U300").equals(Optional.of("Dana K.")));
    }

    @Test
    void withoutADisplayNameSlacksFullNameIsUsed() {
        names.prefetch("T0001", List.of("U301"));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> names.of("T0001", "U301").equals(Optional.of("Person U301")));
    }

    @Test
    void aChannelIsNamedByConversationsInfo() {
        followthrough.slack.name("C0009", "deals");

        names.prefetch("T0001", List.of("C0009"));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> names.of("T0001", "C0009").equals(Optional.of("deals")));
        assertThat(followthrough.slack.calls("conversations.info")).hasSize(1);
    }

    @Test
    void someoneSlackCannotNameIsNotAskedAboutAgainOnEveryLook() {
        followthrough.slack.fail("users.info", "user_not_found");

        assertThat(names.of("T0001", "U404")).isEmpty();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> followthrough.slack.calls("users.info").size() == 1);
        for (var look = 0; look < 5; look++) {
            assertThat(names.of("T0001", "U404")).isEmpty();
        }

        assertThat(followthrough.slack.calls("users.info")).hasSize(1);
    }

    @Test
    void theOwnersNameComesWithTheirProfileWithoutASecondCall() {
        followthrough.slack.name("U100", "Sam");

        followthrough.requests.slashCommand("U100", "C200", "send the deck by tomorrow");

        assertThat(followthrough.strings("SELECT name FROM display_names WHERE slack_id = 'U100'"))
                .containsExactly("Sam");
        assertThat(followthrough.slack.calls("users.info")).hasSize(1);
    }
}
