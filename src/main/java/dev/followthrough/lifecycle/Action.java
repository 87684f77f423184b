package dev.followthrough.lifecycle;

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
    NEXT_STEP("reminder_next_step"),
    MARK_DONE("promise_done"),
    UNDO("promise_undo"),
    EDIT("promise_edit");

    private final String id;

    Action(String id) {
        this.id = id;
    }

    /** The action_id Slack sends back when the button is pressed. */
    public String id() {
        return id;
    }
}
