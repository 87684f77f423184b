package dev.followthrough;

import static dev.followthrough.support.SlackRequests.checked;
import static dev.followthrough.support.SlackRequests.pickedOption;
import static dev.followthrough.support.SlackRequests.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.support.BlockKitLimits;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackStandIn;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The worst text a user can legally type, through every surface: the answer to {@code /promise},
 * {@code /promise list}, the form, reminders and missed DMs, the renegotiation form and its message
 * to the other side, App Home, the digest and the channel posts. The Slack stand-in refuses what
 * real Slack refuses; every message and view must get through it, whole where it is someone's
 * words for someone else.
 */
class HostileTextTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Each at most the 1,000 characters a promise may be, deadline included. */
    private static final List<String> HOSTILE = List.of(
            "&".repeat(960),
            "<!channel> <!here> <@U999|fake> <#C1|x> <https://evil.example|click> </b> <<>> > < ".repeat(11),
            "🎉👩‍👩‍👧🏳️‍🌈 ".repeat(50),
            "x".repeat(960),
            "שלום עולם مرحبا بالعالم \u200F\u202Ereversed\u202C ".repeat(25),
            "*_~`>```".repeat(110));

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(at("2026-11-23T10:00"));
    }

    @Test
    void hostileTextThroughEverySurfaceIsAllAcceptedBySlack() {
        for (var hostile : HOSTILE) {
            for (var channel : List.of("D100", "C200")) {
                for (var whom : List.of("to Acme", "to <@U300|buyer>")) {
                    var text = hostile + " " + whom + " by Fri 2pm";
                    var answer = followthrough.requests.slashCommand("U100", channel, text);
                    assertThat(answer.statusCode()).isEqualTo(200);
                    assertThat(answer.body()).contains("promised");
                    assertThat(BlockKitLimits.breachesInAnswer(answer.body())).isEmpty();
                }
            }
            // Soft, and owed to the user: the other rows of the list, Home and the digest.
            followthrough.requests.slashCommand("U100", "D100", "<@U300> will " + prefix(hostile, 900));
            var ambiguous = followthrough.requests.slashCommand("U100", "D100", hostile + " by next Friday");
            assertThat(BlockKitLimits.breachesInAnswer(ambiguous.body())).isEmpty();
        }
        for (var word : List.of("list", "cancel", "score", "help")) {
            var answer = followthrough.requests.slashCommand("U100", "D100", word);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(BlockKitLimits.breachesInAnswer(answer.body())).as(word).isEmpty();
        }
        for (var hostile : HOSTILE) {
            var form = Map.of(
                    "what", typed(hostile),
                    "counterparty_name", typed(prefix(hostile, 200)),
                    "direction", pickedOption("MINE"),
                    "deadline", typed("Fri 2pm"));
            var saved = followthrough.requests.interaction(
                    followthrough.requests.viewSubmission("U100", "promise_modal", "new|", form));
            assertThat(saved.statusCode()).isEqualTo(200);
        }
        var first = Long.parseLong(
                followthrough.strings("SELECT min(id) FROM commitments").get(0));
        press("promise_edit", Long.toString(first));
        // Answers through the response_url: the question after "Followed up only", and "Kept".
        press("reminder_followed_up", Long.toString(first + 1));
        press("promise_done", Long.toString(first + 2));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough.slack.calls("response_url").size() == 2);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls("views.open").isEmpty());
        followthrough.requests.slashCommand("U100", "D100", "");
        followthrough.requests.slashCommand("U100", "D100", "digest");
        openHome();

        followthrough.clock.set(at("2026-11-26T14:00:30"));
        followthrough.awaitSettled();
        followthrough.clock.set(at("2026-11-27T14:10:30"));
        followthrough.awaitSettled();
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls("views.publish").isEmpty());

        var calls = followthrough.slack.calls();
        // The owner's nudges of one minute fold into one DM, and so do the missed prompts.
        assertThat(calls.stream().filter(call -> call.method().equals("chat.postMessage")))
                .as("folded nudges and missed DMs, channel posts, the form's summaries and the digest")
                .hasSizeGreaterThan(12);
        assertThat(calls.stream()
                        .filter(call -> "U100".equals(call.param("channel")))
                        .map(call -> call.param("text")))
                .anyMatch(text -> text.startsWith("24 promises due in 1 day"))
                .anyMatch(text -> text.startsWith("24 promises missed"));
        assertThat(calls.stream().filter(call -> "C200".equals(call.param("channel"))))
                .isNotEmpty();
        assertEverythingAccepted();
    }

    @Test
    void theCounterpartyGetsTheWholeRenegotiationMessageHoweverHostile() {
        var messages = List.of(
                "&".repeat(3000),
                ("Sorry <@U999> & <!channel>: by " + "[new time]" + " ").repeat(71),
                "\n".repeat(1500) + "x".repeat(1500),
                "x".repeat(3000),
                "🎉👩‍👩‍👧 שלום עולם مرحبا ".repeat(110),
                "```code``` *bold* > quote\n".repeat(110));
        for (var message : messages) {
            assertThat(message.length()).isLessThanOrEqualTo(3000);
            followthrough.reset();
            followthrough.clock.set(at("2026-11-23T10:00"));
            var id = promise("D100", "send <@U300|buyer> the " + "&".repeat(800) + " proposal by Fri 2pm");
            var form = renegotiationForm(id);
            assertThat(BlockKitLimits.breachesInAnswer("{\"view\":" + form + "}"))
                    .isEmpty();

            var response = submit(form, Map.of("deadline", typed("Mon 10am"), "message", typed(message)));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEmpty();
            var toBuyer = awaitPostTo("U300");
            var expected = message.replace("[new time]", "Mon 30 Nov, 10:00 AM EST");
            assertThat(words(quotedText(toBuyer))).isEqualTo(words(expected));
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> followthrough.slack.calls("chat.update").stream()
                            .anyMatch(call -> call.param("text").contains("<@U300> has your message")));
            assertEverythingAccepted();
        }
    }

    @Test
    void aWholeHostileMessageToSomeoneOffSlackIsShownReadyToCopyAndNeverPostedInTheChannel() {
        var message = ("Sorry & <thanks>: " + "&".repeat(100) + " ").repeat(30).substring(0, 3000);

        for (var channel : List.of("C200", "D100")) {
            var id = promise(channel, "send Acme the proposal by Fri 2pm");
            var copy = submit(
                    renegotiationForm(id),
                    Map.of("deadline", typed("Mon 10am"), "message", typed(message), "channel_note", checked("note")));
            var answer = JsonParser.parseString(copy.body()).getAsJsonObject();
            assertThat(answer.get("response_action").getAsString()).isEqualTo("update");
            assertThat(BlockKitLimits.breachesInAnswer(copy.body())).isEmpty();
            var copied = new StringBuilder();
            var blocks = answer.getAsJsonObject("view").getAsJsonArray("blocks");
            for (var index = 1; index < blocks.size(); index++) {
                copied.append(sectionText(blocks.get(index).getAsJsonObject()).replace("```", ""));
            }
            assertThat(words(copied.toString())).isEqualTo(words(message));
        }
        followthrough.awaitSettled();
        assertThat(postsTo("C200", "")).hasSize(1);
        assertThat(postsTo("C200", "").get(0).param("blocks")).doesNotContain("thanks");
        assertEverythingAccepted();
    }

    @Test
    void aMessageLongerThanTheFormAllowsIsRefusedOnItsField() {
        var id = promise("D100", "send <@U300|buyer> the proposal by Fri 2pm");
        var form = renegotiationForm(id);
        assertThat(form.toString()).contains("\"max_length\":3000");

        var response = submit(form, Map.of("deadline", typed("Mon 10am"), "message", typed("x".repeat(3001))));

        var answer = JsonParser.parseString(response.body()).getAsJsonObject();
        assertThat(answer.get("response_action").getAsString()).isEqualTo("errors");
        assertThat(answer.getAsJsonObject("errors").get("message").getAsString())
                .contains("at most 3000");
        assertThat(followthrough.strings("SELECT deadline_version::TEXT FROM commitments WHERE id = " + id))
                .containsExactly("1");
    }

    private void assertEverythingAccepted() {
        assertThat(followthrough.slack.refusals()).isEmpty();
        assertThat(BlockKitLimits.breaches(followthrough.slack.calls())).isEmpty();
        assertThat(followthrough.strings(
                        "SELECT dedupe_key || ': ' || last_error FROM outbox WHERE last_error IS NOT NULL"))
                .as("failed, or sent only as plain text")
                .isEmpty();
    }

    private long promise(String channel, String text) {
        var response = followthrough.requests.slashCommand("U100", channel, text);
        assertThat(response.statusCode()).isEqualTo(200);
        return Long.parseLong(
                followthrough.strings("SELECT max(id) FROM commitments").get(0));
    }

    private JsonObject renegotiationForm(long id) {
        var before = followthrough.slack.calls("views.open").size();
        press("reminder_renegotiate", Long.toString(id));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough.slack.calls("views.open").size() > before);
        var open = followthrough.slack.calls("views.open").get(before);
        return JsonParser.parseString(open.param("view")).getAsJsonObject();
    }

    private HttpResponse<String> submit(JsonObject form, Map<String, JsonObject> values) {
        return followthrough.requests.interaction(followthrough.requests.viewSubmission(
                "U100",
                form.get("callback_id").getAsString(),
                form.get("private_metadata").getAsString(),
                values));
    }

    private void press(String actionId, String value) {
        var response =
                followthrough.requests.interaction(followthrough.requests.buttonPress("U100", "D100", actionId, value));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private void openHome() {
        followthrough.requests.send("""
                {"token":"legacy","team_id":"T0001","api_app_id":"A0001","type":"event_callback",\
                "event_id":"EvHostile","event_time":1700000000,\
                "event":{"type":"app_home_opened","user":"U100","channel":"D0001","tab":"home",\
                "event_ts":"1700000000.000100"}}""", "application/json", Map.of());
    }

    private SlackStandIn.Call awaitPostTo(String channel) {
        return awaitPostTo(channel, "");
    }

    private SlackStandIn.Call awaitPostTo(String channel, String containing) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> postsTo(channel, containing).size() == 1);
        return postsTo(channel, containing).get(0);
    }

    private List<SlackStandIn.Call> postsTo(String channel, String containing) {
        return followthrough.slack.calls("chat.postMessage").stream()
                .filter(call -> channel.equals(call.param("channel")))
                .filter(call -> call.param("text").contains(containing))
                .toList();
    }

    /** The quoted sections of a message (all but its first), unquoted and unescaped, in order. */
    private static String quotedText(SlackStandIn.Call call) {
        var blocks = JsonParser.parseString(call.param("blocks")).getAsJsonArray();
        var text = new StringBuilder();
        for (var index = 1; index < blocks.size(); index++) {
            var quoted = sectionText(blocks.get(index).getAsJsonObject());
            assertThat(quoted).startsWith(">");
            text.append(quoted.substring(1).replace("\n>", "\n")).append(' ');
        }
        return text.toString();
    }

    private static String sectionText(JsonObject block) {
        return block.getAsJsonObject("text").get("text").getAsString();
    }

    /** What a reader sees, whitespace aside: splitting between sections drops one space or line break. */
    private static String words(String mrkdwn) {
        return mrkdwn.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
                .replace("'''", "```")
                .replaceAll("\\s", "");
    }

    /** At most {@code most} characters of {@code text}, never half an emoji. */
    private static String prefix(String text, int most) {
        if (text.length() <= most) {
            return text;
        }
        return text.substring(0, Character.isLowSurrogate(text.charAt(most)) ? most - 1 : most);
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }
}
