package dev.followthrough.digest;

import static dev.followthrough.support.SlackRequests.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackStandIn;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A row's button on the weekly digest acts on that row's promise, and the answer comes beneath
 * the digest (in its thread): the digest, with all its other rows, stays as it was.
 */
class DigestButtonsTest {

    // Monday 23 November 2026, 10:00 in New York.
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");
    private static final String DM = "D100";
    private static final String DIGEST_TS = "1700000000.000100";

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();
    private Seeds seeds;

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(NOW);
        seeds = new Seeds(followthrough.jdbi);
        seeds.user("U100", "America/New_York");
    }

    @Test
    void renegotiatingOneOverdueRowAnswersBeneathTheDigestAndLeavesItWhole() {
        var overdue = seeds.commitment(
                "U100", "call Hooli back", "MINE", null, "Hooli", at("2026-11-23T09:00"), "MISSED", null);
        seeds.commitment("U100", "send the SOW", "MINE", null, "Globex", at("2026-11-20T17:00"), "MISSED", null);
        var row = rowButton(sendDigest(), overdue);
        assertThat(row.actionId()).isEqualTo("reminder_renegotiate");

        press(row);
        var form = openedForm();
        assertThat(form.get("callback_id").getAsString()).isEqualTo("deadline_form");
        var answer = submit(form, Map.of("deadline", typed("Fri 2pm")));

        assertThat(answer).isEqualTo(200);
        assertThat(due(overdue)).isEqualTo("2026-11-27 14:00");
        var reply = awaitReplyBeneathTheDigest();
        assertThat(reply.param("text")).contains("Renegotiated").contains("call Hooli back");
        followthrough.awaitSettled();
        assertThat(followthrough.slack.calls("chat.update")).isEmpty();
    }

    @Test
    void settingADateOnOneSoftRowAnswersBeneathTheDigestAndLeavesItWhole() {
        var soft = seeds.commitment("U100", "call the CFO back", "MINE", null, null, null, "OPEN", null);
        seeds.commitment("U100", "book the offsite", "MINE", null, null, null, "OPEN", null);
        var row = rowButton(sendDigest(), soft);
        assertThat(row.actionId()).isEqualTo("reminder_firm_up");

        press(row);
        var answer = submit(openedForm(), Map.of("deadline", typed("Fri 2pm")));

        assertThat(answer).isEqualTo(200);
        assertThat(due(soft)).isEqualTo("2026-11-27 14:00");
        var reply = awaitReplyBeneathTheDigest();
        assertThat(reply.param("text")).contains("Pinned down").contains("call the CFO back");
        followthrough.awaitSettled();
        assertThat(followthrough.slack.calls("chat.update")).isEmpty();
    }

    /** The digest's row for one promise: its block id and its button, as Slack would send them back. */
    private record Row(String blockId, String actionId, String value) {}

    private SlackStandIn.Call sendDigest() {
        followthrough.requests.slashCommand("U100", DM, "digest");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls("chat.postMessage").isEmpty());
        var digest = followthrough.slack.calls("chat.postMessage").get(0);
        followthrough.slack.reset();
        return digest;
    }

    private static Row rowButton(SlackStandIn.Call digest, long commitmentId) {
        for (var element : JsonParser.parseString(digest.param("blocks")).getAsJsonArray()) {
            var block = element.getAsJsonObject();
            if (block.has("accessory")) {
                var button = block.getAsJsonObject("accessory");
                if (button.get("value").getAsString().equals(Long.toString(commitmentId))) {
                    return new Row(
                            block.get("block_id").getAsString(),
                            button.get("action_id").getAsString(),
                            button.get("value").getAsString());
                }
            }
        }
        throw new AssertionError("no row for " + commitmentId + " in " + digest.param("blocks"));
    }

    private void press(Row row) {
        var press = followthrough.requests.buttonPress("U100", DM, row.actionId(), row.value());
        press.getAsJsonObject("container").addProperty("message_ts", DIGEST_TS);
        press.getAsJsonArray("actions").get(0).getAsJsonObject().addProperty("block_id", row.blockId());
        assertThat(followthrough.requests.interaction(press).statusCode()).isEqualTo(200);
    }

    private JsonObject openedForm() {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls("views.open").isEmpty());
        var open = followthrough.slack.calls("views.open").get(0);
        followthrough.slack.reset();
        return JsonParser.parseString(open.param("view")).getAsJsonObject();
    }

    private int submit(JsonObject form, Map<String, JsonObject> values) {
        return followthrough
                .requests
                .interaction(followthrough.requests.viewSubmission(
                        "U100",
                        form.get("callback_id").getAsString(),
                        form.get("private_metadata").getAsString(),
                        values))
                .statusCode();
    }

    private SlackStandIn.Call awaitReplyBeneathTheDigest() {
        await().atMost(Duration.ofSeconds(15)).until(() -> !replies().isEmpty());
        assertThat(replies()).hasSize(1);
        return replies().get(0);
    }

    private List<SlackStandIn.Call> replies() {
        return followthrough.slack.calls("chat.postMessage").stream()
                .filter(call -> DM.equals(call.param("channel")) && DIGEST_TS.equals(call.param("thread_ts")))
                .toList();
    }

    private String due(long id) {
        return followthrough
                .strings("SELECT to_char(due_at AT TIME ZONE 'America/New_York', 'YYYY-MM-DD HH24:MI')"
                        + " FROM commitments WHERE id = " + id)
                .get(0);
    }

    private static Instant at(String newYork) {
        return LocalDateTime.parse(newYork)
                .atZone(ZoneId.of("America/New_York"))
                .toInstant();
    }
}
