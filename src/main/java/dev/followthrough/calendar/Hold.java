package dev.followthrough.calendar;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.Status;
import dev.followthrough.commitment.Task;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.user.PlainNames;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * A hard commitment as a calendar event: a half-hour hold that ends at the deadline, so it shows
 * up as the last stretch before the thing is due (and a reminder set on it fires in time to act).
 *
 * @param sequence bumped each time the deadline moves, so calendars replace the old event
 * @param busy a hold on the owner's own time (MINE); what the other side owes is shown as free
 * @param cancelled called off: a calendar that has the event removes it
 */
record Hold(
        String uid,
        int sequence,
        Instant start,
        Instant end,
        ZoneId zone,
        String summary,
        String description,
        boolean busy,
        boolean cancelled,
        Instant lastModified) {

    static final Duration LENGTH = Duration.ofMinutes(30);

    /** The hold for a commitment with a hard deadline; empty for a soft one. */
    static Optional<Hold> of(Commitment commitment, PlainNames names) {
        var inTeam = names.in(commitment.teamId());
        return commitment.due().map(due -> {
            var mine = commitment.direction() == Direction.MINE;
            return new Hold(
                    uid(commitment),
                    commitment.deadlineVersion() - 1,
                    due.minus(LENGTH),
                    due,
                    commitment.zone(),
                    (mine ? "Due: " : "Expected: ") + inTeam.text(commitment.what()) + from(commitment, inTeam),
                    description(commitment, due, inTeam),
                    mine,
                    commitment.status() == Status.CANCELLED,
                    commitment.updatedAt());
        });
    }

    /** Stable for the life of the commitment, whatever happens to its deadline. */
    static String uid(Commitment commitment) {
        return "commitment-" + commitment.id() + "-" + commitment.teamId() + "@followthrough";
    }

    private static String from(Commitment commitment, PlainNames.InTeam names) {
        if (commitment.direction() == Direction.MINE || Task.of(commitment).namesCounterparty()) {
            return "";
        }
        return name(commitment, names).map(name -> " (from " + name + ")").orElse("");
    }

    private static String description(Commitment commitment, Instant due, PlainNames.InTeam names) {
        var when = DueText.plain(due, commitment.zone(), Locale.US);
        var promised = commitment.direction() == Direction.MINE
                ? "You promised this"
                        + name(commitment, names).map(name -> " to " + name).orElse("") + " by " + when + "."
                : name(commitment, names).orElse("They") + " promised this by " + when
                        + ". If it slips, follow up with them.";
        var said =
                commitment.duePhrase().isBlank() ? "" : "\nAs agreed: \"" + names.text(commitment.duePhrase()) + "\"";
        return promised + said + "\nTracked by Followthrough: mark it done or renegotiate in Slack.";
    }

    /** Outside Slack a mention would show as a code: a Slack user is named, if their name is known yet. */
    private static Optional<String> name(Commitment commitment, PlainNames.InTeam names) {
        return commitment.counterparty().map(party -> names.of(party, "")).filter(name -> !name.isEmpty());
    }
}
