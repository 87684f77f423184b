package dev.followthrough.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonParser;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.support.Redelivery;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackStandIn;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a channel sees of the promises made in it. */
class ChannelRemindersTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(at("2026-11-23T10:00"));
    }

    @Test
    void theChannelSeesAPromiseComeDueThenSlipInOneThread() {
        followthrough.requests.slashCommand("U100", "C200", "send Acme the revised proposal by Fri 2pm");

        followthrough.clock.set(at("2026-11-27T14:00:30"));
        var due = awaitChannelPosts(1).get(0);
        assertThat(due.param("text")).contains("Due now").contains("send Acme the revised proposal");
        assertThat(due.param("thread_ts")).isNull();

        followthrough.clock.set(at("2026-11-27T14:10:30"));
        var missed = awaitChannelPosts(2).get(1);
        assertThat(missed.param("text")).contains("Slipped past its deadline");
        assertThat(missed.param("thread_ts")).isNotNull();
        followthrough.awaitSettled();
        assertThat(channelPosts()).hasSize(2);
    }

    @Test
    void keptAndRenegotiatedOutcomesArePostedInTheChannelToo() {
        var summary = JsonParser.parseString(followthrough
                        .requests
                        .slashCommand("U100", "C200", "send Acme the revised proposal by Fri 2pm")
                        .body())
                .getAsJsonObject();
        var id = summary.getAsJsonArray("blocks")
                .get(2)
                .getAsJsonObject()
                .getAsJsonArray("elements")
                .get(0)
                .getAsJsonObject()
                .get("value")
                .getAsString();

        followthrough.requests.interaction(followthrough.requests.buttonPress("U100", "C200", "promise_done", id));

        assertThat(awaitChannelPosts(1).get(0).param("text")).contains("Kept").contains("<@U100> delivered");
    }

    @Test
    void cancellingAChannelPromiseIsPostedInItsThreadOnceHoweverOftenSlackDelivers() {
        followthrough.requests.slashCommand("U100", "C200", "send Acme the revised proposal by Fri 2pm");
        var id = followthrough.strings("SELECT max(id) FROM commitments").get(0);
        followthrough.clock.set(at("2026-11-27T14:00:30"));
        var due = awaitChannelPosts(1).get(0);

        var answers = Redelivery.retriesChangeNothing(followthrough, cancellation(id, "CANCEL"));

        assertThat(answers.get(0).body()).isEmpty();
        var posts = channelPosts();
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).param("text"))
                .contains("Called off: <@U100>'s promise to send Acme the revised proposal")
                .doesNotContain("another way");
        assertThat(due.param("thread_ts")).isNull();
        assertThat(posts.get(1).param("thread_ts")).isNotNull();
    }

    @Test
    void droppingWhatSomeoneOwesInAChannelIsPostedInItsThread() {
        followthrough.requests.slashCommand("U100", "C200", "<@U300|buyer> will send the PO by Tuesday");
        var id = followthrough.strings("SELECT max(id) FROM commitments").get(0);

        followthrough.requests.interaction(cancellation(id, "DROP"));

        assertThat(awaitChannelPosts(1).get(0).param("text"))
                .contains("Dropped: <@U100> stopped waiting on")
                .contains("send the PO");
    }

    private com.google.gson.JsonObject cancellation(String id, String mode) {
        return followthrough.requests.viewSubmission(
                "U100",
                "cancel_form",
                mode + "|" + id + "|||",
                java.util.Map.of(
                        "reason", dev.followthrough.support.SlackRequests.typed("The client went another way")));
    }

    @Test
    void postsCanBeTurnedOffForAChannelAndTheChangeIsAnnouncedAndRecorded() {
        var answer = JsonParser.parseString(followthrough
                        .requests
                        .slashCommand("U100", "C200", "channel posts off")
                        .body())
                .getAsJsonObject();
        assertThat(answer.get("response_type").getAsString()).isEqualTo("in_channel");
        assertThat(answer.get("text").getAsString()).contains("<@U100> turned promise posts off");
        assertThat(followthrough.strings("SELECT actor_id || ' ' || change FROM channel_events"))
                .containsExactly("U100 turned promise posts off for this channel");

        followthrough.requests.slashCommand("U100", "C200", "send Acme the revised proposal by Fri 2pm");
        followthrough.clock.set(at("2026-11-27T14:10:30"));
        followthrough.awaitSettled();

        assertThat(channelPosts()).isEmpty();
    }

    @Test
    void anyoneCanReadAChannelsSettingsAndNonsenseIsExplained() {
        var shown = answer("U555", "C200", "channel");
        assertThat(shown.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(shown.get("text").getAsString()).contains("09:30").contains("/promise channel posts on|off");

        var moved = answer("U555", "C200", "channel summary at 4pm");
        assertThat(moved.get("text").getAsString()).contains("moved the daily summary to 16:00 (America/New_York)");

        var nonsense = answer("U555", "C200", "channel purple");
        assertThat(nonsense.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(nonsense.get("text").getAsString())
                .contains("didn't understand")
                .contains("Did you mean");

        var inDm = answer("U555", "D300", "channel");
        assertThat(inDm.get("text").getAsString()).contains("Run `/promise channel` in the channel");
    }

    private com.google.gson.JsonObject answer(String userId, String channelId, String text) {
        return JsonParser.parseString(followthrough
                        .requests
                        .slashCommand(userId, channelId, text)
                        .body())
                .getAsJsonObject();
    }

    @Test
    void whenFollowthroughIsShutOutOfAChannelTheOwnerIsToldOnce() {
        followthrough.requests.slashCommand("U100", "C200", "send Acme the revised proposal by Fri 2pm");
        followthrough.requests.slashCommand("U100", "C200", "send Acme the contract by Fri 3pm");
        followthrough.slack.refuseChannel("C200", "not_in_channel");

        followthrough.clock.set(at("2026-11-27T14:00:30"));
        followthrough.awaitSettled();
        followthrough.clock.set(at("2026-11-27T15:10:30"));
        followthrough.awaitSettled();

        var notices = followthrough.slack.calls("chat.postMessage").stream()
                .filter(call -> "U100".equals(call.param("channel")))
                .filter(call -> call.param("text").contains("not a member"))
                .toList();
        assertThat(notices).hasSize(1);
        assertThat(followthrough.strings("SELECT count(*) FROM outbox WHERE recipient = 'C200'"))
                .containsExactly("1");
    }

    @Test
    void theDailySummaryComesOnWeekdaysAtTheChannelsTimeOnceAndOnlyWithSomethingToSay() {
        followthrough.requests.slashCommand("U100", "C200", "send Acme the revised proposal by Tue 3pm");
        followthrough.requests.slashCommand("U100", "C200", "call the buyer by Mon 5pm");
        followthrough.requests.slashCommand("U100", "C900", "nothing due soon in 3 weeks");
        var sweep = new ChannelSummarySweep(
                followthrough.jdbi, new Outbox(followthrough.jdbi, followthrough.clock), followthrough.clock);

        followthrough.clock.set(at("2026-11-24T09:29"));
        sweep.run();
        assertThat(summaries()).isZero();

        followthrough.clock.set(at("2026-11-24T09:31"));
        sweep.run();
        sweep.run();
        followthrough.awaitSettled();
        var posts = channelPosts().stream()
                .filter(call -> call.param("text").startsWith("Promises in this channel"))
                .toList();
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).param("blocks"))
                .contains("Due today")
                .contains("send Acme the revised proposal")
                .contains("Overdue")
                .contains("call the buyer");

        followthrough.clock.set(at("2026-11-28T09:31"));
        sweep.run();
        assertThat(summaries()).isEqualTo(1);
    }

    private long summaries() {
        return followthrough.number("SELECT count(*) FROM outbox WHERE dedupe_key LIKE 'channel-summary:%'");
    }

    private List<SlackStandIn.Call> awaitChannelPosts(int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> channelPosts().size() >= count);
        return channelPosts();
    }

    private List<SlackStandIn.Call> channelPosts() {
        return followthrough.slack.calls("chat.postMessage").stream()
                .filter(call -> call.param("channel").startsWith("C"))
                .toList();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }
}
