package dev.followthrough.promise;

import com.slack.api.model.view.ViewState;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.deadline.Deadline;
import dev.followthrough.deadline.PromiseParser;
import dev.followthrough.deadline.PromiseReading;
import dev.followthrough.deadline.Schedule;
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

    /**
     * What the form says; {@code deadline} is empty when the form keeps the stored deadline (Edit);
     * {@code recurring} the schedule it repeats on, when it does (its first occurrence is then due
     * on the schedule's first day, and {@code deadline} is that).
     */
    record Draft(
            String what,
            Optional<Counterparty> counterparty,
            Direction direction,
            Optional<Deadline> deadline,
            Optional<String> channelId,
            Optional<Schedule> recurring) {

        Draft(
                String what,
                Optional<Counterparty> counterparty,
                Direction direction,
                Optional<Deadline> deadline,
                Optional<String> channelId) {
            this(what, counterparty, direction, deadline, channelId, Optional.empty());
        }
    }

    sealed interface Result {}

    record Readable(Draft draft) implements Result {}

    record Unreadable(Map<String, String> errors) implements Result {}

    static final String BOTH_WHEN =
            "A promise that repeats is due on its schedule: leave \"By when?\" and the date empty, or this empty for"
                    + " a one-off.";

    private final DeadlineFields deadlines;
    private final PromiseParser parser;

    PromiseFormReading(DeadlineFields deadlines, PromiseParser parser) {
        this.deadlines = deadlines;
        this.parser = parser;
    }

    Result read(ViewState state, UserProfile owner, Instant now) {
        return read(state, owner, now, false, true);
    }

    /**
     * With {@code keepDeadline}, the deadline inputs are not read at all: the stored one stays. A
     * new promise ({@code canRepeat}) may repeat: on "Repeats", or on a schedule typed in "By when?".
     */
    Result read(ViewState state, UserProfile owner, Instant now, boolean keepDeadline, boolean canRepeat) {
        var what = ViewStates.text(state, PromiseModal.WHAT);
        if (what.isEmpty()) {
            return new Unreadable(Map.of(PromiseModal.WHAT, "Say what the next step is."));
        }
        var channelId = ViewStates.value(state, PromiseModal.CHANNEL).map(ViewState.Value::getSelectedConversation);
        var repeats = ViewStates.text(state, PromiseModal.REPEATS);
        if (repeats.isPresent()) {
            return repeating(repeats.get(), state, owner, what.get(), channelId);
        }
        var scheduleAsDeadline = ViewStates.text(state, PromiseModal.DEADLINE)
                .filter(typed -> canRepeat
                        && ViewStates.value(state, PromiseModal.DATE)
                                .map(ViewState.Value::getSelectedDate)
                                .isEmpty()
                        && ViewStates.value(state, PromiseModal.TIME)
                                .map(ViewState.Value::getSelectedTime)
                                .isEmpty()
                        && isSchedule(typed, owner));
        if (scheduleAsDeadline.isPresent()) {
            // "every Friday" in "By when?" says what "Repeats" is for: read as it would be there.
            return scheduled(scheduleAsDeadline.get(), state, owner, what.get(), channelId);
        }
        var deadline = Optional.<Deadline>empty();
        if (!keepDeadline) {
            var reading = deadlines.read(state, DEADLINE_BLOCKS, owner.deadlineContext(), now);
            if (reading instanceof DeadlineFields.Unreadable unreadable) {
                return new Unreadable(unreadable.errors());
            }
            deadline = Optional.of(((DeadlineFields.Read) reading).deadline());
        }
        return new Readable(new Draft(what.get(), counterparty(state), direction(state), deadline, channelId));
    }

    /** A new promise on a schedule: read by the deadline language, with no one-off deadline besides. */
    private Result repeating(
            String typed, ViewState state, UserProfile owner, String what, Optional<String> channelId) {
        if (!PromiseModal.deadlineInputs(state).isEmpty()) {
            return new Unreadable(Map.of(PromiseModal.REPEATS, BOTH_WHEN));
        }
        return scheduled(typed, state, owner, what, channelId);
    }

    private Result scheduled(
            String typed, ViewState state, UserProfile owner, String what, Optional<String> channelId) {
        var reading = parser.readSchedule(typed, owner.deadlineContext());
        if (reading instanceof PromiseReading.Invalid invalid) {
            return new Unreadable(Map.of(PromiseModal.REPEATS, invalid.reason()));
        }
        var recurring = (PromiseReading.Recurring) reading;
        return new Readable(new Draft(
                what,
                counterparty(state),
                direction(state),
                Optional.of(recurring.first().deadline()),
                channelId,
                Optional.of(recurring.schedule())));
    }

    private boolean isSchedule(String typed, UserProfile owner) {
        return parser.readSchedule(typed, owner.deadlineContext()) instanceof PromiseReading.Recurring;
    }

    /** The hint while "By when?" is typed on a new promise: a schedule there reads as one. */
    String hintForNew(String typed, UserProfile owner) {
        return isSchedule(typed, owner) ? repeatsHint(typed, owner) : hint(typed, owner);
    }

    /** How a schedule typed in "Repeats" reads, for its hint. */
    String repeatsHint(String typed, UserProfile owner) {
        var reading = parser.readSchedule(typed, owner.deadlineContext());
        if (reading instanceof PromiseReading.Recurring recurring) {
            var schedule = recurring.schedule();
            return "Reads as: " + schedule.describe(owner.locale()) + ", first on "
                    + Schedule.day(schedule.anchor(), owner.locale()) + ". Each one is a promise of its own.";
        }
        return ((PromiseReading.Invalid) reading).reason();
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
