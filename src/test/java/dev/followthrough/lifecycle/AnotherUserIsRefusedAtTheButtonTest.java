package dev.followthrough.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.support.RunningFollowthrough;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every action of the catalogue, pressed by someone who isn't the owner, is refused at the button
 * with a word naming the owner: no form opens (with the owner's promise and drafted message in it),
 * and nothing changes.
 */
class AnotherUserIsRefusedAtTheButtonTest {

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();
    private final Presses presses = new Presses(followthrough);

    @BeforeEach
    void startClean() {
        presses.fresh();
    }

    @Test
    void everyActionPressedOnAMessageByAnotherUserIsRefusedEphemerallyAndOpensNoForm() {
        presses.promise("send Acme the deck by Fri 2pm");
        var id = presses.lastId();
        var before = presses.events(id);

        for (var press : everyPress(id)) {
            followthrough.slack.reset();
            presses.press("U999", Presses.CHANNEL, press.actionId(), press.value(), false);

            var refusal = presses.awaitCall("response_url", call -> true);
            assertThat(refusal.param("response_type")).as(press.actionId()).isEqualTo("ephemeral");
            assertThat(refusal.param("replace_original")).as(press.actionId()).isEqualTo("false");
            assertThat(refusal.param("text")).as(press.actionId()).contains("Only <@U100>");
            followthrough.awaitSettled();
            assertThat(followthrough.slack.calls("views.open"))
                    .as(press.actionId())
                    .isEmpty();
            assertThat(presses.status(id)).as(press.actionId()).isEqualTo("OPEN");
            assertThat(presses.events(id)).as(press.actionId()).isEqualTo(before);
        }
    }

    @Test
    void everyActionPressedOnAppHomeByAnotherUserIsRefusedInADirectMessage() {
        presses.promise("send Acme the deck by Fri 2pm");
        var id = presses.lastId();
        var before = presses.events(id);

        for (var press : everyPress(id)) {
            followthrough.slack.reset();
            presses.press("U999", "D999", press.actionId(), press.value(), true);

            var refusal = presses.awaitDirectMessageTo("U999");
            assertThat(refusal.param("text")).as(press.actionId()).contains("Only <@U100>");
            followthrough.awaitSettled();
            assertThat(followthrough.slack.calls("views.open"))
                    .as(press.actionId())
                    .isEmpty();
            assertThat(presses.status(id)).as(press.actionId()).isEqualTo("OPEN");
            assertThat(presses.events(id)).as(press.actionId()).isEqualTo(before);
        }
    }

    @Test
    void reopeningAnotherUsersKeptPromiseIsRefusedAndItStaysKept() {
        presses.promise("send Acme the deck by Fri 2pm");
        var id = presses.lastId();
        presses.press("U100", Action.MARK_DONE, id, false);
        presses.awaitCall("response_url", call -> true);
        followthrough.awaitSettled();
        followthrough.slack.reset();

        presses.press("U999", Action.REOPEN, id, false);

        assertThat(presses.awaitCall("response_url", call -> true).param("text"))
                .contains("Only <@U100>");
        assertThat(presses.status(id)).isEqualTo("KEPT");
    }

    private record Press(String actionId, String value) {}

    /** Each action of the catalogue with a value of its format: every snooze and every answer. */
    private static List<Press> everyPress(long id) {
        var presses = new ArrayList<Press>();
        for (var action : Action.values()) {
            if (action == Action.SNOOZE) {
                for (var how : Snooze.values()) {
                    presses.add(new Press(action.id(), ActionValues.of(how, id)));
                }
            } else {
                presses.add(new Press(action.id(), ActionValues.of(id)));
            }
        }
        for (var when : NextUpdate.values()) {
            presses.add(new Press(when.id(), ActionValues.of(when, id)));
        }
        return presses;
    }
}
