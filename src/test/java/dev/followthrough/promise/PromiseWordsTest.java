package dev.followthrough.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.support.RunningFollowthrough;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who answers {@code /promise}, by the words typed after it; anything else is a promise. */
class PromiseWordsTest {

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
    }

    @Test
    void listAndCancelAnswerTypedAloneInAnyCaseAndFollowedByMoreTheyArePromises() {
        assertThat(command("LIST").get("text").getAsString()).isEqualTo("You have no open promises.");
        assertThat(command("Cancel").get("text").getAsString()).isEqualTo("You have no open promises.");
        assertThat(commitments()).isZero();

        command("list the prices for Acme by tomorrow");
        command("cancel the offsite booking by tomorrow");

        assertThat(followthrough.strings("SELECT what FROM commitments ORDER BY id"))
                .containsExactly("list the prices for Acme", "cancel the offsite booking");
    }

    @Test
    void anotherFeaturesWordAnswersTypedAloneInAnyCase() {
        assertThat(command("SCORE").get("blocks").toString()).contains("*All time* · you");
        assertThat(command("Digest").get("text").getAsString()).contains("Sent to your DMs.");
        assertThat(command("Channel").get("text").getAsString()).contains("/promise channel posts on|off");

        var settings = followthrough.requests.slashCommand("U100", "C200", "Settings");

        assertThat(settings.body()).isEmpty();

        await().atMost(Duration.ofSeconds(10))
                .until(() -> !followthrough.slack.calls("views.open").isEmpty());
        assertThat(commitments()).isZero();
    }

    @Test
    void aSubcommandWordFollowedByWhatItDoesNotTakeAsksDidYouMeanAndSavesNothing() {
        var answers = new java.util.LinkedHashMap<String, String>();
        for (var text : new String[] {
            "cancel send the deck to Initech",
            "list overdue",
            "done send the deck",
            "help me",
            "Settings now",
            "digest please",
            "score this week",
            "list by Friday",
            "? me"
        }) {
            var answer = command(text);
            assertThat(answer.get("response_type").getAsString()).as(text).isEqualTo("ephemeral");
            answers.put(text, answer.get("text").getAsString());
        }

        assertThat(answers.get("cancel send the deck to Initech"))
                .isEqualTo(":thinking_face: Did you mean `/promise cancel` (call one off, with a reason if you"
                        + " like)? It takes nothing after the word. Nothing was saved.\nIf it's a promise, say by"
                        + " when, e.g. `/promise cancel send the deck to Initech by Fri 2pm`.");
        assertThat(answers.get("list overdue")).startsWith(":thinking_face: Did you mean `/promise list`");
        assertThat(answers.get("done send the deck"))
                .startsWith(":thinking_face: Did you mean `/promise done`")
                .doesNotContain("If it's a promise");
        assertThat(answers.get("help me")).startsWith(":thinking_face: Did you mean `/promise help`");
        assertThat(answers.get("Settings now")).startsWith(":thinking_face: Did you mean `/promise settings`");
        assertThat(answers.get("digest please")).startsWith(":thinking_face: Did you mean `/promise digest`");
        assertThat(answers.get("score this week")).startsWith(":thinking_face: Did you mean `/promise score`");
        assertThat(answers.get("list by Friday")).startsWith(":thinking_face: Did you mean `/promise list`");
        assertThat(answers.get("? me")).startsWith(":thinking_face: Did you mean `/promise help`");
        assertThat(commitments()).isZero();
        assertThat(followthrough.slack.calls("views.open")).isEmpty();
        assertThat(followthrough.slack.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void aPromiseThatBeginsWithACommonVerbAndSaysByWhenIsStillRecorded() {
        command("help Acme migrate the reports by tomorrow");
        command("score the inbound leads for Hooli by Friday");

        assertThat(followthrough.strings("SELECT what FROM commitments ORDER BY id"))
                .containsExactly("help Acme migrate the reports", "score the inbound leads for Hooli");
    }

    @Test
    void doneTypedAloneListsOpenPromisesWithAButtonToMarkEachDone() {
        command("send Acme the deck by tomorrow");
        command("<@U300> will send the PO by tomorrow");

        var answer = command("done");

        assertThat(answer.get("text").getAsString()).isEqualTo("Your open promises: 2");
        var blocks = answer.getAsJsonArray("blocks").toString();
        assertThat(blocks)
                .contains("\"action_id\":\"" + Action.MARK_DONE.id() + "\"")
                .contains("Mark done")
                .contains("They delivered");
        var first = followthrough.number("SELECT min(id) FROM commitments");

        followthrough.requests.interaction(
                followthrough.requests.buttonPress("U100", "C200", Action.MARK_DONE.id(), Long.toString(first)));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> followthrough
                        .strings("SELECT status FROM commitments WHERE id = " + first)
                        .equals(java.util.List.of("KEPT")));
        assertThat(commitments()).isEqualTo(2);
    }

    private JsonObject command(String text) {
        var response = followthrough.requests.slashCommand("U100", "C200", text);
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private long commitments() {
        return followthrough.number("SELECT count(*) FROM commitments");
    }
}
