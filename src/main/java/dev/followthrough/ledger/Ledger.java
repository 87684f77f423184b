package dev.followthrough.ledger;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.CommitmentEvent;
import dev.followthrough.commitment.CommitmentHistory;
import dev.followthrough.commitment.NewCommitment;
import dev.followthrough.commitment.Transition;
import dev.followthrough.platform.logging.LogContext;
import dev.followthrough.platform.workspace.ForgetsATeam;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The record of every commitment and everything that happened to it. Each change writes the new
 * state and its event together, inside the caller's transaction.
 *
 * <p>Reading or writing one commitment marks it on the log context of the request or job doing so
 * (see {@link LogContext}): the request's line then names the commitment it acted on.
 */
public final class Ledger {

    private final Jdbi jdbi;
    private final AfterEveryWrite afterEveryWrite;

    public Ledger(Jdbi jdbi, AfterEveryWrite afterEveryWrite) {
        this.jdbi = jdbi;
        this.afterEveryWrite = afterEveryWrite;
    }

    public Commitment record(Handle handle, NewCommitment commitment, Instant now) {
        var recorded = handle.attach(NewCommitmentStore.class)
                .insertWithEvent(
                        NewCommitmentRow.of(commitment),
                        now,
                        eventRow(commitment.teamId(), 0, CommitmentEvent.created(commitment, now)));
        afterEveryWrite.ownerTouched(handle, commitment.teamId(), commitment.ownerId());
        LogContext.markCommitment(recorded.id());
        return recorded;
    }

    /**
     * Records an occurrence of series {@code seriesId} on {@code occurrenceOn}, once: empty when that
     * occurrence is recorded already.
     */
    Optional<Commitment> recordOccurrence(
            Handle handle, NewCommitment commitment, long seriesId, java.time.LocalDate occurrenceOn, Instant now) {
        var recorded = handle.attach(CommitmentStore.class)
                .insertOccurrence(
                        NewCommitmentRow.of(commitment),
                        seriesId,
                        occurrenceOn,
                        now,
                        eventRow(commitment.teamId(), 0, CommitmentEvent.created(commitment, now)));
        recorded.ifPresent(ignored -> afterEveryWrite.ownerTouched(handle, commitment.teamId(), commitment.ownerId()));
        return recorded;
    }

    /**
     * Takes back an occurrence its series made that nobody has touched (see {@link
     * OccurrenceStore#deleteUntouchedOccurrence}): gone as if never made. False when it was touched,
     * and it stays as it is.
     */
    boolean withdrawUntouched(Handle handle, Commitment occurrence) {
        var withdrawn =
                handle.attach(CommitmentStore.class).deleteUntouchedOccurrence(occurrence.teamId(), occurrence.id())
                        == 1;
        if (withdrawn) {
            afterEveryWrite.ownerTouched(handle, occurrence.teamId(), occurrence.ownerId());
        }
        return withdrawn;
    }

    /**
     * Records {@code next} as the next step of commitment {@code previousId}, once: it locks the
     * previous commitment, and answers with the next step already recorded if there is one (a
     * unique index holds the same rule should anything get past the lock).
     */
    public NextStep recordNextStep(Handle handle, long previousId, NewCommitment next, Instant now) {
        var store = handle.attach(CommitmentStore.class);
        if (store.lock(next.teamId(), previousId).isEmpty()) {
            throw new IllegalStateException("no commitment " + previousId + " to follow");
        }
        var already = store.nextStepOf(next.teamId(), previousId);
        if (already.isPresent()) {
            return new NextStep(already.get(), false);
        }
        var recorded = record(handle, next, now);
        store.markNextStepOf(next.teamId(), recorded.id(), previousId);
        return new NextStep(recorded, true);
    }

    /** A commitment's next step, and whether this call recorded it (or found it already there). */
    public record NextStep(Commitment commitment, boolean recordedNow) {}

    /** The next step recorded after commitment {@code previousId}, if any. */
    public Optional<Commitment> nextStepOf(String teamId, long previousId) {
        return jdbi.withExtension(CommitmentStore.class, store -> store.nextStepOf(teamId, previousId));
    }

    /**
     * Writes a change the domain allowed, with its event. The commitment is due a check at once,
     * so the sweep plans its reminders afresh from the new state.
     */
    public Commitment apply(Handle handle, Transition.Changed change) {
        var commitment = change.commitment();
        LogContext.markCommitment(commitment.id());
        var store = handle.attach(CommitmentStore.class);
        store.update(CommitmentRow.of(commitment, Optional.of(commitment.updatedAt())));
        recordEvent(store, commitment.teamId(), commitment.id(), change.event());
        afterEveryWrite.ownerTouched(handle, commitment.teamId(), commitment.ownerId());
        return store.find(commitment.teamId(), commitment.id()).orElseThrow();
    }

    /** Records a change's event only; its state is written by {@link #checked} with the next check. */
    public Commitment recordEvent(Handle handle, Transition.Changed change) {
        var commitment = change.commitment();
        LogContext.markCommitment(commitment.id());
        var store = handle.attach(CommitmentStore.class);
        recordEvent(store, commitment.teamId(), commitment.id(), change.event());
        afterEveryWrite.ownerTouched(handle, commitment.teamId(), commitment.ownerId());
        return commitment;
    }

    /** Links a promise to the message it was made from. */
    public void recordOrigin(Handle handle, Commitment commitment, String messageTs, Optional<String> permalink) {
        handle.attach(CommitmentStore.class)
                .recordOrigin(commitment.teamId(), commitment.id(), messageTs, permalink.orElse(null));
    }

    /** The message a promise was made from, when it was: its channel posts reply in that thread. */
    public static Optional<String> messageTs(Handle handle, String teamId, long id) {
        return handle.attach(CommitmentStore.class).messageTs(teamId, id);
    }

    /** What one check left behind: the commitment as it now stands, and when to look again. */
    public record Checked(Commitment commitment, Optional<Instant> nextCheckAt) {}

    /**
     * Writes what a sweep did to a whole batch in one JDBC batch: only what a check changes (its
     * status and reminder bookkeeping), and when to look next.
     */
    public void checkedAll(Handle handle, List<Checked> checks) {
        if (checks.isEmpty()) {
            return;
        }
        handle.attach(CommitmentStore.class)
                .checked(checks.stream()
                        .map(check -> CommitmentRow.of(check.commitment(), check.nextCheckAt()))
                        .toList());
    }

    /**
     * The owner's settings changed, and reminders are planned from them: each of their open
     * commitments is looked at again from {@code now}.
     */
    public static void checkAgainAllOpenOf(Handle handle, String teamId, String ownerId, Instant now) {
        handle.attach(CommitmentStore.class).checkAgainAllOpenOf(teamId, ownerId, now);
    }

    /** Whose commitments: a Slack user in a workspace. */
    public record Owner(String teamId, String userId) {}

    /**
     * The histories of a batch of owners' commitments, read in one query: those still open, and
     * those closed or due since {@code since} (older ones can't change a recent week's score).
     * Undone ones never count, so they are left out.
     */
    public static List<CommitmentHistory> histories(Handle handle, Collection<Owner> owners, Instant since) {
        return handle.attach(CommitmentStore.class)
                .histories(
                        owners.stream().map(Owner::teamId).toArray(String[]::new),
                        owners.stream().map(Owner::userId).toArray(String[]::new),
                        since);
    }

    /**
     * The next page of one owner's whole ledger, every commitment with its history, in id order after
     * {@code afterId} (start with 0); undone ones are left out. A page at a time, so a long ledger is
     * never held at once.
     */
    public static List<CommitmentHistory> historiesOfOwner(
            Handle handle, String teamId, String ownerId, long afterId, int limit) {
        return handle.attach(CommitmentStore.class).historiesOfOwner(teamId, ownerId, afterId, limit);
    }

    /**
     * The owner's latest {@code limit} commitments with a counterparty, each with its history: what
     * their relationships are made of. Undone ones are left out.
     */
    public static List<CommitmentHistory> historiesWithCounterparties(
            Handle handle, String teamId, String ownerId, int limit) {
        return handle.attach(CommitmentStore.class).historiesWithCounterparties(teamId, ownerId, limit);
    }

    /**
     * The next page of channels with commitments made in them (open, or kept since {@code
     * keptSince}), in (team, channel) order after {@code after}; start with {@link
     * ChannelWithCommitments#FIRST}. A page at a time, so no sweep holds every channel's
     * commitments at once.
     */
    public static List<ChannelWithCommitments> channelsAfter(
            Handle handle, ChannelWithCommitments after, Instant keptSince, int limit) {
        return handle.attach(CommitmentStore.class).channelsAfter(after.teamId(), after.channelId(), keptSince, limit);
    }

    /**
     * The commitments made in, or linked to, one channel of a workspace, each with its history: those
     * still open, and those closed or due since {@code since}. Never another channel's, a direct
     * message's or another workspace's; undone ones are left out.
     */
    public static List<CommitmentHistory> historiesInChannel(
            Handle handle, String teamId, String channelId, Instant since) {
        return handle.attach(ChannelHistoryStore.class).historiesInChannel(teamId, channelId, since);
    }

    /** The commitments made in one channel: the open ones, and those kept since {@code keptSince}. */
    public static List<Commitment> inChannel(Handle handle, String teamId, String channelId, Instant keptSince) {
        return handle.attach(CommitmentStore.class).inChannel(teamId, channelId, keptSince);
    }

    /**
     * Claims the commitments whose next check has come, oldest first, locked until the
     * transaction ends; those another sweep holds are skipped, not waited for.
     */
    public List<Commitment> claimDue(Handle handle, Instant now, int limit) {
        return handle.attach(CommitmentStore.class).claimDue(now, limit);
    }

    /** By id alone, whatever the team: only for a link whose token then proves the team. */
    public Optional<Commitment> findAnyTeam(long id) {
        return jdbi.withExtension(CommitmentStore.class, store -> store.findAnyTeam(id));
    }

    /** The owner's open commitments with a firm deadline, soonest first: what a calendar holds. */
    public List<Commitment> openHardOf(String teamId, String ownerId, int limit) {
        return jdbi.withExtension(CommitmentStore.class, store -> store.openHardOf(teamId, ownerId, limit));
    }

    public Optional<Commitment> lock(Handle handle, String teamId, long id) {
        LogContext.markCommitment(id);
        return handle.attach(CommitmentStore.class).lock(teamId, id);
    }

    public Optional<Commitment> find(String teamId, long id) {
        LogContext.markCommitment(id);
        return jdbi.withExtension(CommitmentStore.class, store -> store.find(teamId, id));
    }

    public List<Commitment> openOf(String teamId, String ownerId, int limit) {
        return jdbi.withExtension(CommitmentStore.class, store -> store.openOf(teamId, ownerId, limit));
    }

    public int countOpenOf(String teamId, String ownerId) {
        return jdbi.withExtension(CommitmentStore.class, store -> store.countOpenOf(teamId, ownerId));
    }

    /** How many commitments are in each status, across all teams: for metrics. */
    public Map<String, Long> countsByStatus() {
        return jdbi.withExtension(CommitmentStore.class, CommitmentStore::countsByStatus);
    }

    /** When the oldest check that has come by {@code now} was due, if one is still waiting: for metrics. */
    public Optional<Instant> oldestDueCheck(Instant now) {
        return jdbi.withExtension(CommitmentStore.class, store -> store.oldestDueCheck(now));
    }

    public List<String> eventKinds(String teamId, long commitmentId) {
        return jdbi.withExtension(CommitmentStore.class, store -> store.eventKinds(teamId, commitmentId));
    }

    private static void recordEvent(CommitmentStore store, String teamId, long commitmentId, CommitmentEvent event) {
        store.recordEvent(eventRow(teamId, commitmentId, event));
    }

    static CommitmentStore.EventRow eventRow(String teamId, long commitmentId, CommitmentEvent event) {
        return new CommitmentStore.EventRow(
                teamId,
                commitmentId,
                event.actorId().orElse(null),
                event.kind().name(),
                event.at(),
                event.timing().map(Enum::name).orElse(null),
                event.oldDue().orElse(null),
                event.oldFirmness().map(Enum::name).orElse(null),
                event.newDue().orElse(null),
                event.newFirmness().map(Enum::name).orElse(null),
                event.edited().stream().sorted().map(Enum::name).toArray(String[]::new),
                event.remindAt().orElse(null),
                event.reason().orElse(null));
    }

    /** Forgets a workspace's commitments and their history. */
    public static ForgetsATeam forgetting(Jdbi jdbi) {
        return ForgetsATeam.inStore(
                jdbi, CommitmentStore.class, Set.of("commitments", "commitment_events"), CommitmentStore::forgetSome);
    }
}
