package dev.followthrough.promise;

import static dev.followthrough.support.SlackRequests.pickedDate;
import static dev.followthrough.support.SlackRequests.pickedTime;
import static dev.followthrough.support.SlackRequests.pickedUser;
import static dev.followthrough.support.SlackRequests.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.support.PlainTextFields;
import dev.followthrough.support.RunningFollowthrough;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The promise form shows a task's mentions by name (a text input is plain text), saves the task
 * with its mentions when it is left as shown, and names the owner in a refusal.
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
    void editShowsTheTaskWithNamesAndSavingItAsShownKeepsItsMentions() {
        var id = promise("send <@U300|dana.b> the MSA for <#C0009|deals> by Fri 2pm");
        awaitNamesOf("U300", "C0009");

        var form = openEdit(id);

        assertThat(initialValue(form, PromiseModal.WHAT)).isEqualTo("send Dana the MSA for #deals");
        var values = prefilled(form, "send Dana the MSA for #deals");
        values.put(PromiseModal.TIME, pickedTime("16:00"));
        var answer = submit("U100", form, values);
        assertThat(answer.body()).contains("Promise saved");
        assertThat(followthrough.strings("SELECT what FROM commitments WHERE id = " + id))
                .containsExactly("send <@U300> the MSA for <#C0009>");
        assertThat(followthrough.strings(
                        "SELECT array_to_string(edited_fields, ', ') FROM commitment_events WHERE kind = 'EDITED'"))
                .containsExactly("DEADLINE");
    }

    @Test
    void aTaskChangedInTheEditFormIsSavedAsTyped() {
        var id = promise("send <@U300> the MSA by Fri 2pm");
        awaitNamesOf("U300");
        var form = openEdit(id);

        submit("U100", form, prefilled(form, "send Dana the signed MSA"));

        assertThat(followthrough.strings("SELECT what FROM commitments WHERE id = " + id))
                .containsExactly("send Dana the signed MSA");
    }

    @Test
    void someoneElseSavingTheOwnersEditIsToldWhoOwnsItByNameInPlainText() {
        var id = promise("send <@U300> the MSA by Fri 2pm");
        var form = openEdit(id);

        var answer = submit("U200", form, prefilled(form, "send Dana the MSA today"));

        var errors = PlainTextFields.errors(answer.body());
        assertThat(errors.get(PromiseModal.WHAT))
                .startsWith("Only Sam can change this promise")
                .doesNotContain("`");
        PlainTextFields.assertNoneCoded(List.copyOf(errors.values()));
    }

    private long promise(String text) {
        assertThat(followthrough.requests.slashCommand("U100", "C200", text).statusCode())
                .isEqualTo(200);
        return followthrough.number("SELECT max(id) FROM commitments");
    }

    private void awaitNamesOf(String... slackIds) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough
                        .strings("SELECT slack_id FROM display_names")
                        .containsAll(List.of(slackIds)));
    }

    private JsonObject openEdit(long id) {
        var opened = followthrough.slack.calls("views.open").size();
        followthrough.requests.interaction(
                followthrough.requests.buttonPress("U100", "C200", Action.EDIT.id(), Long.toString(id)));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> followthrough.slack.calls("views.open").size() > opened);
        return JsonParser.parseString(
                        followthrough.slack.calls("views.open").get(opened).param("view"))
                .getAsJsonObject();
    }

    /** What Slack sends back for the form with {@code what} typed and the rest as it opened. */
    private static Map<String, JsonObject> prefilled(JsonObject form, String what) {
        var values = new HashMap<String, JsonObject>();
        values.put(PromiseModal.WHAT, typed(what));
        values.put(PromiseModal.COUNTERPARTY_USER, pickedUser("U300"));
        var date = initial(form, PromiseModal.DATE, "initial_date");
        var time = initial(form, PromiseModal.TIME, "initial_time");
        if (date != null) {
            values.put(PromiseModal.DATE, pickedDate(date));
        }
        if (time != null) {
            values.put(PromiseModal.TIME, pickedTime(time));
        }
        return values;
    }

    private HttpResponse<String> submit(String userId, JsonObject form, Map<String, JsonObject> values) {
        var response = followthrough.requests.interaction(followthrough.requests.viewSubmission(
                userId,
                form.get("callback_id").getAsString(),
                form.get("private_metadata").getAsString(),
                values));
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static String initialValue(JsonObject form, String blockId) {
        return initial(form, blockId, "initial_value");
    }

    private static String initial(JsonObject form, String blockId, String field) {
        for (JsonElement block : form.getAsJsonArray("blocks")) {
            var object = block.getAsJsonObject();
            if (object.has("block_id") && blockId.equals(object.get("block_id").getAsString())) {
                var element = object.getAsJsonObject("element");
                return element.has(field) ? element.get(field).getAsString() : null;
            }
        }
        throw new AssertionError("no block " + blockId + " in " + form);
    }
}
