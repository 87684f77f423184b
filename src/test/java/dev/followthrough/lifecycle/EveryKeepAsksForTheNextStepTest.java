package dev.followthrough.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import dev.followthrough.support.RunningFollowthrough;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keeping a promise asks for the next step (DESIGN.md §1, "Always a next step") wherever it was
 * pressed: in the message it was pressed on, or in a DM from App Home, which has no message.
 */
class EveryKeepAsksForTheNextStepTest {

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();
    private final Presses presses = new Presses(followthrough);

    @BeforeEach
    void startClean() {
        presses.fresh();
    }

    @Test
    void markDoneOnTheSummaryAsksInTheSummary() {
        presses.promise("send Acme the deck by Fri 2pm");
        var id = presses.lastId();
        followthrough.slack.reset();

        presses.press("U100", Action.MARK_DONE, id, false);

        var answer = presses.awaitCall("response_url", call -> true);
        assertThat(answer.param("replace_original")).isEqualTo("true");
        assertThat(answer.param("blocks")).contains("What's the next step with Acme?");
        assertThat(Presses.buttonValue(Presses.blocksOf(answer), Action.NEXT_STEP))
                .hasValue(Long.toString(id));
        assertThat(presses.status(id)).isEqualTo("KEPT");
    }

    @Test
    void theyDeliveredOnTheSummaryAsksWhatIsNextWithThem() {
        presses.promise("Acme will send the signed contract by Fri 2pm");
        var id = presses.lastId();
        followthrough.slack.reset();

        presses.press("U100", Action.MARK_DONE, id, false);

        var answer = presses.awaitCall("response_url", call -> true);
        assertThat(answer.param("blocks")).contains("What's next with");
        assertThat(Presses.buttonValue(Presses.blocksOf(answer), Action.NEXT_STEP))
                .hasValue(Long.toString(id));
    }

    @Test
    void deliveredOnAReminderAsksInTheReminder() {
        presses.promise("send Acme the deck by Fri 2pm");
        var id = presses.lastId();
        followthrough.slack.reset();

        presses.press("U100", Action.DELIVERED, id, false);

        var settled = presses.awaitCall("chat.update", call -> true);
        assertThat(settled.param("blocks")).contains("What's the next step with Acme?");
        assertThat(Presses.buttonValue(Presses.blocksOf(settled), Action.NEXT_STEP))
                .hasValue(Long.toString(id));
    }

    @Test
    void deliveredOnAppHomeAsksInADirectMessageWhoseButtonOpensTheNextStepForm() {
        presses.promise("send Acme the deck by Fri 2pm");
        var id = presses.lastId();
        var value = Presses.buttonValue(presses.home(), Action.DELIVERED).orElseThrow();
        followthrough.slack.reset();

        presses.press("U100", "D100", Action.DELIVERED.id(), value, true);

        var asked = presses.awaitDirectMessageTo("U100");
        assertThat(asked.param("blocks")).contains("What's the next step with Acme?");
        var nextStep =
                Presses.buttonValue(Presses.blocksOf(asked), Action.NEXT_STEP).orElseThrow();
        assertThat(presses.status(id)).isEqualTo("KEPT");

        followthrough.awaitSettled();
        followthrough.slack.reset();
        presses.press("U100", "D100", Action.NEXT_STEP.id(), nextStep, false);
        var form = JsonParser.parseString(
                        presses.awaitCall("views.open", call -> true).param("view"))
                .getAsJsonObject();
        assertThat(form.get("callback_id").getAsString()).isEqualTo("next_step_form");
    }
}
