package dev.followthrough.reminder;

import com.slack.api.model.view.ViewState;
import dev.followthrough.deadline.Deadline;
import dev.followthrough.platform.slack.DeadlineFields;
import dev.followthrough.user.UserProfile;
import java.time.Instant;
import java.util.Map;

/** The new deadline out of a form: it has to be a specific one, typed or picked. */
final class NewDeadline {

    private static final DeadlineFields.Blocks BLOCKS =
            new DeadlineFields.Blocks(DeadlineForm.DEADLINE, DeadlineForm.DATE, DeadlineForm.TIME);

    /** A specific new deadline, or the error to show on the form's field. */
    sealed interface Reading {}

    record Read(Instant due, String phrase) implements Reading {}

    record Unreadable(Map<String, String> errors) implements Reading {}

    private final DeadlineFields fields;

    NewDeadline(DeadlineFields fields) {
        this.fields = fields;
    }

    Reading read(ViewState state, UserProfile owner, Instant now) {
        var reading = fields.read(state, BLOCKS, owner.deadlineContext(), now);
        if (reading instanceof DeadlineFields.Unreadable unreadable) {
            return new Unreadable(unreadable.errors());
        }
        var deadline = ((DeadlineFields.Read) reading).deadline();
        if (deadline instanceof Deadline.Hard hard) {
            return new Read(hard.due(), hard.phrase());
        }
        if (deadline.phrase().isEmpty()) {
            return new Unreadable(Forms.error(
                    DeadlineForm.DEADLINE, "Give the new deadline: type it (\"Tue 10am\") or pick a date below."));
        }
        return new Unreadable(Forms.error(
                DeadlineForm.DEADLINE, "That's still vague. Give a specific day and time, like \"Tue 10am\"."));
    }
}
