package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.followthrough.support.RunningOAuthFollowthrough;
import dev.followthrough.support.SlackStandIn.Workspace;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With installs by OAuth, an uninstall deletes that workspace's install and no other, revoking a
 * user's token deletes only that, and installing again makes the workspace active.
 */
class UninstallByOAuthTest {

    private final RunningOAuthFollowthrough followthrough = RunningOAuthFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
    }

    @Test
    void anUninstallDeletesThatWorkspacesTokensOnlyAndAReinstallMakesItActiveAgain() {
        install(Workspace.of("T1U"), "U1U");
        install(Workspace.of("T2U"), "U2U");

        var answer = followthrough.requests.event(envelope("T1U", uninstalled()));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(followthrough.strings("SELECT team_id FROM installations ORDER BY team_id"))
                .containsExactly("T2U");
        assertThat(standing("T1U")).isEqualTo("UNINSTALLED");
        assertThat(standing("T2U")).isEqualTo("ACTIVE");

        followthrough.clock.advance(Duration.ofMinutes(5));
        install(Workspace.of("T1U"), "U1U");

        assertThat(standing("T1U")).isEqualTo("ACTIVE");
        assertThat(followthrough.strings("SELECT team_id FROM installations ORDER BY team_id"))
                .containsExactly("T1U", "T2U");
    }

    @Test
    void anOrgWideUninstallDeletesTheOrganisationsInstallAndItsReinstallMakesEveryTeamActive() {
        install(Workspace.orgWide("E1U"), "U0U");
        followthrough.slack.workspace(
                Workspace.orgWide("E1U"),
                followthrough.slack.calls("auth.test").stream()
                        .map(call -> call.token())
                        .filter(token -> token != null && token.contains("E1U"))
                        .reduce((first, last) -> last)
                        .orElseThrow());
        // The teams are recorded as requests come from them through the org-wide install.
        followthrough.requests.inWorkspace("E1U", "T5U").slashCommand("U5U", "C5U", "send the logo by Friday");
        followthrough.requests.inWorkspace("E1U", "T6U").slashCommand("U6U", "C6U", "send the deck by Friday");
        await().atMost(Duration.ofSeconds(10)).until(() -> "ACTIVE".equals(standing("T6U")));
        var envelope = envelope("T5U", uninstalled());
        envelope.addProperty("enterprise_id", "E1U");
        envelope.addProperty("team_id", "E1U");

        followthrough.requests.event(envelope);

        assertThat(standing("T5U")).isEqualTo("UNINSTALLED");
        assertThat(standing("T6U")).isEqualTo("UNINSTALLED");
        assertThat(followthrough.number("SELECT count(*) FROM installations WHERE enterprise_id = 'E1U'"))
                .isZero();

        followthrough.clock.advance(Duration.ofMinutes(5));
        install(Workspace.orgWide("E1U"), "U0U");

        assertThat(standing("T5U")).isEqualTo("ACTIVE");
        assertThat(standing("T6U")).isEqualTo("ACTIVE");
    }

    @Test
    void revokingAUsersTokenKeepsTheBotsInstall() {
        install(Workspace.of("T3U"), "U3U");

        followthrough.requests.event(envelope("T3U", tokensRevoked(List.of("U3U"), List.of())));

        assertThat(followthrough.strings("SELECT team_id FROM installations")).containsExactly("T3U");
        assertThat(standing("T3U")).isEqualTo("ACTIVE");
    }

    @Test
    void revokingTheBotsTokenDeletesTheInstallAndStopsSending() {
        install(Workspace.of("T4U"), "U4U");

        followthrough.requests.event(envelope("T4U", tokensRevoked(List.of(), List.of("UBT4U"))));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> followthrough.number("SELECT count(*) FROM installations WHERE team_id = 'T4U'") == 0);
        assertThat(standing("T4U")).isEqualTo("TOKEN_REFUSED");
    }

    private String standing(String teamId) {
        return followthrough.strings("SELECT status FROM workspaces WHERE team_id = '" + teamId + "'").stream()
                .findFirst()
                .orElse("none");
    }

    private void install(Workspace workspace, String userId) {
        var browser = followthrough.browser();
        var install = browser.get("/slack/install");
        var done = browser.returnFromSlack(install, followthrough.slack.authorizationCode(workspace, userId));
        assertThat(done.body()).contains("Followthrough is installed");
    }

    private static JsonObject uninstalled() {
        var event = new JsonObject();
        event.addProperty("type", "app_uninstalled");
        return event;
    }

    private static JsonObject tokensRevoked(List<String> users, List<String> bots) {
        var tokens = new JsonObject();
        var oauth = new JsonArray();
        users.forEach(oauth::add);
        var bot = new JsonArray();
        bots.forEach(bot::add);
        tokens.add("oauth", oauth);
        tokens.add("bot", bot);
        var event = new JsonObject();
        event.addProperty("type", "tokens_revoked");
        event.add("tokens", tokens);
        return event;
    }

    /** As Slack sends these two: no authorizations, the time by the app's clock. */
    private JsonObject envelope(String teamId, JsonObject event) {
        var envelope = followthrough.requests.inWorkspace(teamId).eventCallback(event);
        envelope.remove("authorizations");
        envelope.addProperty("event_time", followthrough.clock.instant().getEpochSecond());
        return envelope;
    }
}
