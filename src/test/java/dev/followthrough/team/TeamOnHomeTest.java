package dev.followthrough.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.support.BlockKitLimits;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackRequests;
import dev.followthrough.support.SlackStandIn;
import dev.followthrough.support.WordingChecks.Rendered;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** App Home's Team section: the channels a user set up or follows, a line each. */
class TeamOnHomeTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String FORM = "application/x-www-form-urlencoded";

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(at("2026-11-23T10:00"));
    }

    @Test
    void followingAChannelPutsItOnHomeWhereItsTeamViewOpensAndUnfollowTakesItOff() {
        promise("U300", "C200", "call the buyer by today 11am");
        promise("U100", "C200", "send Acme the deck by Fri 2pm");
        // Overdue too, but in a DM: its owner is slipping nowhere the channel can see.
        promise("U200", "D200", "send the secret pricing by today 11am");
        followthrough.clock.set(at("2026-11-23T12:00"));
        assertThat(team("U100", "C200")).contains("Follow on App Home");

        var follow = SlackRequests.form(Map.of(
                "payload",
                followthrough
                        .requests
                        .buttonPress("U100", "C200", TeamButtons.FOLLOW, "C200")
                        .toString()));
        followthrough.requests.send(follow, FORM, Map.of());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !followthrough.slack.calls("response_url").isEmpty());
        for (var retry = 1; retry <= 3; retry++) {
            followthrough.requests.send(
                    follow,
                    FORM,
                    Map.of("X-Slack-Retry-Num", Integer.toString(retry), "X-Slack-Retry-Reason", "http_timeout"));
        }

        assertThat(followthrough.strings(
                        "SELECT user_id || ' ' || channel_id || ' ' || following FROM channel_follows"))
                .containsExactly("U100 C200 true");
        followthrough.awaitSettled();
        assertThat(followthrough.slack.calls("response_url")).hasSize(1);
        assertThat(followthrough.slack.calls("response_url").get(0).param("text"))
                .contains("Following <#C200>: it's on your App Home");

        open();
        var home = awaitPublish(text -> text.contains("Team"));
        assertThat(home)
                .contains("<#C200> · 2 open · 1 overdue · slipping: <@U300>")
                .contains("See the team view")
                .doesNotContain("<@U200>")
                .doesNotContain("secret pricing");

        followthrough.requests.interaction(fromHome(TeamButtons.SHOW, "C200"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !followthrough.slack.calls("views.open").isEmpty());
        var modal = Rendered.of(JsonParser.parseString(
                        followthrough.slack.calls("views.open").get(0).param("view")))
                .all();
        assertThat(modal)
                .contains("Team view")
                .contains("*<@U300>* · 1 open, 1 overdue")
                .contains("call the buyer")
                .contains("send Acme the deck")
                .doesNotContain("secret pricing");

        followthrough.requests.interaction(fromHome(TeamButtons.UNFOLLOW, "C200"));
        var unfollowed = awaitPublish(text -> !text.contains("<#C200>"));
        assertThat(unfollowed).doesNotContain("See the team view");
        assertThat(team("U100", "C200")).contains("Follow on App Home");
        assertThat(BlockKitLimits.breaches(followthrough.slack.calls("views.publish")))
                .isEmpty();
    }

    @Test
    void aChannelTheUserSetUpIsOnHomeUntilTheyUnfollowIt() {
        followthrough.requests.slashCommand("U100", "C300", "channel summary at 10:00");
        promise("U300", "C300", "share the pricing sheet by Tuesday");

        open();

        assertThat(awaitPublish(text -> text.contains("<#C300>")))
                .contains("<#C300> · 1 open · 0 overdue · nobody slipping");
        assertThat(team("U100", "C300")).contains("Unfollow").doesNotContain("Follow on App Home");

        followthrough.requests.interaction(fromHome(TeamButtons.UNFOLLOW, "C300"));

        assertThat(awaitPublish(text -> !text.contains("<#C300>"))).doesNotContain("Team");
    }

    @Test
    void manyChannelsAndManyPromisesKeepHomeWithinItsBlocks() {
        for (var index = 0; index < 50; index++) {
            promise("U100", "D100", "send report " + index + " by Fri 2pm");
        }
        for (var channel = 0; channel < 8; channel++) {
            promise("U300", "C40" + channel, "call lead " + channel + " by Fri 2pm");
            followthrough.requests.interaction(
                    followthrough.requests.buttonPress("U100", "C40" + channel, TeamButtons.FOLLOW, "C40" + channel));
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> followthrough.number("SELECT count(*) FROM channel_follows") == 8);

        open();

        var view = awaitPublishedView(text -> text.contains("Team"));
        assertThat(view.getAsJsonArray("blocks").size()).isLessThanOrEqualTo(100);
        var text = Rendered.of(view).all();
        assertThat(text)
                .contains("<#C400> · 1 open")
                .contains("<#C404> · 1 open")
                .doesNotContain("<#C405>")
                .contains("…and 3 more channels")
                .contains("…and 45 more: show them");
        assertThat(BlockKitLimits.breaches(followthrough.slack.calls("views.publish")))
                .isEmpty();
    }

    private String team(String userId, String channelId) {
        var answer = JsonParser.parseString(followthrough
                        .requests
                        .slashCommand(userId, channelId, "team")
                        .body())
                .getAsJsonObject();
        return Rendered.of(answer.get("blocks")).all();
    }

    private void promise(String userId, String channelId, String text) {
        assertThat(followthrough.requests.slashCommand(userId, channelId, text).statusCode())
                .isEqualTo(200);
    }

    /** A press on App Home: its container is the view, and there is no response URL. */
    private JsonObject fromHome(String actionId, String value) {
        var press = followthrough.requests.buttonPress("U100", "D100", actionId, value);
        var container = new JsonObject();
        container.addProperty("type", "view");
        container.addProperty("view_id", "VHOME");
        press.add("container", container);
        press.remove("channel");
        press.remove("response_url");
        return press;
    }

    private void open() {
        var body = """
                {"token":"legacy","team_id":"T0001","api_app_id":"A0001","type":"event_callback",\
                "event_id":"Ev%s","event_time":1700000000,\
                "authorizations":[{"team_id":"T0001","user_id":"UBOT","is_bot":true}],\
                "event":{"type":"app_home_opened","user":"U100","channel":"D0001","tab":"home",\
                "event_ts":"1700000000.000100"}}""".formatted(UUID.randomUUID().toString().replace("-", "").substring(0, 10));
        assertThat(followthrough
                        .requests
                        .send(body, "application/json", Map.of())
                        .statusCode())
                .isEqualTo(200);
    }

    /** The text of the latest publish, once one is as {@code wanted}. */
    private String awaitPublish(java.util.function.Predicate<String> wanted) {
        return Rendered.of(awaitPublishedView(wanted)).all();
    }

    private JsonObject awaitPublishedView(java.util.function.Predicate<String> wanted) {
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            var latest = latest();
            return latest != null && wanted.test(Rendered.of(latest).all());
        });
        return latest();
    }

    private JsonObject latest() {
        List<SlackStandIn.Call> publishes = followthrough.slack.calls("views.publish");
        if (publishes.isEmpty()) {
            return null;
        }
        return JsonParser.parseString(publishes.get(publishes.size() - 1).param("view"))
                .getAsJsonObject();
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
    }
}
