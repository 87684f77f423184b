package dev.followthrough.commitment;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;

/** The rules for changing a commitment: who may, and from which state. */
public final class Transitions {

    /** How long after a keep it can still be taken back from its confirmation. */
    public static final Duration REOPEN_WINDOW = Duration.ofHours(24);

    private Transitions() {}

    /** Delivered: kept, on time or late. */
    public static Transition markKept(Commitment commitment, String actorId, Instant now) {
        var refusal = refuseUnlessOpenAndOwned(commitment, actorId);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var event = timed(CommitmentEvent.by(actorId, EventKind.KEPT, now), commitment, now);
        return new Transition.Changed(commitment.with(Status.KEPT, Optional.of(now), now), event);
    }

    /** Taken back: recorded by mistake, it should never have been there. */
    public static Transition undo(Commitment commitment, String actorId, Instant now) {
        var refusal = refuseUnlessOpenAndOwned(commitment, actorId);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var event = CommitmentEvent.by(actorId, EventKind.UNDONE, now);
        return new Transition.Changed(commitment.with(Status.UNDONE, Optional.of(now), now), event);
    }

    /**
     * A keep taken back (an accidental Mark done): open again with its deadline and reminders as
     * they were, and reckoned as if it had never been kept. Only for {@link #REOPEN_WINDOW}.
     */
    public static Transition reopen(Commitment commitment, String actorId, Instant now) {
        if (!commitment.isOwnedBy(actorId)) {
            return notYours(commitment);
        }
        if (commitment.status().isOpen()) {
            return new Transition.Refused(Refusal.ALREADY_OPEN);
        }
        if (commitment.status() != Status.KEPT) {
            return new Transition.Refused(alreadyClosed(commitment));
        }
        var keptAt = commitment.closedAt().orElse(commitment.updatedAt());
        if (keptAt.plus(REOPEN_WINDOW).isBefore(now)) {
            return new Transition.Refused(Refusal.TOO_LATE_TO_REOPEN);
        }
        // Open again; past its deadline the due sweep, checking it at once, marks it missed the
        // way it marks any missed deadline: with its MISSED event, its prompt and its channel post.
        var event = CommitmentEvent.by(actorId, EventKind.REOPENED, now);
        return new Transition.Changed(commitment.with(Status.OPEN, Optional.empty(), now), event);
    }

    /** The deadline passed with the commitment open; Followthrough itself records it. */
    public static Transition markMissed(Commitment commitment, Instant now) {
        if (commitment.status() != Status.OPEN || commitment.due().isEmpty()) {
            return new Transition.Refused(Refusal.NOT_MISSABLE);
        }
        var event = CommitmentEvent.byFollowthrough(EventKind.MISSED, now)
                .withDue(commitment.due(), Optional.of(commitment.firmness()), Optional.empty(), Optional.empty());
        return new Transition.Changed(commitment.with(Status.MISSED, Optional.empty(), now), event);
    }

    /**
     * Raised beyond its owner: still missed (neither renegotiated nor delivered) when its channel's
     * escalation time came. Followthrough records it; the deadline and status stay as they are.
     */
    public static Transition escalate(Commitment commitment, Instant now) {
        if (commitment.status() != Status.MISSED || commitment.due().isEmpty()) {
            return new Transition.Refused(Refusal.NOT_MISSABLE);
        }
        var event = CommitmentEvent.byFollowthrough(EventKind.ESCALATED, now)
                .withDue(commitment.due(), Optional.of(commitment.firmness()), Optional.empty(), Optional.empty());
        return new Transition.Changed(commitment.with(commitment.reminders(), now), event);
    }

    /**
     * Remind again at {@code until}, or at the deadline if {@code until} would cross it: a snooze
     * must never let a deadline pass unnoticed. The event's remind-at says which.
     */
    public static Transition snooze(Commitment commitment, String actorId, Instant now, Instant until) {
        var refusal = refuseUnlessOpenAndOwned(commitment, actorId);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var remindAt = commitment
                .due()
                .filter(due -> now.isBefore(due) && until.isAfter(due))
                .orElse(until);
        var event = CommitmentEvent.by(actorId, EventKind.SNOOZED, now).withRemindAt(remindAt);
        return new Transition.Changed(commitment.with(commitment.reminders().snoozedUntil(remindAt), now), event);
    }

    /** Contact made, not delivered: still open, with a reminder when the next update is due. */
    public static Transition followedUp(Commitment commitment, String actorId, Instant now, Instant nextUpdate) {
        var refusal = refuseUnlessOpenAndOwned(commitment, actorId);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var event = CommitmentEvent.by(actorId, EventKind.FOLLOWED_UP, now).withRemindAt(nextUpdate);
        var reminders = commitment.reminders().followUpAt(Optional.of(nextUpdate));
        return new Transition.Changed(commitment.with(reminders, now), event);
    }

    /**
     * A new, specific deadline agreed with the other side. Before the old one it keeps trust;
     * after it, it repairs what it can: the event says which.
     */
    public static Transition renegotiate(
            Commitment commitment, String actorId, Instant now, Instant newDue, String phrase) {
        var refusal = refuseUnlessOpenAndOwned(commitment, actorId);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (!newDue.isAfter(now)) {
            return new Transition.Refused(Refusal.DEADLINE_NOT_AHEAD);
        }
        var firming = commitment.firmness() == Firmness.SOFT;
        var event = timed(
                CommitmentEvent.by(actorId, firming ? EventKind.FIRMED_UP : EventKind.RENEGOTIATED, now)
                        .withDue(
                                commitment.due(),
                                Optional.of(commitment.firmness()),
                                Optional.of(newDue),
                                Optional.of(Firmness.HARD)),
                commitment,
                now);
        var dueDate = DueDate.hard(newDue, phrase, commitment.zone(), commitment.deadlineVersion() + 1, now);
        var reminders = commitment.reminders().restartedAt(now).followUpAt(Optional.empty());
        return new Transition.Changed(commitment.with(dueDate, Status.OPEN, reminders, now), event);
    }

    /**
     * Corrected by its owner: any of what, counterparty, direction and deadline. A new deadline is a
     * new version (its reminders start over); the event lists what changed.
     */
    public static Transition edit(
            Commitment commitment,
            String actorId,
            Instant now,
            String what,
            Optional<Counterparty> counterparty,
            Direction direction,
            DueDate dueDate) {
        var refusal = refuseUnlessOpenAndOwned(commitment, actorId);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var changes = EnumSet.noneOf(EditedField.class);
        if (!what.equals(commitment.what())) {
            changes.add(EditedField.WHAT);
        }
        if (!counterparty.equals(commitment.counterparty())) {
            changes.add(EditedField.COUNTERPARTY);
        }
        if (direction != commitment.direction()) {
            changes.add(EditedField.DIRECTION);
        }
        var deadlineChanged = dueDate.firmness() != commitment.firmness()
                || !dueDate.at().equals(commitment.due())
                || !dueDate.target().equals(commitment.target());
        if (deadlineChanged) {
            changes.add(EditedField.DEADLINE);
        }
        if (changes.isEmpty()) {
            return new Transition.Refused(Refusal.NOTHING_CHANGED);
        }
        var newDueDate = deadlineChanged
                ? new DueDate(
                        dueDate.firmness(),
                        dueDate.at(),
                        dueDate.target(),
                        dueDate.phrase(),
                        dueDate.zone(),
                        commitment.deadlineVersion() + 1,
                        now)
                : commitment.dueDate();
        var reminders = deadlineChanged ? commitment.reminders().restartedAt(now) : commitment.reminders();
        var edited = new Commitment(
                commitment.id(),
                commitment.teamId(),
                commitment.ownerId(),
                what,
                direction,
                counterparty,
                newDueDate,
                deadlineChanged ? Status.OPEN : commitment.status(),
                commitment.closedAt(),
                commitment.channelId(),
                reminders,
                commitment.createdAt(),
                now);
        var event = CommitmentEvent.by(actorId, EventKind.EDITED, now).withEdited(changes);
        if (deadlineChanged) {
            event = timed(
                    event.withDue(
                            commitment.due(),
                            Optional.of(commitment.firmness()),
                            newDueDate.at(),
                            Optional.of(newDueDate.firmness())),
                    commitment,
                    now);
        }
        return new Transition.Changed(edited, event);
    }

    /** Called off, with the owner's reason if they gave one. */
    public static Transition cancel(Commitment commitment, String actorId, Instant now, Optional<String> reason) {
        var refusal = refuseUnlessOpenAndOwned(commitment, actorId);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var event = timed(CommitmentEvent.by(actorId, EventKind.CANCELLED, now), commitment, now)
                .withReason(reason);
        return new Transition.Changed(commitment.with(Status.CANCELLED, Optional.of(now), now), event);
    }

    /** With its timing against the hard deadline in force, if there is one. */
    private static CommitmentEvent timed(CommitmentEvent event, Commitment commitment, Instant now) {
        return commitment
                .due()
                .map(due -> event.withTiming(Timing.of(now, due)))
                .orElse(event);
    }

    private static Optional<Transition> refuseUnlessOpenAndOwned(Commitment commitment, String actorId) {
        if (!commitment.isOwnedBy(actorId)) {
            return Optional.of(notYours(commitment));
        }
        if (!commitment.status().isOpen()) {
            return Optional.of(new Transition.Refused(alreadyClosed(commitment)));
        }
        return Optional.empty();
    }

    private static Transition notYours(Commitment commitment) {
        return new Transition.Refused(Refusal.NOT_THE_OWNER);
    }

    private static Refusal alreadyClosed(Commitment commitment) {
        return switch (commitment.status()) {
            case KEPT -> Refusal.ALREADY_KEPT;
            case UNDONE -> Refusal.ALREADY_UNDONE;
            case CANCELLED -> Refusal.ALREADY_CANCELLED;
            case OPEN, MISSED -> throw new IllegalStateException("an open commitment is not closed");
        };
    }
}
