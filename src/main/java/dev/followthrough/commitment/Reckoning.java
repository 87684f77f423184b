package dev.followthrough.commitment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One hard deadline of a commitment and how it ended. The score is made of these.
 *
 * <p>A commitment is reckoned once per hard deadline it had. Its first deadline is the one it was
 * created with (or, for a soft one, the one it was firmed up to; firming up is not a renegotiation
 * and reckons nothing). Each renegotiation closes the deadline in force as {@link
 * Outcome#RENEGOTIATED_BEFORE} or {@link Outcome#RENEGOTIATED_AFTER} and starts the next one, so a
 * promise renegotiated in good time and then missed is counted as both. Being kept or cancelled
 * closes the deadline in force and ends the commitment. A deadline still open is reckoned only once
 * it has passed ({@link Outcome#MISSED}, or {@link Outcome#FOLLOWED_UP_ONLY} if the owner followed
 * up since it was set); one still ahead is not reckoned yet. An undone commitment is never
 * reckoned, nor is a soft one that never got a date.
 *
 * @param due the deadline: the instant that places it in a period
 */
public record Reckoning(long commitmentId, Direction direction, Instant due, Outcome outcome) {

    /** The deadlines of {@code history} reckoned as of {@code now}, in the order they were set. */
    public static List<Reckoning> of(CommitmentHistory history, Instant now) {
        var commitment = history.commitment();
        var reckonings = new ArrayList<Reckoning>();
        if (commitment.status() == Status.UNDONE
                || history.events().stream().anyMatch(event -> event.kind() == EventKind.UNDONE)) {
            return reckonings;
        }
        var deadline = firstDeadline(history);
        var followedUp = false;
        for (var event : history.events()) {
            switch (event.kind()) {
                case FIRMED_UP -> {
                    deadline = event.newDue();
                    followedUp = false;
                }
                case RENEGOTIATED -> {
                    var inForce = deadline;
                    var old = event.oldDue().or(() -> inForce);
                    if (old.isPresent()) {
                        var after = event.detail()
                                .map(detail -> detail.equals("after the deadline"))
                                .orElse(event.at().isAfter(old.get()));
                        reckonings.add(reckoning(
                                commitment,
                                old.get(),
                                after ? Outcome.RENEGOTIATED_AFTER : Outcome.RENEGOTIATED_BEFORE));
                    }
                    deadline = event.newDue();
                    followedUp = false;
                }
                case FOLLOWED_UP -> followedUp = true;
                case KEPT -> {
                    if (deadline.isPresent()) {
                        var late = event.detail()
                                .map(detail -> detail.equals("late"))
                                .orElse(event.at().isAfter(deadline.get()));
                        reckonings.add(
                                reckoning(commitment, deadline.get(), late ? Outcome.KEPT_LATE : Outcome.KEPT_ON_TIME));
                    }
                    return reckonings;
                }
                case CANCELLED -> {
                    if (deadline.isPresent()) {
                        var after = event.at().isAfter(deadline.get());
                        reckonings.add(reckoning(
                                commitment,
                                deadline.get(),
                                after ? Outcome.CANCELLED_AFTER_DEADLINE : Outcome.CANCELLED_BEFORE_DEADLINE));
                    }
                    return reckonings;
                }
                default -> {
                    // CREATED, MISSED, SNOOZED: the deadline stays as it is.
                }
            }
        }
        if (commitment.status().isOpen()
                && deadline.isPresent()
                && !deadline.get().isAfter(now)) {
            reckonings.add(
                    reckoning(commitment, deadline.get(), followedUp ? Outcome.FOLLOWED_UP_ONLY : Outcome.MISSED));
        }
        return reckonings;
    }

    /**
     * The deadline it was created with. Without a CREATED event (older rows), the first deadline a
     * move started from, else the current one.
     */
    private static Optional<Instant> firstDeadline(CommitmentHistory history) {
        for (var event : history.events()) {
            if (event.kind() == EventKind.CREATED) {
                return event.newDue();
            }
        }
        return history.events().stream()
                .filter(event -> event.kind() == EventKind.RENEGOTIATED || event.kind() == EventKind.FIRMED_UP)
                .findFirst()
                .map(CommitmentEvent::oldDue)
                .orElse(history.commitment().due());
    }

    private static Reckoning reckoning(Commitment commitment, Instant due, Outcome outcome) {
        return new Reckoning(commitment.id(), commitment.direction(), due, outcome);
    }
}
