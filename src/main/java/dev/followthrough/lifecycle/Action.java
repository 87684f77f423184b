package dev.followthrough.lifecycle;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every action on an existing commitment, by the id its buttons carry on the wire. The ids are
 * written here and nowhere else: builders and Bolt registrations take them from this list.
 */
public enum Action {
    DELIVERED("reminder_delivered"),
    THEY_DELIVERED("reminder_they_delivered"),
    FOLLOWED_UP("reminder_followed_up"),
    SNOOZE("reminder_snooze"),
    RENEGOTIATE("reminder_renegotiate"),
    FIRM_UP("reminder_firm_up"),
    NEW_DATE("reminder_new_date"),
    CANCEL("reminder_cancel"),
    DROP("reminder_drop"),
    /** Opens the check-in to someone on Slack whose promise slipped, to send as a DM from the app. */
    SEND_CHECK_IN("reminder_send_check_in"),
    NEXT_STEP("reminder_next_step"),
    MARK_DONE("promise_done"),
    UNDO("promise_undo"),
    EDIT("promise_edit"),
    /** Takes back a keep from its confirmation, for {@code Transitions.REOPEN_WINDOW}. */
    REOPEN("promise_reopen");

    private final String id;

    Action(String id) {
        this.id = id;
    }

    /** The action whose buttons carry {@code actionId}, if it is one of ours. */
    public static Optional<Action> byId(String actionId) {
        return Arrays.stream(values())
                .filter(action -> action.id.equals(actionId))
                .findFirst();
    }

    /** The action_id Slack sends back when the button is pressed. */
    public String id() {
        return id;
    }
}
