package dev.followthrough.promise;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.support.RunningFollowthrough;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PromiseCommandTest {

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
    }

    @Test
    void promiseInADirectMessageIsShownOnlyToItsOwnerAndBelongsToNoChannel() {
        var answer = command("U100", "D300", "send the deck by tomorrow");

        assertThat(answer.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(answer.getAsJsonArray("blocks")).isNotEmpty();
        assertThat(followthrough.number(
                        "SELECT count(*) FROM commitments WHERE channel_id IS NULL AND owner_id = 'U100'"))
                .isEqualTo(1);
    }

    @Test
    void anEscapedMentionThatWillDeliverIsTrackedAsOwedToTheOwner() {
        var answer = command("U100", "C200", "<@U123ABC|buyer> will send the PO by Tuesday");

        assertThat(answer.get("text").getAsString())
                .contains("<@U123ABC> promised <@U100>")
                .contains("send the PO");
        assertThat(followthrough.strings(
                        "SELECT direction || ' ' || counterparty_user_id || ' ' || what || ' ' || firmness"
                                + " FROM commitments"))
                .containsExactly("THEIRS U123ABC send the PO HARD");
    }

    @Test
    void aPromiseToSomeoneNamedInPlainTextKeepsTheName() {
        command("U100", "C200", "send the revised proposal to Acme by Dec 3 10am");

        assertThat(followthrough.strings("SELECT counterparty_name || ' ' || what || ' '"
                        + " || to_char(due_at AT TIME ZONE 'America/New_York', 'MM-DD HH24:MI') FROM commitments"))
                .containsExactly("Acme send the revised proposal to Acme 12-03 10:00");
    }

    @Test
    void aPromiseWithNoTimeIsSavedAsSoft() {
        var answer = command("U100", "C200", "call the CFO back");

        assertThat(answer.toString()).contains("no firm date yet");
        assertThat(followthrough.strings("SELECT firmness FROM commitments")).containsExactly("SOFT");
    }

    @Test
    void helpExplainsUsageAndSavesNothing() {
        for (var text : new String[] {"help", "HELP", "?"}) {
            var answer = command("U100", "C200", text);
            assertThat(answer.get("response_type").getAsString()).isEqualTo("ephemeral");
            assertThat(answer.toString()).contains("/promise send Acme the revised proposal by Fri 2pm");
        }
        assertThat(commitments()).isZero();
    }

    @Test
    void helpsRepeatingExamplesEachStartASeriesAsTheHelpSays() {
        var help = command("U100", "C200", "help").toString();
        var examples = java.util.regex.Pattern.compile("`/promise ((?:every|on the first)[^`]*)`")
                .matcher(help)
                .results()
                .map(match -> match.group(1))
                .toList();
        assertThat(examples).hasSize(2);

        for (var example : examples) {
            command("U100", "C200", example);
        }

        assertThat(followthrough.number("SELECT count(*) FROM commitment_series"))
                .isEqualTo(2);
        assertThat(commitments()).isEqualTo(2);
    }

    @Test
    void textOverAThousandCharactersIsRefusedWithItsLength() {
        var answer = command("U100", "C200", "x".repeat(1001));

        assertThat(answer.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(answer.get("text").getAsString()).contains("1001 characters").contains("at most 1000");
        assertThat(commitments()).isZero();
    }

    @Test
    void aDeadlineInThePastIsRefusedAndNothingIsSaved() {
        var answer = command("U100", "C200", "send the deck yesterday");

        assertThat(answer.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(answer.get("text").getAsString()).contains("already passed").contains("Nothing was saved");
        var blocks = answer.getAsJsonArray("blocks");
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).toString()).contains("already passed");
        assertThat(blocks.get(1).toString())
                .contains("For example: `/promise send Acme the revised proposal by Fri 2pm`")
                .doesNotContain("What others promised you");
        assertThat(commitments()).isZero();
    }

    @Test
    void whenSlackCannotSayTheUsersTimeZoneNothingIsSaved() {
        followthrough.slack.fail("users.info", "ratelimited");

        var answer = command("U100", "C200", "send the deck by tomorrow");

        assertThat(answer.get("text").getAsString()).contains("time zone").contains("try again");
        assertThat(commitments()).isZero();
    }

    @Test
    void theUsersTimeZoneIsCachedForADayThenRefreshedAfterTheAnswer() {
        followthrough.slack.user("U100", "Europe/Berlin", "de-DE");
        command("U100", "C200", "send the deck by tomorrow");
        command("U100", "C200", "send the contract by tomorrow");
        assertThat(followthrough.slack.calls("users.info")).hasSize(1);
        assertThat(followthrough.slack.calls("users.info").get(0).param("include_locale"))
                .isIn("1", "true");

        followthrough.slack.user("U100", "Asia/Kolkata", "en-IN");
        followthrough.clock.advance(Duration.ofHours(25));
        // A stale profile answers at once; Slack is asked again after the answer went back.
        command("U100", "C200", "call the buyer by tomorrow");
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> followthrough
                        .strings("SELECT time_zone FROM users WHERE user_id = 'U100'")
                        .equals(java.util.List.of("Asia/Kolkata")));
        command("U100", "C200", "book the demo by tomorrow");

        assertThat(followthrough.slack.calls("users.info")).hasSize(2);
        assertThat(followthrough.strings("SELECT due_zone FROM commitments ORDER BY id"))
                .containsExactly("Europe/Berlin", "Europe/Berlin", "Europe/Berlin", "Asia/Kolkata");
    }

    @Test
    void listShowsOpenPromisesSoonestFirstAndMarksOverdueOnes() {
        command("U100", "C200", "send the deck by tomorrow");
        followthrough.clock.advance(Duration.ofDays(2));
        command("U100", "C200", "call the buyer by tomorrow");
        command("U100", "C200", "think about pricing");
        command("U555", "C200", "someone else's promise by tomorrow");

        var answer = command("U100", "C200", "list");

        assertThat(answer.get("response_type").getAsString()).isEqualTo("ephemeral");
        var text = answer.getAsJsonArray("blocks").toString();
        assertThat(text).contains("Your open promises (3)").contains("1 overdue");
        assertThat(text.indexOf("send the deck")).isLessThan(text.indexOf("call the buyer"));
        assertThat(text.indexOf("call the buyer")).isLessThan(text.indexOf("think about pricing"));
        assertThat(text).doesNotContain("someone else");
        assertThat(text).contains("Overdue");
    }

    @Test
    void listWithNothingOpenSaysSo() {
        var answer = command("U100", "C200", "list");

        assertThat(answer.get("text").getAsString()).isEqualTo("You have no open promises.");
    }

    @Test
    void sameTriggerIdSentTwiceRecordsOnePromise() {
        var fields = followthrough.requests.command("U100", "C200", "send the deck by tomorrow");
        var body = dev.followthrough.support.SlackRequests.form(fields);

        var first = followthrough.requests.send(body, "application/x-www-form-urlencoded", java.util.Map.of());
        var second = followthrough.requests.send(body, "application/x-www-form-urlencoded", java.util.Map.of());

        assertThat(second.body()).isEqualTo(first.body());
        assertThat(commitments()).isEqualTo(1);
    }

    private JsonObject command(String userId, String channelId, String text) {
        var response = followthrough.requests.slashCommand(userId, channelId, text);
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private long commitments() {
        return followthrough.number("SELECT count(*) FROM commitments");
    }
}
