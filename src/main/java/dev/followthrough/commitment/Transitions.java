package dev.followthrough.commitment;

import java.time.Instant;
import java.util.Optional;

/** The rules for changing a commitment: who may, and from which state. */
public final class Transitions {

    private Transitions() {}

    /** Delivered: kept, on time or late. */
    public static Transition markKept(Commitment commitment, String actorId, Instant now) {
        var refusal = refuseUnlessOpenAndOwned(commitment, actorId);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var late = commitment.due().filter(now::isAfter).isPresent();
        var event = CommitmentEvent.by(actorId, EventKind.KEPT, now).withDetail(late ? "late" : "on time");
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

    /** The deadline passed with the commitment open; Followthrough itself records it. */
    public static Transition markMissed(Commitment commitment, Instant now) {
        if (commitment.status() != Status.OPEN || commitment.due().isEmpty()) {
            return new Transition.Refused("Only an open commitment with a deadline can be missed.");
        }
        var event = new CommitmentEvent(
                EventKind.MISSED, Optional.empty(), now, commitment.due(), Optional.empty(), Optional.empty());
        return new Transition.Changed(commitment.with(Status.MISSED, Optional.empty(), now), event);
    }

    /** Remind again at {@code until}. */
    public static Transition snooze(Commitment commitment, String actorId, Instant now, Instant until) {
        var refusal = refuseUnlessOpenAndOwned(commitment, actorId);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var event = CommitmentEvent.by(actorId, EventKind.SNOOZED, now).withDetail("until " + until);
        return new Transition.Changed(commitment.with(commitment.reminders().snoozedUntil(until), now), event);
    }

    /** Contact made, not delivered: still open, with a reminder when the next update is due. */
    public static Transition followedUp(Commitment commitment, String actorId, Instant now, Instant nextUpdate) {
        var refusal = refuseUnlessOpenAndOwned(commitment, actorId);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var event = CommitmentEvent.by(actorId, EventKind.FOLLOWED_UP, now).withDetail("next update " + nextUpdate);
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
            return new Transition.Refused("The new deadline has to be in the future.");
        }
        var firming = commitment.firmness() == Firmness.SOFT;
        var timing = firming
                ? "firmed up"
                : commitment.due().filter(now::isAfter).isPresent() ? "after the deadline" : "before the deadline";
        var event = CommitmentEvent.by(actorId, firming ? EventKind.FIRMED_UP : EventKind.RENEGOTIATED, now)
                .withDue(commitment.due(), Optional.of(newDue))
                .withDetail(timing);
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
        var changes = new java.util.ArrayList<String>();
        if (!what.equals(commitment.what())) {
            changes.add("what");
        }
        if (!counterparty.equals(commitment.counterparty())) {
            changes.add("counterparty");
        }
        if (direction != commitment.direction()) {
            changes.add("direction");
        }
        var deadlineChanged = dueDate.firmness() != commitment.firmness()
                || !dueDate.at().equals(commitment.due())
                || !dueDate.target().equals(commitment.target());
        if (deadlineChanged) {
            changes.add("deadline");
        }
        if (changes.isEmpty()) {
            return new Transition.Refused("Nothing changed, so nothing was saved.");
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
        var event = CommitmentEvent.by(actorId, EventKind.EDITED, now)
                .withDue(commitment.due(), newDueDate.at())
                .withDetail(String.join(", ", changes));
        return new Transition.Changed(edited, event);
    }

    /** Called off, with the owner's reason if they gave one. */
    public static Transition cancel(Commitment commitment, String actorId, Instant now, Optional<String> reason) {
        var refusal = refuseUnlessOpenAndOwned(commitment, actorId);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var event = new CommitmentEvent(
                EventKind.CANCELLED, Optional.of(actorId), now, Optional.empty(), Optional.empty(), reason);
        return new Transition.Changed(commitment.with(Status.CANCELLED, Optional.of(now), now), event);
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
        return new Transition.Refused("Only <@" + commitment.ownerId()
                + "> can change this promise: it's theirs to keep. You can record your own with `/promise`.");
    }

    private static String alreadyClosed(Commitment commitment) {
        return switch (commitment.status()) {
            case KEPT -> "This one is already marked done. Nothing more to do.";
            case UNDONE -> "This promise was already undone, so it isn't tracked any more.";
            case CANCELLED -> "This promise was cancelled, so it isn't tracked any more.";
            case OPEN, MISSED -> throw new IllegalStateException("an open commitment is not closed");
        };
    }
}
