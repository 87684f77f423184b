package dev.followthrough.commitment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One hard deadline of a commitment and how it ended. The score is made of these.
 *
 * <p>One rule, read from the typed events: each version of a hard deadline is reckoned once, by
 * what ended it.
 *
 * <ul>
 *   <li>Kept: {@link Outcome#KEPT_ON_TIME} or {@link Outcome#KEPT_LATE}. Cancelled: {@link
 *       Outcome#CANCELLED_BEFORE_DEADLINE} (it never came due) or {@link
 *       Outcome#CANCELLED_AFTER_DEADLINE}. Either ends the commitment.
 *   <li>Moved to a new version (renegotiated, firmed up, or its deadline edited): after the deadline
 *       had passed it came due and was not kept, {@link Outcome#RENEGOTIATED_AFTER} whichever way it
 *       moved. Before it passed, a renegotiation (the other side agreed) is {@link
 *       Outcome#RENEGOTIATED_BEFORE}; an edit is a correction, so the version it replaced never came
 *       due. A soft deadline is never reckoned; the hard one it becomes is.
 *   <li>Still open: reckoned only once the grace period after it ({@link DueDate#GRACE}) is over,
 *       as {@link Outcome#MISSED} ({@link Outcome#FOLLOWED_UP_ONLY} if the owner followed up since
 *       it was set). Until then, or while it is ahead, it is not reckoned yet.
 * </ul>
 *
 * An undone commitment is never reckoned. A keep later reopened is read as if it never happened:
 * the deadline it would have ended is reckoned by what ends it next.
 *
 * @param due the deadline: the instant that places it in a period
 */
public record Reckoning(long commitmentId, Direction direction, Instant due, Outcome outcome) {

    /** The deadlines of {@code history} reckoned as of {@code now}, in the order they were set. */
    public static List<Reckoning> of(CommitmentHistory history, Instant now) {
        return settled(history, now).stream().map(Settled::reckoning).toList();
    }

    /**
     * A deadline reckoned, and the event of the history that settled it ({@code eventIndex} in
     * {@link CommitmentHistory#events()}): its keep, cancel or move; for one passed and still open,
     * the MISSED event the sweep recorded for it, if it has.
     */
    public record Settled(Reckoning reckoning, OptionalInt eventIndex) {}

    /** {@link #of}, each with the event that settled it. */
    public static List<Settled> settled(CommitmentHistory history, Instant now) {
        var commitment = history.commitment();
        var reckonings = new ArrayList<Settled>();
        if (commitment.status() == Status.UNDONE
                || history.events().stream().anyMatch(event -> event.kind() == EventKind.UNDONE)) {
            return reckonings;
        }
        var deadline = firstDeadline(history);
        var followedUp = false;
        var reopened = reopenedKeeps(history);
        var missedAt = OptionalInt.empty();
        var events = history.events();
        for (var index = 0; index < events.size(); index++) {
            var event = events.get(index);
            var at = OptionalInt.of(index);
            if (reopened.contains(event)) {
                continue;
            }
            if (event.movesTheDeadline()) {
                var inForce = deadline;
                var old = event.oldDue().or(() -> inForce);
                if (old.isPresent()) {
                    movedFrom(event, old.get())
                            .ifPresent(outcome -> reckonings.add(settled(commitment, old.get(), outcome, at)));
                }
                deadline = event.newDue();
                followedUp = false;
                missedAt = OptionalInt.empty();
                continue;
            }
            switch (event.kind()) {
                case FOLLOWED_UP -> followedUp = true;
                case MISSED -> missedAt = at;
                case KEPT -> {
                    if (deadline.isPresent()) {
                        var late = after(event, deadline.get());
                        reckonings.add(settled(
                                commitment, deadline.get(), late ? Outcome.KEPT_LATE : Outcome.KEPT_ON_TIME, at));
                    }
                    return reckonings;
                }
                case CANCELLED -> {
                    if (deadline.isPresent()) {
                        var late = after(event, deadline.get());
                        reckonings.add(settled(
                                commitment,
                                deadline.get(),
                                late ? Outcome.CANCELLED_AFTER_DEADLINE : Outcome.CANCELLED_BEFORE_DEADLINE,
                                at));
                    }
                    return reckonings;
                }
                default -> {
                    // CREATED, SNOOZED, an edit of what or who: the deadline stays as it is.
                }
            }
        }
        if (commitment.status().isOpen()
                && deadline.isPresent()
                && !deadline.get().plus(DueDate.GRACE).isAfter(now)) {
            reckonings.add(settled(
                    commitment, deadline.get(), followedUp ? Outcome.FOLLOWED_UP_ONLY : Outcome.MISSED, missedAt));
        }
        return reckonings;
    }

    /** The keeps that a later REOPENED took back. */
    private static Set<CommitmentEvent> reopenedKeeps(CommitmentHistory history) {
        var reopened = new HashSet<CommitmentEvent>();
        CommitmentEvent lastKeep = null;
        for (var event : history.events()) {
            if (event.kind() == EventKind.KEPT) {
                lastKeep = event;
            } else if (event.kind() == EventKind.REOPENED && lastKeep != null) {
                reopened.add(lastKeep);
                lastKeep = null;
            }
        }
        return reopened;
    }

    /** How the version that {@code event} moved away from ended, if it is reckoned at all. */
    private static Optional<Outcome> movedFrom(CommitmentEvent event, Instant old) {
        if (after(event, old)) {
            return Optional.of(Outcome.RENEGOTIATED_AFTER);
        }
        return event.kind() == EventKind.RENEGOTIATED ? Optional.of(Outcome.RENEGOTIATED_BEFORE) : Optional.empty();
    }

    /** Whether it happened after {@code deadline}: as recorded, else (older rows) by the clock. */
    private static boolean after(CommitmentEvent event, Instant deadline) {
        return event.timing()
                .map(timing -> timing == Timing.AFTER_THE_DEADLINE)
                .orElse(event.at().isAfter(deadline));
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
                .filter(CommitmentEvent::movesTheDeadline)
                .findFirst()
                .map(CommitmentEvent::oldDue)
                .orElse(history.commitment().due());
    }

    private static Settled settled(Commitment commitment, Instant due, Outcome outcome, OptionalInt eventIndex) {
        return new Settled(new Reckoning(commitment.id(), commitment.direction(), due, outcome), eventIndex);
    }
}
