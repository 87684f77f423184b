package dev.followthrough.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stand-in speaking for many workspaces, called over HTTP with the SDK Followthrough uses. */
class SlackStandInWorkspacesTest {

    private SlackStandIn standIn;
    private Slack slack;

    @BeforeEach
    void start() throws Exception {
        standIn = new SlackStandIn();
        var config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(standIn.apiUrl());
        slack = Slack.getInstance(config);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    private MethodsClient as(String token) {
        return slack.methods(token);
    }

    @Test
    void withNoWorkspaceRegisteredAnyTokenGetsTheSingleDefaultWorkspace() throws Exception {
        var answer = as("xoxb-whatever").authTest(request -> request);

        assertThat(answer.isOk()).isTrue();
        assertThat(answer.getTeamId()).isEqualTo(SlackStandIn.DEFAULT_TEAM);
        assertThat(answer.getUserId()).isEqualTo("UBOT");
        assertThat(answer.getBotId()).isEqualTo("BBOT");
        assertThat(standIn.calls().get(0).team()).isEqualTo(SlackStandIn.DEFAULT_TEAM);
    }

    @Test
    void eachTokenIsAnsweredAsItsOwnWorkspace() throws Exception {
        standIn.workspace("T1", "xoxb-t1");
        standIn.enterpriseWorkspace("E1", "T2", "xoxb-t2");
        standIn.orgWideInstall("E9", "xoxb-e9");

        var first = as("xoxb-t1").authTest(request -> request);
        var second = as("xoxb-t2").authTest(request -> request);
        var orgWide = as("xoxb-e9").authTest(request -> request);

        assertThat(first.getTeamId()).isEqualTo("T1");
        assertThat(first.getUserId()).isEqualTo("UBT1");
        assertThat(first.getBotId()).isEqualTo("BBT1");
        assertThat(first.getEnterpriseId()).isNull();
        assertThat(second.getTeamId()).isEqualTo("T2");
        assertThat(second.getEnterpriseId()).isEqualTo("E1");
        assertThat(second.isEnterpriseInstall()).isFalse();
        assertThat(orgWide.getEnterpriseId()).isEqualTo("E9");
        assertThat(orgWide.isEnterpriseInstall()).isTrue();
        assertThat(as("xoxb-t2")
                        .usersInfo(request -> request.user("U7"))
                        .getUser()
                        .getTeamId())
                .isEqualTo("T2");
        assertThat(post(
                                standIn.apiUrl() + "users.info",
                                Map.of("Authorization", "Bearer xoxb-e9"),
                                "user=U8&team_id=T90")
                        .body())
                .as("an org-wide token acts in the workspace its call names")
                .contains("\"team_id\":\"T90\"");
        // The SDK may add an auth.test of its own (its team id cache for metrics): count none.
        assertThat(standIn.callsWithToken("xoxb-t1")).isNotEmpty().allMatch(call -> "T1".equals(call.team()));
        assertThat(standIn.callsWithToken("xoxb-t2")).isNotEmpty().allMatch(call -> "T2".equals(call.team()));
    }

    @Test
    void anUnknownRevokedOrMissingTokenIsRefusedOnEveryMethod() throws Exception {
        standIn.workspace("T1", "xoxb-t1");
        standIn.workspace("T2", "xoxb-t2");
        standIn.revoke("xoxb-t2");

        assertThat(as("xoxb-stranger").authTest(request -> request).getError()).isEqualTo("invalid_auth");
        assertThat(as("xoxb-stranger")
                        .chatPostMessage(request -> request.channel("C1").text("hi"))
                        .getError())
                .isEqualTo("invalid_auth");
        assertThat(as("xoxb-t2").authTest(request -> request).getError()).isEqualTo("token_revoked");
        assertThat(post(standIn.apiUrl() + "auth.test", Map.of(), "").body()).contains("not_authed");
        assertThat(as("xoxb-t1").authTest(request -> request).isOk()).isTrue();

        standIn.uninstall("T1");
        assertThat(as("xoxb-t1").authTest(request -> request).getError()).isEqualTo("token_revoked");
    }

    @Test
    void aCodeIsExchangedOnceForATokenBoltCanReadAndThatTokenThenWorks() throws Exception {
        var code = standIn.authorizationCode("T1", "U100");

        OAuthV2AccessResponse answer = slack.methods()
                .oauthV2Access(request -> request.clientId(SlackStandIn.CLIENT_ID)
                        .clientSecret(SlackStandIn.CLIENT_SECRET)
                        .code(code)
                        .redirectUri("https://followthrough.example.com/slack/oauth_redirect"));

        assertThat(answer.isOk()).isTrue();
        assertThat(answer.getTokenType()).isEqualTo("bot");
        assertThat(answer.getAccessToken()).startsWith("xoxb-");
        assertThat(answer.getScope()).isEqualTo(SlackStandIn.BOT_SCOPES);
        assertThat(answer.getBotUserId()).isEqualTo("UBT1");
        assertThat(answer.getAppId()).isEqualTo(SlackStandIn.APP_ID);
        assertThat(answer.getTeam().getId()).isEqualTo("T1");
        assertThat(answer.getTeam().getName()).isEqualTo("Team T1");
        assertThat(answer.getEnterprise()).isNull();
        assertThat(answer.isEnterpriseInstall()).isFalse();
        assertThat(answer.getAuthedUser().getId()).isEqualTo("U100");
        assertThat(answer.getRefreshToken()).isNull();
        assertThat(answer.getExpiresIn()).isNull();
        assertThat(standIn.calls("oauth.v2.access").get(0).authorization()).startsWith("Basic ");
        assertThat(standIn.calls("oauth.v2.access").get(0).param("redirect_uri"))
                .isEqualTo("https://followthrough.example.com/slack/oauth_redirect");
        assertThat(as(answer.getAccessToken()).authTest(request -> request).getTeamId())
                .isEqualTo("T1");
        assertThat(standIn.tokensOf("T1")).containsExactly(answer.getAccessToken());

        var again = slack.methods()
                .oauthV2Access(request -> request.clientId(SlackStandIn.CLIENT_ID)
                        .clientSecret(SlackStandIn.CLIENT_SECRET)
                        .code(code));
        assertThat(again.getError()).isEqualTo("invalid_code");
    }

    @Test
    void anOrgWideInstallAnswersWithItsEnterpriseAndNoTeam() throws Exception {
        var code = standIn.authorizationCode(SlackStandIn.Workspace.orgWide("E1"), "W100");

        var answer = slack.methods()
                .oauthV2Access(request -> request.clientId(SlackStandIn.CLIENT_ID)
                        .clientSecret(SlackStandIn.CLIENT_SECRET)
                        .code(code));

        assertThat(answer.isOk()).isTrue();
        assertThat(answer.getTeam()).isNull();
        assertThat(answer.getEnterprise().getId()).isEqualTo("E1");
        assertThat(answer.isEnterpriseInstall()).isTrue();
        assertThat(standIn.installedIn("E1", "T5").map(SlackStandIn.Workspace::enterpriseInstall))
                .contains(true);
    }

    @Test
    void anInstallGrantsTheManifestsBotScopes() throws Exception {
        var manifest = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("manifest.yml").toFile());
        var scopes = new ArrayList<String>();
        manifest.get("oauth_config").get("scopes").get("bot").forEach(scope -> scopes.add(scope.asText()));

        assertThat(SlackStandIn.BOT_SCOPES).isEqualTo(String.join(",", scopes));
    }

    @Test
    void aTokenSentAsAFormFieldIsJudgedAndRecordedLikeABearerOne() throws Exception {
        standIn.workspace("T1", "xoxb-t1");

        var answer = post(standIn.apiUrl() + "auth.test", Map.of(), "token=xoxb-t1");

        assertThat(answer.body()).contains("\"team_id\":\"T1\"");
        assertThat(standIn.callsWithToken("xoxb-t1"))
                .singleElement()
                .satisfies(call -> assertThat(call.team()).isEqualTo("T1"));
    }

    @Test
    void badClientCredentialsAndUnknownCodesAreRefusedAsSlackDoes() throws Exception {
        var code = standIn.authorizationCode("T1", "U100");

        assertThat(slack.methods()
                        .oauthV2Access(request -> request.clientId("9.9")
                                .clientSecret(SlackStandIn.CLIENT_SECRET)
                                .code(code))
                        .getError())
                .isEqualTo("invalid_client_id");
        assertThat(slack.methods()
                        .oauthV2Access(request -> request.clientId(SlackStandIn.CLIENT_ID)
                                .clientSecret("wrong")
                                .code(code))
                        .getError())
                .isEqualTo("bad_client_secret");
        assertThat(slack.methods()
                        .oauthV2Access(request -> request.clientId(SlackStandIn.CLIENT_ID)
                                .clientSecret(SlackStandIn.CLIENT_SECRET)
                                .code("made-up"))
                        .getError())
                .isEqualTo("invalid_code");

        var byFormFields = post(
                standIn.apiUrl() + "oauth.v2.access",
                Map.of(),
                SlackRequests.form(Map.of(
                        "client_id",
                        SlackStandIn.CLIENT_ID,
                        "client_secret",
                        SlackStandIn.CLIENT_SECRET,
                        "code",
                        code)));
        assertThat(byFormFields.body())
                .as("a refused exchange left the code usable; credentials may come as form fields")
                .contains("\"ok\":true")
                .contains("\"access_token\":\"xoxb-");
    }

    @Test
    void withRotationARefreshIssuesANewPairAndTheOldTokenStopsWorking() throws Exception {
        standIn.rotateTokens(Duration.ofHours(12));
        var installed = slack.methods()
                .oauthV2Access(request -> request.clientId(SlackStandIn.CLIENT_ID)
                        .clientSecret(SlackStandIn.CLIENT_SECRET)
                        .code(standIn.authorizationCode("T1", "U100")));
        assertThat(installed.getAccessToken()).startsWith("xoxe.xoxb-");
        assertThat(installed.getRefreshToken()).startsWith("xoxe-");
        assertThat(installed.getExpiresIn()).isEqualTo(43_200);

        var refreshed = slack.methods()
                .oauthV2Access(request -> request.clientId(SlackStandIn.CLIENT_ID)
                        .clientSecret(SlackStandIn.CLIENT_SECRET)
                        .grantType("refresh_token")
                        .refreshToken(installed.getRefreshToken()));

        assertThat(refreshed.isOk()).isTrue();
        assertThat(refreshed.getAccessToken()).isNotEqualTo(installed.getAccessToken());
        assertThat(refreshed.getRefreshToken()).isNotEqualTo(installed.getRefreshToken());
        assertThat(refreshed.getTeam().getId()).isEqualTo("T1");
        assertThat(as(installed.getAccessToken()).authTest(request -> request).getError())
                .isEqualTo("token_expired");
        assertThat(as(refreshed.getAccessToken()).authTest(request -> request).getTeamId())
                .isEqualTo("T1");
        assertThat(slack.methods()
                        .oauthV2Access(request -> request.clientId(SlackStandIn.CLIENT_ID)
                                .clientSecret(SlackStandIn.CLIENT_SECRET)
                                .grantType("refresh_token")
                                .refreshToken(installed.getRefreshToken()))
                        .getError())
                .as("a refresh token works once")
                .isEqualTo("invalid_refresh_token");
    }

    @Test
    void postsBeyondAChannelsLimitGet429WithRetryAfterWhileOtherChannelsGoOn() throws Exception {
        standIn.workspace("T1", "xoxb-t1");
        standIn.limitPostsPerChannel(1, 2);

        assertThat(postMessage("xoxb-t1", "C1").statusCode()).isEqualTo(200);
        assertThat(postMessage("xoxb-t1", "C1").statusCode()).isEqualTo(200);
        var limited = postMessage("xoxb-t1", "C1");
        var otherChannel = postMessage("xoxb-t1", "C2");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("1");
        assertThat(limited.body()).contains("ratelimited");
        assertThat(otherChannel.statusCode()).isEqualTo(200);
        assertThat(standIn.postsToChannel("T1", "C1")).isEqualTo(new SlackStandIn.PostCounts(2, 1));
        assertThat(standIn.postsInWorkspace("T1")).isEqualTo(new SlackStandIn.PostCounts(3, 1));
        assertThatThrownBy(() -> as("xoxb-t1")
                        .chatPostMessage(request -> request.channel("C1").text("x")))
                .as("the SDK sees Slack's 429")
                .isInstanceOf(SlackApiException.class);

        // The bucket refills on real time: the channel takes a post again once its second is up.
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> postMessage("xoxb-t1", "C1").statusCode() == 200);

        standIn.reset();
        for (int post = 0; post < 5; post++) {
            assertThat(postMessage("xoxb-any", "C1").statusCode())
                    .as("limits are off after reset")
                    .isEqualTo(200);
        }
    }

    @Test
    void aWorkspacesLimitCoversAllItsChannelsAndNoOtherWorkspace() throws Exception {
        standIn.workspace("T1", "xoxb-t1");
        standIn.workspace("T2", "xoxb-t2");
        standIn.limitPostsPerWorkspace(60, 2);

        assertThat(postMessage("xoxb-t1", "C1").statusCode()).isEqualTo(200);
        assertThat(postMessage("xoxb-t1", "C2").statusCode()).isEqualTo(200);
        assertThat(postMessage("xoxb-t1", "C3").statusCode()).isEqualTo(429);
        assertThat(postMessage("xoxb-t2", "C1").statusCode()).isEqualTo(200);
        assertThat(standIn.postsInWorkspace("T1")).isEqualTo(new SlackStandIn.PostCounts(2, 1));
        assertThat(standIn.postsInWorkspace("T2")).isEqualTo(new SlackStandIn.PostCounts(1, 0));
    }

    @Test
    void refusingOneTokenWithNoneRegisteredLeavesEveryOtherTokenAsToday() throws Exception {
        standIn.revoke("xoxb-gone");
        standIn.expire("xoxb-old");

        assertThat(as("xoxb-gone").authTest(request -> request).getError()).isEqualTo("token_revoked");
        assertThat(as("xoxb-old").authTest(request -> request).getError()).isEqualTo("token_expired");
        assertThat(as("xoxb-test-token").authTest(request -> request).getTeamId())
                .isEqualTo("T0001");
    }

    @Test
    void afterTheOnlyWorkspaceIsUninstalledStrangersAreStillRefused() throws Exception {
        standIn.workspace("T1", "xoxb-t1");
        standIn.uninstall("T1");

        assertThat(as("xoxb-test-token").authTest(request -> request).getError())
                .isEqualTo("invalid_auth");
    }

    @Test
    void resetForgetsEveryWorkspaceSoTheDefaultTokenWorksAgain() throws Exception {
        standIn.workspace("T1", "xoxb-t1");
        assertThat(as("xoxb-test-token").authTest(request -> request).getError())
                .isEqualTo("invalid_auth");

        standIn.reset();

        assertThat(as("xoxb-test-token").authTest(request -> request).getTeamId())
                .isEqualTo("T0001");
    }

    @Test
    void requestsFromAnotherWorkspaceNameItEverywhere() {
        standIn.orgWideInstall("E1", "xoxb-e1");
        var requests = new SlackRequests(1, "secret", standIn);
        var elsewhere = requests.inWorkspace("T2");
        var inOrg = requests.inWorkspace("E1", "T3");

        assertThat(requests.command("U1", "C1", "x")).containsEntry("team_id", "T0001");
        assertThat(elsewhere.command("U1", "C1", "x")).containsEntry("team_id", "T2");
        assertThat(teamOf(elsewhere.buttonPress("U1", "C1", "a", "v"))).isEqualTo("T2");
        assertThat(teamOf(elsewhere.optionChosen("U1", "C1", "a", "v"))).isEqualTo("T2");
        var submission = elsewhere.viewSubmission("U1", "cb", "", Map.of());
        assertThat(teamOf(submission)).isEqualTo("T2");
        assertThat(submission.getAsJsonObject("view").get("team_id").getAsString())
                .isEqualTo("T2");
        assertThat(teamOf(elsewhere.actionInView("U1", submission.getAsJsonObject("view"), "a", "v")))
                .isEqualTo("T2");
        assertThat(inOrg.command("U1", "C1", "x"))
                .containsEntry("team_id", "T3")
                .containsEntry("enterprise_id", "E1")
                .containsEntry("is_enterprise_install", "true");
        var event = inOrg.eventCallback(new JsonObject());
        var authorization = event.getAsJsonArray("authorizations").get(0).getAsJsonObject();
        assertThat(event.get("team_id").getAsString()).isEqualTo("T3");
        assertThat(authorization.get("user_id").getAsString()).isEqualTo("UBE1");
        assertThat(authorization.get("is_enterprise_install").getAsBoolean()).isTrue();
    }

    private static String teamOf(JsonObject payload) {
        return payload.getAsJsonObject("team").get("id").getAsString();
    }

    private HttpResponse<String> postMessage(String token, String channelId) throws Exception {
        return post(
                standIn.apiUrl() + "chat.postMessage",
                Map.of("Authorization", "Bearer " + token),
                SlackRequests.form(Map.of("channel", channelId, "text", "hello")));
    }

    private static HttpResponse<String> post(String url, Map<String, String> headers, String form) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
