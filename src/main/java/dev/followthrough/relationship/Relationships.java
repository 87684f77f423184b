package dev.followthrough.relationship;

import dev.followthrough.ledger.Ledger;
import dev.followthrough.platform.slack.Subcommand;
import dev.followthrough.user.PlainNames;
import dev.followthrough.user.UserProfiles;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;
import org.jdbi.v3.core.Jdbi;

/**
 * Each user's relationships: for every counterparty, everything promised to and by them, both sides'
 * follow-through, the last contact and the next step (see {@link Relationship}). {@code /promise with}
 * shows them; App Home and the weekly digest show the ones slipping.
 */
public final class Relationships {

    /**
     * The most commitments a record is read from, the latest first: a lifetime of promises for a busy
     * user, and a bound on what one render holds.
     */
    static final int MOST_COMMITMENTS = 2000;

    private final Jdbi jdbi;
    private final Clock clock;

    public Relationships(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The relationships of one user in one workspace, made only of their own promises, most recent contact first. */
    public List<Relationship> of(String teamId, String userId) {
        var histories =
                jdbi.withHandle(handle -> Ledger.historiesWithCounterparties(handle, teamId, userId, MOST_COMMITMENTS));
        return Relationship.allOf(histories, clock.instant());
    }

    /**
     * {@code /promise with …}; text that reads as a promise beginning with the word ({@code
     * readsAsAPromise}) goes to {@code otherwise}, all of it.
     */
    public Subcommand command(
            Subcommand otherwise, Predicate<String> readsAsAPromise, UserProfiles profiles, PlainNames names) {
        return new RelationshipCommand(this, otherwise, readsAsAPromise, profiles, names, clock);
    }
}
