package dev.followthrough.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackStandIn;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A message typed in the app's Messages tab is read like {@code /promise} text and recorded on one tap. */
class TypedToTheAppTest {

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
    }

    @Test
    void aMessageTypedToTheAppIsReadBackAndRecordedOnOneTap() {
        deliver(typed("Ev100", "U100", "1700000100.000100", "send Acme the revised proposal by Dec 3 10am"));

        var reply = awaitReply();
        assertThat(reply.param("channel")).isEqualTo("D100");
        assertThat(reply.param("text"))
                .startsWith("Shall I record this? You promise: send Acme the revised proposal — by")
                .contains("Thu 3 Dec, 10:00 AM EST");
        assertThat(commitments()).isZero();

        var recordIt = button(reply, DirectMessageReplies.RECORD_IT);
        var answer = press("U100", recordIt);

        assertThat(answer.get("replace_original").getAsBoolean()).isTrue();
        assertThat(answer.get("text").getAsString())
                .contains("<@U100> promised")
                .contains("send Acme the revised proposal");
        assertThat(answer.getAsJsonArray("blocks").toString()).contains("promise_done");
        assertThat(followthrough.strings("SELECT what || ' ' || counterparty_name || ' ' || coalesce(channel_id, '-')"
                        + " FROM commitments"))
                .containsExactly("send Acme the revised proposal Acme -");

        press("U100", recordIt);

        assertThat(commitments()).isEqualTo(1);
    }

    @Test
    void aRecurringPromiseTypedToTheAppIsConfirmedAndRecordedAsItsSeriesOnOneTap() {
        deliver(typed("Ev111", "U100", "1700000111.000100", "every Friday send the pipeline update"));

        var reply = awaitReply();
        assertThat(reply.param("text"))
                .startsWith("Shall I record this? You promise: send the pipeline update")
                .contains("Repeats every Friday at 5:00 PM, first on Fri 27 Nov, next on Fri 4 Dec");
        assertThat(commitments()).isZero();
        assertThat(followthrough.number("SELECT count(*) FROM commitment_series"))
                .isZero();

        var recordIt = button(reply, DirectMessageReplies.RECORD_IT);
        var answer = press("U100", recordIt);
        press("U100", recordIt);

        assertThat(answer.getAsJsonArray("blocks").toString())
                .contains("Repeats every Friday at 5:00 PM")
                .contains("promise_done");
        assertThat(followthrough.strings(
                        "SELECT what || ' ' || rule || ' ' || coalesce(channel_id, '-')" + " FROM commitment_series"))
                .containsExactly("send the pipeline update WEEKLY 1 FRIDAY -");
        assertThat(followthrough.strings("SELECT occurrence_on || ' ' || due_at FROM commitments"))
                .containsExactly("2026-11-27 2026-11-27 22:00:00+00");
    }

    @Test
    void anEventSlackDeliversAgainIsAnsweredOnce() {
        var body = typed("Ev101", "U100", "1700000101.000100", "call Initech back by tomorrow");

        deliver(body);
        followthrough.requests.send(
                body, "application/json", Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
        followthrough.requests.send(
                body, "application/json", Map.of("X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_timeout"));
        followthrough.awaitSettled();

        assertThat(followthrough.slack.calls("chat.postMessage")).hasSize(1);
        assertThat(followthrough.number("SELECT count(*) FROM outbox")).isEqualTo(1);
        assertThat(commitments()).isZero();
    }

    @Test
    void botsEditsThreadRepliesAndTheAppsOwnMessagesAreLeftAlone() {
        deliver(typed("Ev102", "UBOT", "1700000102.000100", "send Acme the deck by tomorrow")
                .replace("\"user\":\"UBOT\"", "\"user\":\"UBOT\",\"bot_id\":\"BBOT\""));
        deliver(typed("Ev103", "U200", "1700000103.000100", "send Acme the deck by tomorrow")
                .replace("\"user\":\"U200\"", "\"user\":\"U200\",\"bot_id\":\"B200\""));
        deliver(typed("Ev104", "U100", "1700000104.000100", "send Acme the deck by tomorrow")
                .replace("\"ts\":", "\"thread_ts\":\"1700000000.000001\",\"ts\":"));
        deliver("""
                {"token":"legacy","team_id":"T0001","api_app_id":"A0001","type":"event_callback",\
                "event_id":"Ev105","event_time":1700000105,\
                "authorizations":[{"team_id":"T0001","user_id":"UBOT","is_bot":true}],\
                "event":{"type":"message","subtype":"message_changed","channel":"D100","channel_type":"im",\
                "hidden":true,"ts":"1700000105.000100","event_ts":"1700000105.000100",\
                "message":{"type":"message","user":"U100","text":"send Acme the deck by Friday",\
                "ts":"1700000099.000100","edited":{"user":"U100","ts":"1700000105.000100"}}}}""");
        deliver("""
                {"token":"legacy","team_id":"T0001","api_app_id":"A0001","type":"event_callback",\
                "event_id":"Ev110","event_time":1700000110,\
                "authorizations":[{"team_id":"T0001","user_id":"UBOT","is_bot":true}],\
                "event":{"type":"message","subtype":"file_share","channel":"D100","channel_type":"im",\
                "user":"U100","text":"send Acme the deck by Friday","ts":"1700000110.000100",\
                "event_ts":"1700000110.000100","files":[]}}""");
        followthrough.awaitSettled();

        assertThat(followthrough.number("SELECT count(*) FROM outbox")).isZero();
        assertThat(followthrough.slack.calls("chat.postMessage")).isEmpty();
        assertThat(commitments()).isZero();
    }

    @Test
    void whatCannotBeAPromiseIsAnsweredWithoutAButton() {
        deliver(typed("Ev106", "U100", "1700000106.000100", "send the deck yesterday"));
        deliver(typed("Ev107", "U100", "1700000107.000100", "list"));
        followthrough.awaitSettled();

        var replies = followthrough.slack.calls("chat.postMessage");
        assertThat(replies).hasSize(2);
        var texts = replies.stream().map(call -> call.param("text")).toList();
        assertThat(texts)
                .anySatisfy(text -> assertThat(text).contains("already passed").contains("Nothing was saved"))
                .anySatisfy(text -> assertThat(text)
                        .isEqualTo("Here I read what you write as a promise. For your open"
                                + " promises, soonest first, type `/promise list`. Nothing was saved."));
        assertThat(replies)
                .allSatisfy(call -> assertThat(call.param("blocks")).doesNotContain(DirectMessageReplies.RECORD_IT));
    }

    @Test
    void aRelationshipAskedForInTheMessagesTabIsPointedToTheCommandAndNothingIsSaved() {
        deliver(typed("Ev108", "U100", "1700000108.000100", "with Acme"));
        followthrough.awaitSettled();

        var replies = followthrough.slack.calls("chat.postMessage");
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).param("text"))
                .contains("For your record with one person or company")
                .endsWith("type `/promise with`. Nothing was saved.");
        assertThat(followthrough.number("SELECT count(*) FROM commitments")).isZero();
    }

    @Test
    void onlyTheWriterCanRecordIt() {
        deliver(typed("Ev108", "U100", "1700000108.000100", "send Acme the deck by tomorrow"));
        var recordIt = button(awaitReply(), DirectMessageReplies.RECORD_IT);

        var answer = press("U999", recordIt);

        assertThat(answer.get("text").getAsString()).contains("Only the person who wrote this can record it");
        assertThat(commitments()).isZero();
    }

    @Test
    void aFirstMessageFromSomeoneSlackIsSlowToDescribeIsAnsweredOnceItHas() {
        followthrough.slack.latency(Duration.ofMillis(2500));
        try {
            deliver(typed("Ev109", "U100", "1700000109.000100", "send Acme the deck by Fri 2pm"));

            var reply = awaitReply();

            assertThat(reply.param("text")).startsWith("Shall I record this?");
            assertThat(reply.param("blocks")).contains(DirectMessageReplies.RECORD_IT);
        } finally {
            followthrough.slack.latency(Duration.ZERO);
        }
    }

    private void deliver(String body) {
        assertThat(followthrough
                        .requests
                        .send(body, "application/json", Map.of())
                        .statusCode())
                .isEqualTo(200);
    }

    private static String typed(String eventId, String userId, String ts, String text) {
        return """
                {"token":"legacy","team_id":"T0001","api_app_id":"A0001","type":"event_callback",\
                "event_id":"%s","event_time":1700000100,\
                "authorizations":[{"team_id":"T0001","user_id":"UBOT","is_bot":true}],\
                "event":{"type":"message","channel":"D100","channel_type":"im","user":"%s","text":"%s",\
                "ts":"%s","event_ts":"%s","client_msg_id":"c-%s"}}""".formatted(eventId, userId, text, ts, ts, eventId);
    }

    private SlackStandIn.Call awaitReply() {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls("chat.postMessage").isEmpty());
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough.number("SELECT count(*) FROM outbox WHERE status = 'PENDING'") == 0);
        return followthrough.slack.calls("chat.postMessage").get(0);
    }

    private static JsonObject button(SlackStandIn.Call message, String actionId) {
        JsonArray blocks = JsonParser.parseString(message.param("blocks")).getAsJsonArray();
        for (var block : blocks) {
            var elements = block.getAsJsonObject().getAsJsonArray("elements");
            if (elements == null) {
                continue;
            }
            for (var element : elements) {
                var object = element.getAsJsonObject();
                if (object.has("action_id")
                        && actionId.equals(object.get("action_id").getAsString())) {
                    return object;
                }
            }
        }
        throw new AssertionError("no " + actionId + " in " + blocks);
    }

    private JsonObject press(String userId, JsonObject button) {
        var before = followthrough.slack.calls("response_url").size();
        var response = followthrough.requests.interaction(followthrough.requests.buttonPress(
                userId,
                "D100",
                button.get("action_id").getAsString(),
                button.get("value").getAsString()));
        assertThat(response.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> followthrough.slack.calls("response_url").size() > before);
        return followthrough.slack.calls("response_url").get(before).json();
    }

    private long commitments() {
        return followthrough.number("SELECT count(*) FROM commitments");
    }
}
