package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.support.RunningOAuthFollowthrough;
import dev.followthrough.support.SlackStandIn;
import dev.followthrough.support.SlackStandIn.Workspace;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With token rotation on, a token about to expire is refreshed before it is used, never sent stale. */
class TokenRotationThroughTheAppTest {

    private final RunningOAuthFollowthrough followthrough = RunningOAuthFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
    }

    @Test
    void aTokenWithMinutesLeftIsRefreshedOnceAndTheOldOneIsNeverSentAgain() {
        followthrough.slack.rotateTokens(Duration.ofHours(12));
        var browser = followthrough.browser();
        var install = browser.get("/slack/install");
        var done = browser.returnFromSlack(install, followthrough.slack.authorizationCode(Workspace.of("T1X"), "U1X"));
        assertThat(done.body()).contains("Followthrough is installed");
        var oldToken = followthrough.slack.tokensOf("T1X").get(0);
        assertThat(oldToken).startsWith("xoxe.xoxb-");

        // Five minutes before it expires (and past the instance's few seconds of keeping it). Bolt
        // dates the expiry by the system's clock, so the app's clock is set from what was stored.
        var expiresAt = followthrough.jdbi.withHandle(
                handle -> handle.createQuery("SELECT bot_token_expires_at FROM installations WHERE team_id = 'T1X'")
                        .mapTo(java.time.Instant.class)
                        .one());
        followthrough.clock.set(expiresAt.minus(Duration.ofMinutes(5)));
        var refreshedAt = followthrough.slack.calls().size();
        var answer = followthrough.requests.inWorkspace("T1X").slashCommand("U1X", "C1X", "send the logo by Friday");

        assertThat(answer.statusCode()).isEqualTo(200);
        var refreshes = followthrough.slack.calls("oauth.v2.access").stream()
                .filter(call -> "refresh_token".equals(call.param("grant_type")))
                .toList();
        assertThat(refreshes).hasSize(1);
        var newToken = followthrough.slack.tokensOf("T1X").get(0);
        assertThat(newToken).isNotEqualTo(oldToken);
        var afterwards = followthrough
                .slack
                .calls()
                .subList(refreshedAt, followthrough.slack.calls().size());
        assertThat(afterwards)
                .filteredOn(call -> !call.method().equals("oauth.v2.access")
                        && !call.method().equals("response_url"))
                .allSatisfy(call -> assertThat(call.token()).as(call.method()).isEqualTo(newToken));
        assertThat(followthrough.slack.callsWithToken(oldToken))
                .extracting(SlackStandIn.Call::receivedAt)
                .allSatisfy(at -> assertThat(at).isBefore(refreshes.get(0).receivedAt()));
    }
}
