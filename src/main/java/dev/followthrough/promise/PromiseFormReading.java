package dev.followthrough.promise;

import com.slack.api.model.view.ViewState;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.deadline.Deadline;
import dev.followthrough.deadline.PromiseParser;
import dev.followthrough.deadline.PromiseReading;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.user.UserProfile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads the promise form: a draft to save, or the errors to show on its fields. */
final class PromiseFormReading {

    record Draft(
            String what,
            Optional<Counterparty> counterparty,
            Direction direction,
            Deadline deadline,
            Optional<String> channelId) {}

    sealed interface Result {}

    record Readable(Draft draft) implements Result {}

    record Unreadable(Map<String, String> errors) implements Result {}

    private final PromiseParser parser;

    PromiseFormReading(PromiseParser parser) {
        this.parser = parser;
    }

    Result read(ViewState state, UserProfile owner, Instant now) {
        var what = text(state, PromiseModal.WHAT);
        if (what.isEmpty()) {
            return new Unreadable(Map.of(PromiseModal.WHAT, "Say what the next step is."));
        }
        var deadline = deadline(state, owner, now);
        if (deadline instanceof Unreadable unreadable) {
            return unreadable;
        }
        return new Readable(new Draft(
                what.get(),
                counterparty(state),
                direction(state),
                ((DeadlineRead) deadline).deadline(),
                value(state, PromiseModal.CHANNEL).map(ViewState.Value::getSelectedConversation)));
    }

    private record DeadlineRead(Deadline deadline) implements Result {}

    private Result deadline(ViewState state, UserProfile owner, Instant now) {
        var typed = text(state, PromiseModal.DEADLINE);
        if (typed.isPresent()) {
            var reading = describe(typed.get(), owner);
            if (reading.error().isPresent()) {
                return new Unreadable(
                        Map.of(PromiseModal.DEADLINE, reading.error().get()));
            }
            return new DeadlineRead(reading.deadline().orElseThrow());
        }
        var date = value(state, PromiseModal.DATE).map(ViewState.Value::getSelectedDate);
        if (date.isEmpty()) {
            return new DeadlineRead(new Deadline.Soft(Optional.empty(), ""));
        }
        var time = value(state, PromiseModal.TIME)
                .map(ViewState.Value::getSelectedTime)
                .map(LocalTime::parse)
                .orElse(owner.workingHours().endOfDay());
        var due = ZonedDateTime.of(LocalDate.parse(date.get()), time, owner.zone())
                .toInstant();
        if (!due.isAfter(now)) {
            return new Unreadable(Map.of(PromiseModal.DATE, "That's already passed: pick a day and time ahead."));
        }
        return new DeadlineRead(new Deadline.Hard(due, DueText.plain(due, owner.zone(), owner.locale())));
    }

    /** How a typed deadline reads: the hint shown while typing, and the error on submit. */
    record Described(String hint, Optional<Deadline> deadline, Optional<String> error) {}

    Described describe(String typed, UserProfile owner) {
        var reading = parser.readDeadline(typed, owner.deadlineContext());
        if (reading instanceof PromiseReading.Invalid invalid) {
            return new Described(invalid.reason(), Optional.empty(), Optional.of(invalid.reason()));
        }
        if (reading instanceof PromiseReading.Ambiguous ambiguous) {
            var readings = ambiguous.readings().stream()
                    .map(deadline -> DueText.plain(((Deadline.Hard) deadline).due(), owner.zone(), owner.locale()))
                    .collect(Collectors.joining(" or "));
            var message = "\"" + typed + "\" could mean " + readings + ". Say the date itself.";
            return new Described(message, Optional.empty(), Optional.of(message));
        }
        var deadline = ((PromiseReading.Parsed) reading).draft().deadline();
        if (deadline instanceof Deadline.Hard hard) {
            return new Described(
                    "Reads as: " + DueText.plain(hard.due(), owner.zone(), owner.locale()) + " (firm)",
                    Optional.of(deadline),
                    Optional.empty());
        }
        var target = ((Deadline.Soft) deadline)
                .target()
                .map(at -> ", aiming for " + DueText.plain(at, owner.zone(), owner.locale()))
                .orElse("");
        return new Described(
                "Reads as: soft, no firm date" + target + ". I'll ask you to pin it down.",
                Optional.of(deadline),
                Optional.empty());
    }

    static Optional<Counterparty> counterparty(ViewState state) {
        var user = value(state, PromiseModal.COUNTERPARTY_USER).map(ViewState.Value::getSelectedUser);
        if (user.isPresent()) {
            return user.map(Counterparty::slackUser);
        }
        return text(state, PromiseModal.COUNTERPARTY_NAME).map(Counterparty::named);
    }

    static Direction direction(ViewState state) {
        return value(state, PromiseModal.DIRECTION)
                .map(ViewState.Value::getSelectedOption)
                .map(option -> Direction.valueOf(option.getValue()))
                .orElse(Direction.MINE);
    }

    static Optional<String> text(ViewState state, String blockId) {
        return value(state, blockId)
                .map(ViewState.Value::getValue)
                .map(String::strip)
                .filter(text -> !text.isEmpty());
    }

    static Optional<ViewState.Value> value(ViewState state, String blockId) {
        if (state == null || state.getValues() == null || !state.getValues().containsKey(blockId)) {
            return Optional.empty();
        }
        return state.getValues().get(blockId).values().stream().findFirst();
    }
}
