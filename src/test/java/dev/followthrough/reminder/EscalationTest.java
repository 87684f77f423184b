package dev.followthrough.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import dev.followthrough.channel.ChannelFeature;
import dev.followthrough.channel.ChannelPosts;
import dev.followthrough.ledger.AfterEveryWrite;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackRequests;
import dev.followthrough.support.SlackStandIn;
import dev.followthrough.user.UserProfiles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Escalation, opt-in per channel: a promise made there that stays missed for the channel's working
 * hours is raised once, in its thread or with a contact, after its owner was told when.
 */
class EscalationTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(at("2026-11-23T10:00"));
    }

    @Test
    void raisedInTheThreadAfterTwentyFourWorkingHoursWithTheWeekendCountingForNothing() throws Exception {
        assertThat(channel("U100", "C200", "escalate after 24h in thread")
                        .get("text")
                        .getAsString())
                .contains("<@U100> turned escalation on")
                .contains("24 working hours");
        var id = promise("C200", "send Acme the revised proposal by Fri 2pm");

        // Missed on Friday at 14:10: the owner hears when it will be raised. 24 working hours after
        // Friday 14:00 (4 on Friday, 9 on Monday, 9 on Tuesday, 2 on Wednesday) is Wednesday 11:00.
        followthrough.clock.set(at("2026-11-27T14:10:30"));
        var missed = awaitDirectMessage("U100", "Missed:");
        assertThat(missed.param("blocks"))
                .contains("If it isn't renegotiated or delivered by")
                .contains("<!date^" + at("2026-12-02T11:00").getEpochSecond() + "^")
                .contains("in its thread in <#C200>")
                .contains(Action.RENEGOTIATE.id())
                .contains(Action.DELIVERED.id());

        followthrough.clock.set(at("2026-12-02T10:59"));
        followthrough.awaitSettled();
        assertThat(raisedPosts()).isEmpty();
        var scoreBefore = score();

        followthrough.clock.set(at("2026-12-02T11:00:30"));
        await().atMost(Duration.ofSeconds(15)).until(() -> raisedPosts().size() == 1);
        followthrough.awaitSettled();
        var raised = raisedPosts().get(0);
        assertThat(raised.param("channel")).isEqualTo("C200");
        assertThat(raised.param("thread_ts")).isNotNull();
        assertThat(raised.param("text"))
                .contains("Raised:")
                .contains("<@U100>'s promise to send Acme the revised proposal")
                .contains("still neither delivered nor moved")
                .contains("<@U100> was told on");
        var toldOwner = awaitDirectMessage("U100", "Raised:");
        assertThat(followthrough.slack.calls("chat.postMessage").indexOf(missed))
                .isLessThan(followthrough.slack.calls("chat.postMessage").indexOf(toldOwner));
        assertThat(toldOwner.param("blocks"))
                .contains("in its thread in <#C200>")
                .contains(Action.RENEGOTIATE.id());

        assertThat(eventKinds(id)).containsExactly("CREATED", "MISSED", "ESCALATED");
        assertThat(followthrough.strings("SELECT status FROM commitments WHERE id = " + id))
                .containsExactly("MISSED");
        assertThat(score()).as("an escalation counts in no score").isEqualTo(scoreBefore);
        assertThat(exportedLedger())
                .as("the promise's history in the ledger export")
                .containsOnlyOnce("ESCALATED");
        assertThat(followthrough.requests.slashCommand("U200", "C200", "team").body())
                .as("the channel's team view marks it raised")
                .contains("send Acme the revised proposal")
                .containsOnlyOnce(":rotating_light: raised")
                .contains("|Wed 2 Dec, 11:00 AM EST");
    }

    @Test
    void raisedOnceHoweverOftenAndHoweverManySweepsRun() throws Exception {
        channel("U100", "C200", "escalate after 4h");
        var id = promise("C200", "send Acme the revised proposal by Fri 2pm");
        followthrough.clock.set(at("2026-11-27T14:10:30"));
        awaitDirectMessage("U100", "Missed:");
        followthrough.awaitSettled();

        // Two more sweeps race the service's own at the moment it is raised (Friday 18:00).
        followthrough.clock.set(at("2026-11-27T18:00:30"));
        var first = CompletableFuture.runAsync(() -> anotherSweep().sweep());
        var second = CompletableFuture.runAsync(() -> anotherSweep().sweep());
        CompletableFuture.allOf(first, second).get();
        followthrough.awaitSettled();
        // And the check is run again as after a crash: still nothing new.
        followthrough.jdbi.useHandle(
                handle -> handle.createUpdate("UPDATE commitments SET next_check_at = :now WHERE id = " + id)
                        .bind("now", followthrough.clock.instant())
                        .execute());
        anotherSweep().sweep();
        followthrough.clock.set(at("2026-12-04T18:00:30"));
        followthrough.awaitSettled();

        assertThat(raisedPosts()).hasSize(1);
        assertThat(directMessages("U100", "Raised:")).hasSize(1);
        assertThat(eventKinds(id)).containsOnlyOnce("ESCALATED");
        assertThat(followthrough.number("SELECT count(*) FROM outbox WHERE dedupe_key LIKE 'escalated%'"))
                .isEqualTo(2);
    }

    @Test
    void aRenegotiationBeforeThenCancelsItAndTheNewDeadlineMissedAgainIsRaisedAgain() {
        channel("U100", "C200", "escalate after 4h");
        var id = promise("C200", "send Acme the revised proposal by Fri 2pm");
        followthrough.clock.set(at("2026-11-27T14:10:30"));
        awaitDirectMessage("U100", "Missed:");

        followthrough.clock.set(at("2026-11-27T16:00"));
        renegotiate(id, "Mon 10am");
        followthrough.clock.set(at("2026-11-27T18:00:30"));
        followthrough.awaitSettled();
        assertThat(raisedPosts()).as("renegotiated before it was raised").isEmpty();

        // The new deadline, Monday 10:00, is missed too: raised four working hours later.
        followthrough.clock.set(at("2026-11-30T10:10:30"));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> directMessages("U100", "Missed:").size() == 2);
        followthrough.clock.set(at("2026-11-30T14:00:30"));
        await().atMost(Duration.ofSeconds(15)).until(() -> raisedPosts().size() == 1);
        followthrough.awaitSettled();

        assertThat(followthrough.strings("SELECT dedupe_key FROM outbox WHERE dedupe_key LIKE 'escalated:%'"))
                .containsExactly("escalated:" + id + ":v2");
        assertThat(eventKinds(id)).containsOnlyOnce("ESCALATED");
    }

    @Test
    void aDeliveryBeforeThenCancelsIt() {
        channel("U100", "C200", "escalate after 4h");
        var id = promise("C200", "send Acme the revised proposal by Fri 2pm");
        followthrough.clock.set(at("2026-11-27T14:10:30"));
        awaitDirectMessage("U100", "Missed:");

        followthrough.requests.interaction(
                followthrough.requests.buttonPress("U100", "C200", Action.MARK_DONE.id(), id));
        followthrough.clock.set(at("2026-11-30T18:00:30"));
        followthrough.awaitSettled();

        assertThat(raisedPosts()).isEmpty();
        assertThat(directMessages("U100", "Raised:")).isEmpty();
        assertThat(eventKinds(id)).doesNotContain("ESCALATED");
    }

    @Test
    void raisedWithTheContactByDirectMessageNotInTheChannel() {
        var answer = channel("U100", "C200", "escalate after 8 working hours to <@U300|lead>");
        assertThat(answer.get("response_type").getAsString()).isEqualTo("in_channel");
        assertThat(answer.get("text").getAsString()).contains("with <@U300> by DM");
        promise("C200", "send Acme the revised proposal by Fri 2pm");

        followthrough.clock.set(at("2026-11-27T14:10:30"));
        assertThat(awaitDirectMessage("U100", "Missed:").param("blocks")).contains("I'll raise it with <@U300>");
        // 4 working hours on Friday, 4 on Monday.
        followthrough.clock.set(at("2026-11-30T12:59"));
        followthrough.awaitSettled();
        assertThat(directMessages("U300", "Raised")).isEmpty();

        followthrough.clock.set(at("2026-11-30T13:00:30"));
        var raised = awaitDirectMessage("U300", "Raised to you");
        followthrough.awaitSettled();
        assertThat(raised.param("text"))
                .contains("escalation contact of <#C200>")
                .contains("<@U100>'s promise to send Acme the revised proposal")
                .contains("<@U100> was told on");
        assertThat(raisedPosts()).isEmpty();
    }

    @Test
    void aRaiseTheChannelRefusesIsSentToWhoeverSetItUpToPassOnByHand() {
        channel("U300", "C201", "escalate after 4h in thread");
        var id = promise("C201", "send Acme the revised proposal by Fri 2pm");
        // The app was taken out of the channel: every post there is refused from now on.
        followthrough.slack.refuseChannel("C201", "not_in_channel");
        followthrough.clock.set(at("2026-11-27T14:10:30"));
        awaitDirectMessage("U100", "Missed:");
        followthrough.awaitSettled();

        followthrough.clock.set(at("2026-11-27T18:00:30"));
        var report = awaitDirectMessage("U300", "couldn't deliver");
        followthrough.awaitSettled();

        assertThat(report.param("text"))
                .contains("the raise of")
                .contains("send Acme the revised proposal")
                .contains("in <#C201>")
                .contains("not a member of that channel");
        assertThat(report.param("blocks")).contains("still neither delivered nor moved");
        assertThat(directMessages("U300", "couldn't deliver")).hasSize(1);
        assertThat(directMessages("U100", "couldn't deliver"))
                .as("the owner is not asked to raise their own miss")
                .isEmpty();
        assertThat(eventKinds(id)).containsOnlyOnce("ESCALATED");
    }

    @Test
    void nothingIsRaisedWithoutTheChannelOptingInNorForWhatOthersOweNorFromADirectMessage() {
        channel("U100", "C300", "escalate after 1h");
        channel("U100", "C300", "escalate off");
        channel("U100", "C400", "escalate after 1h");
        promise("C200", "send Acme the revised proposal by Fri 2pm");
        promise("C300", "send Initech the contract by Fri 2pm");
        promise("C400", "<@U300|buyer> will send the PO by Fri 2pm");
        promise("D100", "send Globex the quote by Fri 2pm");

        followthrough.clock.set(at("2026-11-27T14:10:30"));
        followthrough.awaitSettled();
        // The three missed ones of that minute fold into one message; none says it will be raised.
        assertThat(directMessages("U100", ""))
                .isNotEmpty()
                .allSatisfy(call -> assertThat(call.param("blocks")).doesNotContain("raise it"));
        followthrough.clock.set(at("2026-12-07T14:10:30"));
        followthrough.awaitSettled();

        assertThat(raisedPosts()).isEmpty();
        assertThat(followthrough.number("SELECT count(*) FROM outbox WHERE dedupe_key LIKE 'escalated%'"))
                .isZero();
        assertThat(followthrough.number("SELECT count(*) FROM commitment_events WHERE kind = 'ESCALATED'"))
                .isZero();
    }

    @Test
    void aFoldedMissedMessageStillSaysWhenEachWillBeRaised() {
        channel("U100", "C200", "escalate after 4h");
        promise("C200", "send Acme the revised proposal by Fri 2pm");
        promise("C200", "send Initech the contract by Fri 2pm");

        followthrough.clock.set(at("2026-11-27T14:10:30"));
        var folded = awaitDirectMessage("U100", "2 promises");

        assertThat(folded.param("blocks").split("I'll raise it in its thread", -1))
                .hasSize(3);
        followthrough.clock.set(at("2026-11-27T18:00:30"));
        await().atMost(Duration.ofSeconds(15)).until(() -> raisedPosts().size() == 2);
    }

    @Test
    void anotherWorkspacesSettingForTheSameChannelIdNeverApplies() {
        var other = followthrough.requests.inWorkspace("T0OTHER");
        assertThat(other.slashCommand("U100", "C200", "channel escalate after 1h")
                        .statusCode())
                .isEqualTo(200);
        assertThat(followthrough.strings("SELECT team_id FROM channel_settings WHERE escalate_after_hours = 1"))
                .containsExactly("T0OTHER");
        promise("C200", "send Acme the revised proposal by Fri 2pm");

        followthrough.clock.set(at("2026-11-27T14:10:30"));
        assertThat(awaitDirectMessage("U100", "Missed:").param("blocks")).doesNotContain("raise it");
        followthrough.clock.set(at("2026-12-07T14:10:30"));
        followthrough.awaitSettled();

        assertThat(raisedPosts()).isEmpty();
        assertThat(followthrough.number("SELECT count(*) FROM escalations")).isZero();
    }

    @Test
    void hostileTextIsEscapedInWhatIsRaised() {
        channel("U100", "C200", "escalate after 2h to <@U300|lead>");
        promise("C200", "send <!channel> the *final* numbers & <https://evil.example|a link> by Fri 2pm");

        followthrough.clock.set(at("2026-11-27T14:10:30"));
        awaitDirectMessage("U100", "Missed:");
        followthrough.clock.set(at("2026-11-27T16:10:30"));
        var raised = awaitDirectMessage("U300", "Raised to you");
        followthrough.awaitSettled();

        assertThat(raised.param("blocks"))
                .doesNotContain("<!channel>")
                .doesNotContain("<https://evil.example")
                .contains("&lt;!channel&gt;")
                .contains("&amp;");
    }

    @Test
    void wrongWordsAreAnsweredWithWhatWasWrongAndExamplesAndChangeNothing() {
        assertThat(channel("U100", "C200", "escalate after 2 days").get("text").getAsString())
                .contains("working hours")
                .contains("/promise channel escalate after 24h to @lead")
                .contains("Nothing was changed");
        assertThat(channel("U100", "C200", "escalate after 500h").get("text").getAsString())
                .contains("1 to 200 working hours");
        assertThat(channel("U100", "C200", "escalate to lead").get("text").getAsString())
                .contains("Name the escalation contact as a person, with @");
        var hostile =
                channel("U100", "C200", "escalate to <!channel>").get("text").getAsString();
        assertThat(hostile).doesNotContain("<!channel>").contains("&lt;!channel&gt;");
        assertThat(channel("U100", "C200", "escalate sideways")
                        .get("response_type")
                        .getAsString())
                .isEqualTo("ephemeral");
        assertThat(followthrough.number("SELECT count(*) FROM channel_events")).isZero();

        assertThat(channel("U555", "C200", "").get("text").getAsString()).contains("Missed promises are not escalated");
        channel("U100", "C200", "escalate");
        assertThat(channel("U555", "C200", "").get("text").getAsString())
                .contains("Escalation is on")
                .contains("24 working hours")
                .contains("in its thread");
    }

    @Test
    void slacksRetriesOfTheSettingChangeItOnce() {
        var body = SlackRequests.form(followthrough.requests.command("U100", "C200", "channel escalate after 6h"));

        var answers = dev.followthrough.support.Redelivery.retriesChangeNothing(followthrough, body);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.body()).contains("turned escalation on"));
        assertThat(followthrough.strings("SELECT escalate_after_hours::TEXT FROM channel_settings"))
                .containsExactly("6");
        assertThat(followthrough.number("SELECT count(*) FROM channel_events")).isEqualTo(1);
    }

    private DueSweep anotherSweep() {
        var jdbi = followthrough.jdbi;
        var outbox = new Outbox(jdbi, followthrough.clock);
        return new DueSweep(
                jdbi,
                new Ledger(jdbi, AfterEveryWrite.NOTHING),
                outbox,
                new ChannelPosts(outbox),
                ChannelFeature.escalations(outbox),
                new UserProfiles(jdbi, teamId -> Slack.getInstance().methods("xoxb-test", teamId), followthrough.clock),
                followthrough.clock,
                ReminderFeature.BATCH_SIZE);
    }

    private void renegotiate(String id, String when) {
        var opened = followthrough.slack.calls("views.open").size();
        followthrough.requests.interaction(
                followthrough.requests.buttonPress("U100", "D100", Action.RENEGOTIATE.id(), id));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough.slack.calls("views.open").size() > opened);
        var form = JsonParser.parseString(
                        followthrough.slack.calls("views.open").get(opened).param("view"))
                .getAsJsonObject();
        var response = followthrough.requests.interaction(followthrough.requests.viewSubmission(
                "U100",
                DeadlineForm.CALLBACK_ID,
                form.get("private_metadata").getAsString(),
                Map.of(
                        DeadlineForm.DEADLINE,
                        SlackRequests.typed(when),
                        DeadlineForm.MESSAGE,
                        SlackRequests.typed("Sorry, the numbers are late. You'll have it by Monday at 10."))));
        assertThat(response.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough
                        .strings("SELECT deadline_version::TEXT FROM commitments WHERE id = " + id)
                        .equals(List.of("2")));
    }

    /** The user's ledger file, fetched from the link /promise export answers with. */
    private String exportedLedger() throws Exception {
        var answer =
                followthrough.requests.slashCommand("U100", "D100", "export").body();
        var link =
                Pattern.compile("https?://[^/\\s\"]+(/export/[^\\s\"|]+\\.csv)").matcher(answer);
        assertThat(link.find()).as("a download link in " + answer).isTrue();
        var request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + followthrough.application.httpPort() + link.group(1)))
                .GET()
                .build();
        var download = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(download.statusCode()).isEqualTo(200);
        return download.body();
    }

    private String score() {
        return JsonParser.parseString(followthrough
                        .requests
                        .slashCommand("U100", "D100", "score")
                        .body())
                .toString();
    }

    private JsonObject channel(String userId, String channelId, String words) {
        return JsonParser.parseString(followthrough
                        .requests
                        .slashCommand(userId, channelId, ("channel " + words).strip())
                        .body())
                .getAsJsonObject();
    }

    private String promise(String channelId, String text) {
        assertThat(followthrough.requests.slashCommand("U100", channelId, text).statusCode())
                .isEqualTo(200);
        return followthrough.strings("SELECT max(id) FROM commitments").get(0);
    }

    private List<String> eventKinds(String id) {
        return followthrough.strings("SELECT kind FROM commitment_events WHERE commitment_id = " + id + " ORDER BY id");
    }

    private List<SlackStandIn.Call> raisedPosts() {
        return followthrough.slack.calls("chat.postMessage").stream()
                .filter(call -> call.param("channel").startsWith("C"))
                .filter(call -> call.param("text").contains("Raised"))
                .toList();
    }

    private List<SlackStandIn.Call> directMessages(String userId, String startingWith) {
        return followthrough.slack.calls("chat.postMessage").stream()
                .filter(call -> userId.equals(call.param("channel")))
                .filter(call -> call.param("text").contains(startingWith))
                .toList();
    }

    private SlackStandIn.Call awaitDirectMessage(String userId, String startingWith) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !directMessages(userId, startingWith).isEmpty());
        return directMessages(userId, startingWith).get(0);
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }
}
