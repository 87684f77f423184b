package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.followthrough.lifecycle.Action;
import dev.followthrough.support.InstallBrowser;
import dev.followthrough.support.RunningOAuthFollowthrough;
import dev.followthrough.support.SlackRequests;
import dev.followthrough.support.SlackStandIn;
import dev.followthrough.support.SlackStandIn.Workspace;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Workspaces installed through Bolt's OAuth flow, then used: each workspace's calls carry its own
 * token, and no workspace sees another's promises.
 */
class InstallByOAuthTest {

    private final RunningOAuthFollowthrough followthrough = RunningOAuthFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(Instant.parse("2026-11-23T15:00:00Z"));
    }

    @Test
    void theInstallPageSendsThePersonToSlackWithTheManifestsScopesAndTheRedirect() {
        var install = followthrough.browser().get("/slack/install");

        assertThat(install.status()).isEqualTo(302);
        assertThat(install.location())
                .hasValueSatisfying(
                        location -> assertThat(location).startsWith("https://slack.com/oauth/v2/authorize?"));
        assertThat(install.locationParameter("client_id")).contains(SlackStandIn.CLIENT_ID);
        assertThat(install.locationParameter("scope")).contains(Config.DEFAULT_BOT_SCOPES);
        assertThat(install.locationParameter("redirect_uri"))
                .contains("https://followthrough.example.com/slack/oauth_redirect");
        assertThat(install.locationParameter("state")).isPresent();
        assertThat(install.setCookies())
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("slack-app-oauth-state="
                                + install.locationParameter("state").orElseThrow())
                        .contains("HttpOnly"));
        assertThat(followthrough.number("SELECT count(*) FROM oauth_states")).isEqualTo(1);
    }

    @Test
    void twoWorkspacesInstalledByOAuthEachUseTheirOwnTokenAndSeeOnlyTheirOwnPromises() {
        var acmeToken = install(Workspace.of("T1A"), "U1A");
        var globexToken = install(Workspace.of("T2A"), "U2A");
        assertThat(acmeToken).isNotEqualTo(globexToken);
        followthrough.slack.reset();
        followthrough.slack.workspace(Workspace.of("T1A"), acmeToken);
        followthrough.slack.workspace(Workspace.of("T2A"), globexToken);

        var acme = followthrough.requests.inWorkspace("T1A");
        var globex = followthrough.requests.inWorkspace("T2A");
        var acmePromise = promise(acme, "U1A", "send Acme the revised proposal by Wed 2pm");
        var globexPromise = promise(globex, "U2A", "send Globex the signed contract by Wed 2pm");

        // The deadline passes: each owner is asked about their own promise, in their own workspace.
        followthrough.clock.set(Instant.parse("2026-11-25T19:30:00Z"));
        var acmeReminder = awaitPostWith(acmeToken, "revised proposal");
        var globexReminder = awaitPostWith(globexToken, "signed contract");
        assertThat(acmeReminder.param("channel")).isNotBlank();
        assertThat(globexReminder.param("channel")).isNotBlank();

        press(acme, "U1A", acmePromise);
        press(globex, "U2A", globexPromise);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough.slack.calls("chat.update").size() >= 2);

        var calls = followthrough.slack.calls().stream()
                .filter(call -> !call.method().equals("response_url"))
                .toList();
        assertThat(calls)
                .isNotEmpty()
                .allSatisfy(call -> assertThat(call.token()).as(call.method()).isIn(acmeToken, globexToken));
        assertThat(followthrough.slack.callsWithToken(acmeToken))
                .extracting(SlackStandIn.Call::toString)
                .noneMatch(call -> call.contains("Globex") || call.contains("U2A"));
        assertThat(followthrough.slack.callsWithToken(globexToken))
                .extracting(SlackStandIn.Call::toString)
                .noneMatch(call -> call.contains("Acme") || call.contains("U1A"));
        assertThat(followthrough.slack.callsWithToken(acmeToken))
                .extracting(SlackStandIn.Call::method)
                .contains("chat.postMessage", "chat.update");
        assertThat(followthrough.slack.callsWithToken(globexToken))
                .extracting(SlackStandIn.Call::method)
                .contains("chat.postMessage", "chat.update");
        assertThat(followthrough.strings("SELECT team_id || ' ' || status FROM commitments ORDER BY team_id"))
                .containsExactly("T1A KEPT", "T2A KEPT");
    }

    @Test
    void anOrgWideInstallServesEveryWorkspaceOfItsOrganisation() {
        var orgToken = install(Workspace.orgWide("E1B"), "U0B");
        followthrough.slack.reset();
        followthrough.slack.workspace(Workspace.orgWide("E1B"), orgToken);

        promise(followthrough.requests.inWorkspace("E1B", "T5B"), "U5B", "send Acme the revised proposal by Wed 2pm");
        promise(followthrough.requests.inWorkspace("E1B", "T6B"), "U6B", "send Globex the signed contract by Wed 2pm");
        followthrough.clock.set(Instant.parse("2026-11-25T19:30:00Z"));
        awaitPostWith(orgToken, "revised proposal");
        awaitPostWith(orgToken, "signed contract");

        assertThat(followthrough.slack.calls())
                .allSatisfy(call -> assertThat(call.token()).as(call.method()).isEqualTo(orgToken));
        assertThat(followthrough.strings(
                        "SELECT coalesce(enterprise_id, '-') || ' ' || coalesce(team_id, '-') FROM installations"))
                .containsExactly("E1B -");
        assertThat(followthrough.strings("SELECT team_id || ' ' || enterprise_id FROM workspaces ORDER BY team_id"))
                .containsExactly("T5B E1B", "T6B E1B");
    }

    @Test
    void aReinstallReplacesTheTokenAndTheOldOneIsNoLongerUsed() {
        var first = install(Workspace.of("T1C"), "U1C");
        var second = install(Workspace.of("T1C"), "U1C");
        followthrough.slack.reset();
        followthrough.slack.workspace(Workspace.of("T1C"), second);

        promise(followthrough.requests.inWorkspace("T1C"), "U1C", "send Acme the revised proposal by Wed 2pm");
        followthrough.clock.set(Instant.parse("2026-11-25T19:30:00Z"));
        awaitPostWith(second, "revised proposal");

        assertThat(followthrough.slack.callsWithToken(first)).isEmpty();
        assertThat(followthrough.number("SELECT count(*) FROM installations")).isEqualTo(1);
    }

    @Test
    void storedTokensAreCiphertextsNeverTheTokenItself() {
        var token = install(Workspace.of("T1D"), "U1D");

        assertThat(String.join(" ", followthrough.strings("SELECT i::text FROM installations i")))
                .doesNotContain(token)
                .contains("UBT1D");
    }

    @Test
    void healthSaysTokensComeFromInstallsAndStartUpCheckedNoneWithSlack() {
        var health = followthrough.browser().get("/healthz");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"slack\":\"oauth\"");
        assertThat(followthrough.slack.calls("auth.test")).isEmpty();
    }

    @Test
    void aRequestFromAWorkspaceWithoutAnInstallIsAcknowledgedAndGoesNoFurther() {
        var answer = followthrough.requests.inWorkspace("T9E").slashCommand("U9E", "C9E", "send the logo by Wed");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEmpty();
        assertThat(followthrough.number("SELECT count(*) FROM commitments")).isZero();
        assertThat(followthrough.slack.calls()).isEmpty();
    }

    @Test
    void aRedirectWithoutAStateIsRefusedWithAPageAndNothingIsSaved() {
        var browser = followthrough.browser();
        var code = followthrough.slack.authorizationCode("T1F", "U1F");

        var page = browser.get(InstallBrowser.REDIRECT_PATH + "?code=" + code);

        assertRefused(page, "This install link can't be used");
    }

    @Test
    void aForgedStateIsRefusedWithAPageAndNothingIsSaved() {
        var browser = followthrough.browser();
        browser.get("/slack/install");

        var page = browser.returnFromSlack(followthrough.slack.authorizationCode("T1G", "U1G"), "forged-state");

        assertRefused(page, "This install link can't be used");
    }

    @Test
    void aStateUsedOnceIsRefusedTheSecondTime() {
        var browser = followthrough.browser();
        var install = browser.get("/slack/install");
        var first = browser.returnFromSlack(install, followthrough.slack.authorizationCode("T1H", "U1H"));
        assertThat(first.body()).contains("Followthrough is installed");

        var again = browser.returnFromSlack(install, followthrough.slack.authorizationCode("T2H", "U2H"));

        assertThat(again.body()).contains("was already used");
        assertThat(followthrough.strings("SELECT team_id FROM installations")).containsExactly("T1H");
    }

    @Test
    void aStateOlderThanTenMinutesIsRefused() {
        var browser = followthrough.browser();
        var install = browser.get("/slack/install");
        followthrough.clock.set(
                followthrough.clock.instant().plus(Duration.ofMinutes(10).plusSeconds(1)));

        var page = browser.returnFromSlack(install, followthrough.slack.authorizationCode("T1I", "U1I"));

        assertRefused(page, "This install link can't be used");
    }

    @Test
    void slackRefusingTheCodeIsAnsweredWithAPageAndNothingIsSaved() {
        var browser = followthrough.browser();
        var install = browser.get("/slack/install");

        var page = browser.returnFromSlack(install, "a-code-slack-never-gave");

        assertThat(followthrough.slack.calls("oauth.v2.access")).hasSize(1);
        assertRefused(page, "Slack's reason: invalid_code");
    }

    @Test
    void pressingCancelAtSlackIsAnsweredWithAPageAndNothingIsSaved() {
        var browser = followthrough.browser();
        var install = browser.get("/slack/install");

        var page = browser.cancelAtSlack(install.locationParameter("state").orElseThrow());

        assertThat(followthrough.slack.calls("oauth.v2.access")).isEmpty();
        assertRefused(page, "The install was cancelled");
    }

    private void assertRefused(InstallBrowser.Page page, String explanation) {
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(explanation)
                .contains("Nothing was installed")
                .contains("/slack/install");
        assertThat(followthrough.number("SELECT count(*) FROM installations")).isZero();
        assertThat(followthrough.number("SELECT count(*) FROM workspaces")).isZero();
    }

    /** Installs the app through the real flow and gives back the bot token Slack issued. */
    private String install(Workspace workspace, String userId) {
        var browser = followthrough.browser();
        var install = browser.get("/slack/install");
        var done = browser.returnFromSlack(install, followthrough.slack.authorizationCode(workspace, userId));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("Followthrough is installed");
        var issued = followthrough.slack.calls("oauth.v2.access");
        assertThat(issued).isNotEmpty();
        var owner = workspace.teamId() != null ? workspace.teamId() : workspace.enterpriseId();
        List<String> tokens = followthrough.slack.calls().stream()
                .filter(call -> call.method().equals("auth.test"))
                .map(SlackStandIn.Call::token)
                .filter(token -> token != null && token.contains(owner))
                .toList();
        assertThat(tokens).as("auth.test after the install, with the new token").isNotEmpty();
        return tokens.get(tokens.size() - 1);
    }

    private long promise(SlackRequests workspace, String userId, String text) {
        var answer = workspace.slashCommand(userId, "C" + userId, text);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains(text.substring(5, 20));
        return followthrough.number("SELECT max(id) FROM commitments");
    }

    private void press(SlackRequests workspace, String userId, long commitmentId) {
        var answer = workspace.interaction(
                workspace.buttonPress(userId, "D" + userId, Action.DELIVERED.id(), Long.toString(commitmentId)));
        assertThat(answer.statusCode()).isEqualTo(200);
    }

    private SlackStandIn.Call awaitPostWith(String token, String text) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> followthrough.slack.callsWithToken(token).stream()
                                .filter(call -> call.method().equals("chat.postMessage"))
                                .filter(call ->
                                        String.valueOf(call.param("text")).contains(text))
                                .findFirst(),
                        found -> found.isPresent())
                .orElseThrow();
    }
}
