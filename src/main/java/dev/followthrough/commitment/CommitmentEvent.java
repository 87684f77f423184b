package dev.followthrough.commitment;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * One entry in a commitment's history, typed: who did what and when, how it stood against the
 * deadline, how the deadline moved, what an edit corrected. The score is reckoned again from these.
 *
 * @param timing against the deadline in force, for a keep, a renegotiation, a cancel or an edit of
 *     the deadline; empty when there was no hard deadline (or for rows older than the field)
 * @param oldDue the hard deadline before the change (for MISSED: the one missed)
 * @param oldFirmness how firm the deadline was before it moved
 * @param newDue the hard deadline after the change (for CREATED: the first one)
 * @param newFirmness how firm the deadline is after it moved (for CREATED: from the start)
 * @param edited what an edit corrected; empty for every other kind
 * @param remindAt when to remind again: the end of a snooze, the next update after a follow-up
 * @param reason the words the person typed with it (a cancel's reason), never read by a rule
 */
public record CommitmentEvent(
        EventKind kind,
        Optional<String> actorId,
        Instant at,
        Optional<Timing> timing,
        Optional<Instant> oldDue,
        Optional<Firmness> oldFirmness,
        Optional<Instant> newDue,
        Optional<Firmness> newFirmness,
        Set<EditedField> edited,
        Optional<Instant> remindAt,
        Optional<String> reason) {

    public CommitmentEvent {
        edited = Set.copyOf(edited);
    }

    public static CommitmentEvent by(String actorId, EventKind kind, Instant at) {
        return plain(kind, Optional.of(actorId), at);
    }

    /** Followthrough's own record, with no one acting: a deadline passing. */
    public static CommitmentEvent byFollowthrough(EventKind kind, Instant at) {
        return plain(kind, Optional.empty(), at);
    }

    private static CommitmentEvent plain(EventKind kind, Optional<String> actorId, Instant at) {
        return new CommitmentEvent(
                kind,
                actorId,
                at,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                Optional.empty(),
                Optional.empty());
    }

    /** What a new commitment starts with: its first deadline. */
    public static CommitmentEvent created(NewCommitment commitment, Instant at) {
        return by(commitment.ownerId(), EventKind.CREATED, at)
                .withDue(Optional.empty(), Optional.empty(), commitment.due(), Optional.of(commitment.firmness()));
    }

    public CommitmentEvent withTiming(Timing timingAgainstTheDeadline) {
        return new CommitmentEvent(
                kind,
                actorId,
                at,
                Optional.of(timingAgainstTheDeadline),
                oldDue,
                oldFirmness,
                newDue,
                newFirmness,
                edited,
                remindAt,
                reason);
    }

    public CommitmentEvent withDue(
            Optional<Instant> oldDueAt,
            Optional<Firmness> oldFirmnessWas,
            Optional<Instant> newDueAt,
            Optional<Firmness> newFirmnessIs) {
        return new CommitmentEvent(
                kind, actorId, at, timing, oldDueAt, oldFirmnessWas, newDueAt, newFirmnessIs, edited, remindAt, reason);
    }

    public CommitmentEvent withEdited(Set<EditedField> fields) {
        return new CommitmentEvent(
                kind, actorId, at, timing, oldDue, oldFirmness, newDue, newFirmness, fields, remindAt, reason);
    }

    public CommitmentEvent withRemindAt(Instant when) {
        return new CommitmentEvent(
                kind, actorId, at, timing, oldDue, oldFirmness, newDue, newFirmness, edited, Optional.of(when), reason);
    }

    public CommitmentEvent withReason(Optional<String> typed) {
        return new CommitmentEvent(
                kind, actorId, at, timing, oldDue, oldFirmness, newDue, newFirmness, edited, remindAt, typed);
    }

    /** Done after the deadline had passed: kept late, renegotiated or called off after missing it. */
    public boolean afterTheDeadline() {
        return timing.filter(Timing.AFTER_THE_DEADLINE::equals).isPresent();
    }

    /** Whether this change set a new deadline version: renegotiated, firmed up, or its deadline edited. */
    public boolean movesTheDeadline() {
        return switch (kind) {
            case RENEGOTIATED, FIRMED_UP -> true;
            case EDITED -> edited.contains(EditedField.DEADLINE);
            default -> false;
        };
    }
}
