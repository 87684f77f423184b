package dev.followthrough.promise;

import com.slack.api.model.view.ViewState;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.deadline.Deadline;
import dev.followthrough.platform.slack.DeadlineFields;
import dev.followthrough.platform.slack.ViewStates;
import dev.followthrough.user.UserProfile;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Reads the promise form: a draft to save, or the errors to show on its fields. */
final class PromiseFormReading {

    private static final DeadlineFields.Blocks DEADLINE_BLOCKS =
            new DeadlineFields.Blocks(PromiseModal.DEADLINE, PromiseModal.DATE, PromiseModal.TIME);

    /** What the form says; {@code deadline} is empty when the form keeps the stored deadline (Edit). */
    record Draft(
            String what,
            Optional<Counterparty> counterparty,
            Direction direction,
            Optional<Deadline> deadline,
            Optional<String> channelId) {}

    sealed interface Result {}

    record Readable(Draft draft) implements Result {}

    record Unreadable(Map<String, String> errors) implements Result {}

    private final DeadlineFields deadlines;

    PromiseFormReading(DeadlineFields deadlines) {
        this.deadlines = deadlines;
    }

    Result read(ViewState state, UserProfile owner, Instant now) {
        return read(state, owner, now, false);
    }

    /** With {@code keepDeadline}, the deadline inputs are not read at all: the stored one stays. */
    Result read(ViewState state, UserProfile owner, Instant now, boolean keepDeadline) {
        var what = ViewStates.text(state, PromiseModal.WHAT);
        if (what.isEmpty()) {
            return new Unreadable(Map.of(PromiseModal.WHAT, "Say what the next step is."));
        }
        var deadline = Optional.<Deadline>empty();
        if (!keepDeadline) {
            var reading = deadlines.read(state, DEADLINE_BLOCKS, owner.deadlineContext(), now);
            if (reading instanceof DeadlineFields.Unreadable unreadable) {
                return new Unreadable(unreadable.errors());
            }
            deadline = Optional.of(((DeadlineFields.Read) reading).deadline());
        }
        return new Readable(new Draft(
                what.get(),
                counterparty(state),
                direction(state),
                deadline,
                ViewStates.value(state, PromiseModal.CHANNEL).map(ViewState.Value::getSelectedConversation)));
    }

    /** The hint shown while the deadline is typed. */
    String hint(String typed, UserProfile owner) {
        return deadlines.describe(typed, owner.deadlineContext()).hint();
    }

    static Optional<Counterparty> counterparty(ViewState state) {
        var user = ViewStates.value(state, PromiseModal.COUNTERPARTY_USER).map(ViewState.Value::getSelectedUser);
        if (user.isPresent()) {
            return user.map(Counterparty::slackUser);
        }
        return ViewStates.text(state, PromiseModal.COUNTERPARTY_NAME).map(Counterparty::named);
    }

    static Direction direction(ViewState state) {
        return ViewStates.value(state, PromiseModal.DIRECTION)
                .map(ViewState.Value::getSelectedOption)
                .map(option -> Direction.valueOf(option.getValue()))
                .orElse(Direction.MINE);
    }
}
