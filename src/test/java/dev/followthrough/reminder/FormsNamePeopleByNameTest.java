package dev.followthrough.reminder;

import static dev.followthrough.support.SlackRequests.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.support.PlainTextFields;
import dev.followthrough.support.RunningFollowthrough;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reminder's forms show plain text, so they name people and channels as Slack does, never by
 * their codes; a name Slack hasn't given yet is said in other words.
 */
class FormsNamePeopleByNameTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(
                LocalDateTime.parse("2026-11-23T10:00").atZone(NEW_YORK).toInstant());
        followthrough.slack.name("U100", "Sam");
        followthrough.slack.name("U300", "Dana");
        followthrough.slack.name("C0009", "deals");
    }

    @AfterEach
    void nothingSentShowedACodeInPlainText() {
        PlainTextFields.assertNoneCoded(PlainTextFields.ofEverythingSent(followthrough.slack));
    }

    @Test
    void theRenegotiationFormNamesTheBuyerAndTheChannelInItsLabelAndItsDraft() {
        var id = promise("send <@U300|dana.b> the proposal for <#C0009|deals> by Fri 2pm");
        awaitNamesOf("U300", "C0009");

        var form = open(Action.RENEGOTIATE, id);

        var message = block(form, DeadlineForm.MESSAGE);
        assertThat(message.getAsJsonObject("label").get("text").getAsString()).isEqualTo("Message to Dana");
        var draft = message.getAsJsonObject("element").get("initial_value").getAsString();
        assertThat(draft).startsWith("Hi Dana,").contains("send you the proposal for #deals");
        assertThat(followthrough.strings("SELECT what FROM commitments"))
                .containsExactly("send <@U300> the proposal for <#C0009>");
    }

    @Test
    void aBuyerSlackHasNotNamedYetIsThemInTheLabelAndThereInTheGreeting() {
        promise("book the demo by Fri 2pm");
        followthrough.slack.fail("users.info", "user_not_found");
        var id = promise("send <@U777> the deck by Fri 2pm");

        var form = open(Action.RENEGOTIATE, id);

        var message = block(form, DeadlineForm.MESSAGE);
        assertThat(message.getAsJsonObject("label").get("text").getAsString()).isEqualTo("Message to them");
        var draft = message.getAsJsonObject("element").get("initial_value").getAsString();
        assertThat(draft).startsWith("Hi there,").doesNotContain("U777");
    }

    @Test
    void everyFormOnPromisesWithMentionsShowsNamesOnly() {
        var mine = promise("send <@U300> the PO for <#C0009> by Fri 2pm");
        var theirs = promise("<@U300> will send <@U100> the signed PO for <#C0009> by Fri 2pm");
        var soft = promise("send <@U300> the recap for <#C0009> soon");
        awaitNamesOf("U300", "C0009");

        var forms = List.of(
                open(Action.RENEGOTIATE, mine),
                open(Action.CANCEL, mine),
                open(Action.NEXT_STEP, mine),
                open(Action.NEW_DATE, theirs),
                open(Action.DROP, theirs),
                open(Action.FIRM_UP, soft));

        assertThat(forms).allSatisfy(form -> PlainTextFields.assertNoneCoded(PlainTextFields.of(form)));
        assertThat(PlainTextFields.of(forms.get(0)))
                .anyMatch(field -> field.contains("Hi Dana,") && field.contains("send you the PO for #deals"));
    }

    @Test
    void theNextStepFormAsksAboutTheBuyerByName() {
        var id = promise("send <@U300> the proposal by Fri 2pm");
        awaitNamesOf("U300");

        var form = open(Action.NEXT_STEP, id);

        assertThat(PlainTextFields.of(form)).contains("What's the next step with Dana?");
    }

    @Test
    void someoneElseSubmittingTheOwnersFormIsToldWhoOwnsItByNameInPlainText() {
        var id = promise("send <@U300> the proposal by Fri 2pm");
        // The owner is named once Slack has said who they are: until then the refusal reads "someone".
        awaitNamesOf("U100");
        var form = open(Action.CANCEL, id);

        var answer = followthrough.requests.interaction(followthrough.requests.viewSubmission(
                "U200",
                CancelForm.CALLBACK_ID,
                form.get("private_metadata").getAsString(),
                Map.of(CancelForm.REASON, typed("not needed"))));

        var errors = PlainTextFields.errors(answer.body());
        assertThat(errors.get(CancelForm.REASON))
                .startsWith("Only Sam can change this promise")
                .doesNotContain("`");
        PlainTextFields.assertNoneCoded(List.copyOf(errors.values()));
        assertThat(followthrough.strings("SELECT status FROM commitments")).containsExactly("OPEN");
    }

    private String promise(String text) {
        var answer = followthrough.requests.slashCommand("U100", "D100", text);
        assertThat(answer.statusCode()).isEqualTo(200);
        return followthrough.strings("SELECT max(id) FROM commitments").get(0);
    }

    private void awaitNamesOf(String... slackIds) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough
                        .strings("SELECT slack_id FROM display_names")
                        .containsAll(List.of(slackIds)));
    }

    private JsonObject open(Action action, String id) {
        var opened = followthrough.slack.calls("views.open").size();
        followthrough.requests.interaction(followthrough.requests.buttonPress("U100", "D100", action.id(), id));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough.slack.calls("views.open").size() > opened);
        return JsonParser.parseString(
                        followthrough.slack.calls("views.open").get(opened).param("view"))
                .getAsJsonObject();
    }

    private static JsonObject block(JsonObject form, String blockId) {
        for (JsonElement block : form.getAsJsonArray("blocks")) {
            var object = block.getAsJsonObject();
            if (object.has("block_id") && blockId.equals(object.get("block_id").getAsString())) {
                return object;
            }
        }
        throw new AssertionError("no block " + blockId + " in " + form);
    }
}
