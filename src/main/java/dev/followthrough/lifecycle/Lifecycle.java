package dev.followthrough.lifecycle;

import dev.followthrough.commitment.NewCommitment;
import dev.followthrough.commitment.Transition;
import dev.followthrough.ledger.Ledger;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Every action on an existing commitment, whatever surface it came from, in one transaction: lock
 * the commitment, ask the domain rule, write the change with its event, then run the consequences
 * in order. Each surface only reads what was asked and shows the outcome.
 */
public final class Lifecycle {

    private final Jdbi jdbi;
    private final Ledger ledger;
    private final List<Consequence> consequences;
    private final Clock clock;

    public Lifecycle(Jdbi jdbi, Ledger ledger, List<Consequence> consequences, Clock clock) {
        this.jdbi = jdbi;
        this.ledger = ledger;
        this.consequences = List.copyOf(consequences);
        this.clock = clock;
    }

    /** {@code actorId} asks {@code act} of the commitment pressed on in {@code pressedOn}. */
    public Outcome act(String teamId, String actorId, Act act, PressedOn pressedOn) {
        return jdbi.inTransaction(handle -> {
            var before = ledger.lock(handle, teamId, pressedOn.commitmentId());
            if (before.isEmpty()) {
                return new Outcome.Refused(GONE);
            }
            var transition = act.decide(before.get(), actorId, clock.instant());
            if (transition instanceof Transition.Refused refused) {
                return new Outcome.Refused(Refusals.say(refused.refusal(), before.get()));
            }
            var changed = (Transition.Changed) transition;
            var change =
                    new Change(before.get(), ledger.apply(handle, changed), changed.event(), act, actorId, pressedOn);
            var aftermath = new Aftermath();
            for (var consequence : consequences) {
                consequence.follow(handle, change, aftermath);
            }
            return new Outcome.Changed(change, aftermath);
        });
    }

    /**
     * Records {@code next} as what follows the commitment pressed on, once: a second submission
     * (another copy of the form, a retry) answers with the step already recorded, saying so.
     */
    public Ledger.NextStep recordNextStep(NewCommitment next, PressedOn pressedOn) {
        return jdbi.inTransaction(handle -> {
            var recorded = ledger.recordNextStep(handle, pressedOn.commitmentId(), next, clock.instant());
            if (recorded.recordedNow()) {
                for (var consequence : consequences) {
                    consequence.followNextStep(handle, recorded.commitment(), pressedOn);
                }
            }
            return recorded;
        });
    }

    static final String GONE = "That promise no longer exists.";
}
