package dev.followthrough.lifecycle;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.DueDate;
import dev.followthrough.commitment.Transition;
import dev.followthrough.commitment.Transitions;
import java.time.Instant;
import java.util.Optional;

/**
 * What someone asked of an existing commitment, from whichever surface: each knows the domain
 * rule that decides it. The consequences read it to tell what to say.
 */
public sealed interface Act {

    /** The domain's answer: how the commitment changes, or why it doesn't. */
    Transition decide(Commitment commitment, String actorId, Instant now);

    /** Delivered, Mark done, They delivered. */
    record Keep() implements Act {
        @Override
        public Transition decide(Commitment commitment, String actorId, Instant now) {
            return Transitions.markKept(commitment, actorId, now);
        }
    }

    /** Recorded by mistake: taken back as if it had never been. */
    record Undo() implements Act {
        @Override
        public Transition decide(Commitment commitment, String actorId, Instant now) {
            return Transitions.undo(commitment, actorId, now);
        }
    }

    /** An accidental keep taken back from its confirmation. */
    record Reopen() implements Act {
        @Override
        public Transition decide(Commitment commitment, String actorId, Instant now) {
            return Transitions.reopen(commitment, actorId, now);
        }
    }

    /** Contact made, not delivered; the next update is due {@code nextUpdate}. */
    record FollowUp(Instant nextUpdate) implements Act {
        @Override
        public Transition decide(Commitment commitment, String actorId, Instant now) {
            return Transitions.followedUp(commitment, actorId, now, nextUpdate);
        }
    }

    /** Remind again at {@code until} (or at the deadline, if that comes first). */
    record Snooze(Instant until) implements Act {
        @Override
        public Transition decide(Commitment commitment, String actorId, Instant now) {
            return Transitions.snooze(commitment, actorId, now, until);
        }
    }

    /**
     * A new, specific deadline: renegotiated with the other side, a soft promise pinned down, or a
     * new date from someone who owes the owner; {@code message} is what the owner wrote to them, and
     * {@code noteInChannel} whether they chose a short note in the promise's channel thread.
     */
    record MoveDeadline(DeadlineMove move, Instant due, String phrase, Optional<String> message, boolean noteInChannel)
            implements Act {
        @Override
        public Transition decide(Commitment commitment, String actorId, Instant now) {
            return Transitions.renegotiate(commitment, actorId, now, due, phrase);
        }
    }

    /** Called off (or, for a promise owed to the owner, dropped), with the reason if given. */
    record Cancel(Optional<String> reason, boolean dropped) implements Act {
        @Override
        public Transition decide(Commitment commitment, String actorId, Instant now) {
            return Transitions.cancel(commitment, actorId, now, reason);
        }
    }

    /** Corrected by its owner; an empty {@code dueDate} keeps the stored deadline as it is. */
    record Edit(String what, Optional<Counterparty> counterparty, Direction direction, Optional<DueDate> dueDate)
            implements Act {
        @Override
        public Transition decide(Commitment commitment, String actorId, Instant now) {
            return Transitions.edit(
                    commitment, actorId, now, what, counterparty, direction, dueDate.orElse(commitment.dueDate()));
        }
    }

    /** Which way a {@link MoveDeadline} moves it, for what is said about it. */
    enum DeadlineMove {
        RENEGOTIATE,
        FIRM_UP,
        NEW_DATE
    }
}
