package dev.followthrough.reminder;

import com.slack.api.model.view.ViewState;
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
import java.util.stream.Collectors;

/** Reads the new deadline out of a form: typed in the deadline language, or picked. */
final class NewDeadline {

    /** A specific new deadline, or the error to show on the form's field. */
    sealed interface Reading {}

    record Read(Instant due, String phrase) implements Reading {}

    record Unreadable(Map<String, String> errors) implements Reading {}

    private final PromiseParser parser;

    NewDeadline(PromiseParser parser) {
        this.parser = parser;
    }

    Reading read(ViewState state, UserProfile owner, Instant now) {
        var typed = Forms.text(state, DeadlineForm.DEADLINE);
        if (typed.isPresent()) {
            return typed(typed.get(), owner);
        }
        var date = Forms.value(state, DeadlineForm.DATE).map(ViewState.Value::getSelectedDate);
        if (date.isEmpty()) {
            return new Unreadable(Forms.error(
                    DeadlineForm.DEADLINE, "Give the new deadline: type it (\"Tue 10am\") or pick a date below."));
        }
        var time = Forms.value(state, DeadlineForm.TIME)
                .map(ViewState.Value::getSelectedTime)
                .map(LocalTime::parse)
                .orElse(owner.workingHours().endOfDay());
        // ZonedDateTime.of moves a time that doesn't exist (spring forward) later, as people expect.
        var due = ZonedDateTime.of(LocalDate.parse(date.get()), time, owner.zone())
                .toInstant();
        if (!due.isAfter(now)) {
            return new Unreadable(Forms.error(DeadlineForm.DATE, "That's already passed: pick a day and time ahead."));
        }
        return new Read(due, DueText.plain(due, owner.zone(), owner.locale()));
    }

    private Reading typed(String text, UserProfile owner) {
        var reading = parser.readDeadline(text, owner.deadlineContext());
        if (reading instanceof PromiseReading.Invalid invalid) {
            return new Unreadable(Forms.error(DeadlineForm.DEADLINE, invalid.reason()));
        }
        if (reading instanceof PromiseReading.Ambiguous ambiguous) {
            var readings = ambiguous.readings().stream()
                    .map(deadline -> DueText.plain(((Deadline.Hard) deadline).due(), owner.zone(), owner.locale()))
                    .collect(Collectors.joining(" or "));
            return new Unreadable(Forms.error(
                    DeadlineForm.DEADLINE, "\"" + text + "\" could mean " + readings + ". Say the date itself."));
        }
        var deadline = ((PromiseReading.Parsed) reading).draft().deadline();
        if (deadline instanceof Deadline.Hard hard) {
            return new Read(hard.due(), hard.phrase());
        }
        return new Unreadable(Forms.error(
                DeadlineForm.DEADLINE, "That's still vague. Give a specific day and time, like \"Tue 10am\"."));
    }
}
