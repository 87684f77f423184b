package dev.followthrough.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.support.BlockKitLimits;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackStandIn;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppHomeTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(
                LocalDateTime.parse("2026-11-23T10:00").atZone(NEW_YORK).toInstant());
    }

    @Test
    void openingTheHomeTabShowsPromisesInTheOrderTheyNeedAttention() {
        promise("call the buyer by today 5pm");
        promise("send Acme the deck by Fri 2pm");
        promise("draft the SOW for Globex by Dec 10");
        promise("think about pricing");
        promise("<@U300|buyer> will send the PO by Tuesday");

        open("Ev1");

        var view = awaitPublishedView(1);
        var text = view.toString();
        assertThat(text).contains("\"type\":\"home\"").contains("Settings");
        assertThat(text.indexOf("This week")).isGreaterThan(0);
        assertThat(text.indexOf("—")).isBetween(0, text.indexOf("Due today"));
        assertThat(order(
                        text,
                        "Due today",
                        "call the buyer",
                        "This week",
                        "send Acme the deck",
                        "Later",
                        "draft the SOW",
                        "No date yet",
                        "think about pricing",
                        "What others owe you",
                        "send the PO"))
                .isTrue();
        assertThat(text)
                .contains("reminder_delivered")
                .contains("reminder_renegotiate")
                .contains("promise_edit");
    }

    @Test
    void theHomeTabIsPublishedAgainAfterAChangeWithTheLastHash() {
        open("Ev2");
        awaitPublishedView(1);

        promise("send Acme the deck by Fri 2pm");

        await().atMost(Duration.ofSeconds(15))
                .until(() ->
                        publishes().stream().anyMatch(call -> call.param("view").contains("send Acme the deck")));
        var second = publishes().stream()
                .filter(call -> call.param("view").contains("send Acme the deck"))
                .findFirst()
                .orElseThrow();
        assertThat(second.param("hash")).isNotBlank();
    }

    @Test
    void aButtonOnHomeActsAndTheHomeTabCatchesUp() {
        var id = promise("send Acme the deck by Fri 2pm");
        open("Ev3");
        awaitPublishedView(1);

        var press = followthrough.requests.buttonPress("U100", "D100", "reminder_delivered", Long.toString(id));
        var container = new JsonObject();
        container.addProperty("type", "view");
        container.addProperty("view_id", "VHOME");
        press.add("container", container);
        press.remove("response_url");
        followthrough.requests.interaction(press);

        await().atMost(Duration.ofSeconds(15))
                .until(() -> publishes().size() >= 2
                        && !publishes()
                                .get(publishes().size() - 1)
                                .param("view")
                                .contains("send Acme the deck"));
        assertThat(followthrough.strings("SELECT status FROM commitments")).containsExactly("KEPT");
    }

    @Test
    void aLongListStaysWithinTheHomeTabsLimitsAndShowsTheRestOnRequest() {
        for (var index = 0; index < 60; index++) {
            promise("send report " + index + " by Fri 2pm");
        }
        open("Ev4");
        var view = awaitPublishedView(1);
        assertThat(view.getAsJsonArray("blocks").size()).isLessThanOrEqualTo(100);
        assertThat(view.toString()).contains("…and 55 more: show them");

        followthrough.requests.interaction(
                followthrough.requests.buttonPress("U100", "D100", HomeView.MORE, "THIS_WEEK"));

        // Whichever publish shows the section expanded (a refresh may land in between).
        await().atMost(Duration.ofSeconds(15))
                .until(() ->
                        publishes().stream().anyMatch(call -> call.param("view").contains("send report 40")));
        var expanded = JsonParser.parseString(publishes().stream()
                        .filter(call -> call.param("view").contains("send report 40"))
                        .findFirst()
                        .orElseThrow()
                        .param("view"))
                .getAsJsonObject();
        assertThat(expanded.getAsJsonArray("blocks").size()).isLessThanOrEqualTo(100);
        assertThat(BlockKitLimits.breaches(publishes())).isEmpty();
    }

    @Test
    void aRetriedEventPublishesOnce() throws Exception {
        var body = homeOpened("Ev5", "home");
        followthrough.requests.send(body, "application/json", Map.of());
        followthrough.requests.send(
                body, "application/json", Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));

        awaitPublishedView(1);
        Thread.sleep(500);
        assertThat(publishes()).hasSize(1);
    }

    @Test
    void openingTheMessagesTabPublishesNothing() throws Exception {
        var response = followthrough.requests.send(homeOpened("Ev6", "messages"), "application/json", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        Thread.sleep(500);
        assertThat(publishes()).isEmpty();
    }

    private long promise(String text) {
        followthrough.requests.slashCommand("U100", "D100", text);
        return Long.parseLong(
                followthrough.strings("SELECT max(id) FROM commitments").get(0));
    }

    private void open(String eventId) {
        assertThat(followthrough
                        .requests
                        .send(homeOpened(eventId, "home"), "application/json", Map.of())
                        .statusCode())
                .isEqualTo(200);
    }

    private JsonObject awaitPublishedView(int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> publishes().size() >= count);
        var publish = publishes().get(count - 1);
        assertThat(publish.param("user_id")).isEqualTo("U100");
        return JsonParser.parseString(publish.param("view")).getAsJsonObject();
    }

    private List<SlackStandIn.Call> publishes() {
        return followthrough.slack.calls("views.publish");
    }

    private static boolean order(String text, String... parts) {
        var from = 0;
        for (var part : parts) {
            var at = text.indexOf(part, from);
            if (at < 0) {
                return false;
            }
            from = at;
        }
        return true;
    }

    private static String homeOpened(String eventId, String tab) {
        return """
                {"token":"legacy","team_id":"T0001","api_app_id":"A0001","type":"event_callback",\
                "event_id":"%s","event_time":1700000000,\
                "authorizations":[{"team_id":"T0001","user_id":"UBOT","is_bot":true}],\
                "event":{"type":"app_home_opened","user":"U100","channel":"D0001","tab":"%s",\
                "event_ts":"1700000000.000100"}}""".formatted(eventId, tab);
    }
}
