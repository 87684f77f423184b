package dev.followthrough.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.lifecycle.NextUpdate;
import dev.followthrough.platform.slack.BlockKitFit;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackStandIn;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reminders to one person that fall in the same minute arrive as one DM, through the real endpoint,
 * sweep, outbox and Slack stand-in; each promise in it keeps its own buttons.
 */
class FoldedRemindersTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(at("2026-11-23T10:00"));
    }

    @Test
    void severalPromisesDueAtOneMomentArriveAsOneDirectMessage() {
        var ids = promises("U100", 3, "by Fri 2pm");

        followthrough.clock.set(at("2026-11-26T14:00:30"));
        followthrough.awaitSettled();

        var messages = directMessagesTo("U100");
        assertThat(messages).hasSize(1);
        var fold = messages.get(0);
        assertThat(fold.param("text"))
                .isEqualTo(
                        "3 promises due in 1 day: send report 0 to Acme, send report 1 to Acme, send report 2 to Acme");
        for (var id : ids) {
            assertThat(buttonsFor(blocks(fold), id)).contains(Action.DELIVERED.id(), Action.RENEGOTIATE.id());
        }
        assertThat(fold.param("blocks")).contains("3 promises, in one message:* 3 due in 1 day");
        assertThat(followthrough.number("SELECT count(*) FROM commitments WHERE last_nudged_at IS NOT NULL"))
                .isEqualTo(3);
    }

    @Test
    void pressingDeliveredOnOnePromiseSettlesOnlyItAndASecondPressKeepsTheFirst() {
        var ids = promises("U100", 3, "by Fri 2pm");
        followthrough.clock.set(at("2026-11-26T14:00:30"));
        followthrough.awaitSettled();
        followthrough.slack.reset();

        press(Action.DELIVERED.id(), Long.toString(ids.get(0)));
        var first = awaitUpdates(1).get(0);
        var folded = sentFold();
        assertThat(first.param("channel")).isEqualTo(folded.get(0));
        assertThat(first.param("ts")).isEqualTo(folded.get(1));
        assertThat(first.param("blocks")).contains("Delivered on time:* *send report 0 to Acme*");
        assertThat(buttonsFor(blocks(first), ids.get(0))).doesNotContain(Action.DELIVERED.id());
        assertThat(buttonsFor(blocks(first), ids.get(0))).contains(Action.NEXT_STEP.id());
        assertThat(buttonsFor(blocks(first), ids.get(1))).contains(Action.DELIVERED.id());
        assertThat(buttonsFor(blocks(first), ids.get(2))).contains(Action.DELIVERED.id());
        assertThat(first.param("text")).startsWith("3 promises due in 1 day");
        assertThat(status(ids.get(0))).isEqualTo("KEPT");
        assertThat(status(ids.get(1))).isEqualTo("OPEN");

        press(Action.DELIVERED.id(), Long.toString(ids.get(1)));
        var second = awaitUpdates(2).get(1);
        assertThat(second.param("blocks"))
                .contains("Delivered on time:* *send report 0 to Acme*")
                .contains("Delivered on time:* *send report 1 to Acme*");
        assertThat(buttonsFor(blocks(second), ids.get(2))).contains(Action.DELIVERED.id());
        assertThat(status(ids.get(2))).isEqualTo("OPEN");
    }

    @Test
    void followedUpOnlyAsksAboutThatPromiseAloneAndItsAnswerKeepsTheOthers() {
        var ids = promises("U100", 2, "by Fri 2pm");
        followthrough.clock.set(at("2026-11-26T14:00:30"));
        followthrough.awaitSettled();
        followthrough.slack.reset();

        press(Action.FOLLOWED_UP.id(), Long.toString(ids.get(1)));
        var question = awaitUpdates(1).get(0);
        assertThat(followthrough.slack.calls("response_url")).isEmpty();
        assertThat(buttonsFor(blocks(question), ids.get(1))).contains(NextUpdate.TOMORROW.id());
        assertThat(buttonsFor(blocks(question), ids.get(0))).contains(Action.DELIVERED.id());

        press(NextUpdate.TOMORROW.id(), "tomorrow:" + ids.get(1));
        var answered = awaitUpdates(2).get(1);
        assertThat(answered.param("blocks")).contains("Followed up on");
        assertThat(buttonsFor(blocks(answered), ids.get(0))).contains(Action.DELIVERED.id());
    }

    @Test
    void aSweepThatRunsAgainOverTheSameChecksSendsNothingTwice() {
        promises("U100", 3, "by Fri 2pm");
        var before = followthrough.strings("SELECT id || ',' || to_char(next_check_at AT TIME ZONE 'UTC',"
                + " 'YYYY-MM-DD HH24:MI:SS') || ',' || to_char(nudged_through AT TIME ZONE 'UTC',"
                + " 'YYYY-MM-DD HH24:MI:SS.US') FROM commitments");
        followthrough.clock.set(at("2026-11-26T14:00:30"));
        followthrough.awaitSettled();
        assertThat(directMessagesTo("U100")).hasSize(1);

        // As if the batch's work were done again: every check back where the sweep found it.
        for (var row : before) {
            var parts = row.split(",");
            followthrough.jdbi.useHandle(handle -> handle.execute(
                    "UPDATE commitments SET next_check_at = CAST(? AS TIMESTAMP) AT TIME ZONE 'UTC',"
                            + " nudged_through = CAST(? AS TIMESTAMP) AT TIME ZONE 'UTC', last_nudged_at = NULL"
                            + " WHERE id = ?",
                    parts[1],
                    parts[2],
                    Long.parseLong(parts[0])));
        }
        followthrough.awaitSettled();

        assertThat(directMessagesTo("U100")).hasSize(1);
        assertThat(followthrough.number("SELECT count(*) FROM outbox WHERE dedupe_key LIKE 'fold:%'"))
                .isEqualTo(1);
        assertThat(followthrough.number("SELECT count(*) FROM reminder_fold_parts WHERE commitment_id IS NOT NULL"))
                .isEqualTo(3);
    }

    @Test
    void twoPeopleWithPromisesAtTheSameMomentGetOneMessageEach() {
        promises("U100", 3, "by Fri 2pm");
        promises("U101", 2, "by Fri 2pm");

        followthrough.clock.set(at("2026-11-26T14:00:30"));
        followthrough.awaitSettled();

        assertThat(directMessagesTo("U100")).hasSize(1);
        assertThat(directMessagesTo("U100").get(0).param("text")).startsWith("3 promises due in 1 day");
        assertThat(directMessagesTo("U101")).hasSize(1);
        assertThat(directMessagesTo("U101").get(0).param("text")).startsWith("2 promises due in 1 day");
    }

    @Test
    void sixtyPromisesAtOneMomentMakeOneMessageSlackAccepts() {
        followthrough.slack.refuseWhatSlackRefuses();
        var ids = promises("U100", 60, "by Fri 2pm");

        followthrough.clock.set(at("2026-11-26T14:00:30"));
        followthrough.awaitSettled();

        assertThat(followthrough.slack.refusals()).isEmpty();
        var messages = directMessagesTo("U100");
        assertThat(messages).hasSize(1);
        var blocks = blocks(messages.get(0));
        assertThat(blocks.size()).isLessThanOrEqualTo(BlockKitFit.MESSAGE_BLOCKS);
        assertThat(messages.get(0).param("text")).startsWith("60 promises due in 1 day");
        var hidden = 60 - FoldMessage.SHOWN;
        assertThat(messages.get(0).param("blocks"))
                .contains("…and " + hidden + " more:")
                .contains("/promise list")
                .doesNotContain("more not shown");
        assertThat(followthrough.strings("SELECT status FROM outbox")).containsOnly("SENT");
        assertThat(
                        followthrough.number(
                                "SELECT count(DISTINCT commitment_id) FROM reminder_fold_parts WHERE commitment_id IS NOT NULL"))
                .as("the fold records every promise it told of, those in \"and N more\" too")
                .isEqualTo(60);

        // Settling the last one shown keeps the message within the limits too.
        followthrough.slack.reset();
        press(Action.DELIVERED.id(), Long.toString(ids.get(FoldMessage.SHOWN - 1)));
        var update = awaitUpdates(1).get(0);
        assertThat(blocks(update).size()).isLessThanOrEqualTo(BlockKitFit.MESSAGE_BLOCKS);
        assertThat(update.param("blocks")).contains("…and " + hidden + " more:");
        followthrough.awaitSettled();
        assertThat(followthrough.slack.refusals()).isEmpty();
    }

    @Test
    void aMissedPromiseAndANudgeInTheSameMinuteShareOneMessageMissedFirst() {
        var missed = record(followthrough.requests.slashCommand("U100", "C200", "send report 0 to Acme by Fri 1:50pm"));
        var nudged = record(followthrough.requests.slashCommand("U100", "C200", "call the buyer by Fri 3pm"));
        var before = directMessagesTo("U100").size();

        followthrough.clock.set(at("2026-11-27T14:00:30"));
        followthrough.awaitSettled();

        var messages = directMessagesTo("U100");
        assertThat(messages).hasSize(before + 1);
        var fold = messages.get(messages.size() - 1);
        assertThat(fold.param("text"))
                .isEqualTo("2 promises — 1 missed: send report 0 to Acme; 1 due in 1 hour: call the buyer");
        var json = fold.param("blocks");
        assertThat(json.indexOf("Missed:")).isLessThan(json.indexOf("Due in 1 hour:"));
        assertThat(buttonsFor(blocks(fold), missed)).contains(Action.RENEGOTIATE.id());
        assertThat(buttonsFor(blocks(fold), nudged)).contains(Action.SNOOZE.id());
        assertThat(status(missed)).isEqualTo("MISSED");
    }

    private List<Long> promises(String userId, int count, String deadline) {
        var ids = new ArrayList<Long>();
        for (var index = 0; index < count; index++) {
            ids.add(record(followthrough.requests.slashCommand(
                    userId, "C200", "send report " + index + " to Acme " + deadline)));
        }
        return ids;
    }

    private long record(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return followthrough.number("SELECT max(id) FROM commitments");
    }

    /** A press on the folded message, where Slack shows it: the channel and ts its post was given. */
    private void press(String actionId, String value) {
        var sent = sentFold();
        var payload = followthrough.requests.buttonPress("U100", sent.get(0), actionId, value);
        var container = payload.getAsJsonObject("container");
        container.addProperty("message_ts", sent.get(1));
        var response = followthrough.requests.interaction(payload);
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private List<String> sentFold() {
        var row = followthrough
                .strings("SELECT result_channel || ' ' || result_ts FROM outbox WHERE dedupe_key LIKE 'fold:%'"
                        + " AND status = 'SENT' ORDER BY id DESC LIMIT 1")
                .get(0);
        return List.of(row.split(" "));
    }

    private List<SlackStandIn.Call> awaitUpdates(int count) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough.slack.calls("chat.update").size() >= count);
        return followthrough.slack.calls("chat.update");
    }

    private List<SlackStandIn.Call> directMessagesTo(String userId) {
        return followthrough.slack.calls("chat.postMessage").stream()
                .filter(call -> userId.equals(call.param("channel")))
                .toList();
    }

    private static JsonArray blocks(SlackStandIn.Call call) {
        return JsonParser.parseString(call.param("blocks")).getAsJsonArray();
    }

    /** The action ids of the buttons and menus that act on {@code commitmentId}. */
    private static List<String> buttonsFor(JsonArray blocks, long commitmentId) {
        var found = new ArrayList<String>();
        for (var block : blocks) {
            var object = block.getAsJsonObject();
            if (!object.has("elements") || !"actions".equals(object.get("type").getAsString())) {
                continue;
            }
            for (var element : object.getAsJsonArray("elements")) {
                var action = element.getAsJsonObject();
                if (pointsAt(action, commitmentId)) {
                    found.add(action.get("action_id").getAsString());
                }
            }
        }
        return found;
    }

    private static boolean pointsAt(JsonObject element, long commitmentId) {
        var suffix = Long.toString(commitmentId);
        if (element.has("value")) {
            var value = element.get("value").getAsString();
            return value.equals(suffix) || value.endsWith(":" + suffix);
        }
        if (element.has("options")) {
            var first = element.getAsJsonArray("options").get(0).getAsJsonObject();
            return first.get("value").getAsString().endsWith(":" + suffix);
        }
        return false;
    }

    private String status(long id) {
        return followthrough
                .strings("SELECT status FROM commitments WHERE id = " + id)
                .get(0);
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }
}
