package dev.followthrough.deadline;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Why a deadline already behind us is refused, in the words a typed one gets: a moment picked
 * earlier (a button pressed late) is held to the same rule as one typed now.
 */
public final class PassedDeadline {

    private PassedDeadline() {}

    /** The refusal for {@code due} read at {@code now}; empty while it is still ahead. */
    public static Optional<String> refusal(Instant due, Instant now, DeadlineContext context) {
        var moment = new Moment(ZonedDateTime.ofInstant(now, context.zone()), context);
        if (moment.isAhead(due)) {
            return Optional.empty();
        }
        var when = ZonedDateTime.ofInstant(due, context.zone());
        return Optional.of(
                when.toLocalDate().isBefore(moment.today())
                        ? Wording.datePassed(when.toLocalDate())
                        : Wording.timePassed(when, moment));
    }
}
