package dev.followthrough.ledger;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.CommitmentEvent;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.EventKind;
import dev.followthrough.commitment.Firmness;
import dev.followthrough.commitment.NewCommitment;
import dev.followthrough.deadline.Schedule;
import dev.followthrough.platform.workspace.ForgetsATeam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Recurring promises: a series whose occurrences are commitments of their own, one open at a time.
 * When the latest occurrence comes due, or is kept or cancelled sooner, the next one is made, once:
 * the series' row is locked and moved on in the same transaction that records the occurrence, and a
 * unique key on (series, day) holds should anything get past the lock (a retry, a second instance).
 * Moving or cancelling one occurrence leaves the series as it is.
 */
public final class Series {

    /** Series moved on per transaction by the sweep: a burst of Friday-5pm series drains in short steps. */
    private static final int BATCH = 100;

    /** A series still running: what its occurrences promise, on which schedule, and its latest one's day. */
    public record Running(
            long id,
            String what,
            Direction direction,
            Optional<Counterparty> counterparty,
            Schedule schedule,
            LocalDate latestOn) {}

    /** What ending a series did: whether it ended now (or had already), and its occurrence still open, if any. */
    public record Ended(boolean endedNow, String what, Optional<Commitment> stillOpen) {}

    /**
     * A keep taken back from an occurrence whose early keep had made the next one, on {@code nextOn}
     * and due {@code nextDue}: {@code withdrawn} when that one went (nobody had touched it), and the
     * series waits again; else it stays open too, as its owner has already acted on it.
     */
    public record Reopened(LocalDate nextOn, Instant nextDue, boolean withdrawn) {}

    /**
     * The promise that started a series undone: whether the series ended with it now (not had
     * already), and the occurrences made since that stay open, as their owner has acted on them.
     */
    public record Undone(boolean endedNow, List<Commitment> stillOpen) {}

    private final Jdbi jdbi;
    private final Ledger ledger;
    private final TakingBack takingBack;

    public Series(Jdbi jdbi, Ledger ledger) {
        this.jdbi = jdbi;
        this.ledger = ledger;
        this.takingBack = new TakingBack(ledger);
    }

    /** A new series and its first occurrence, on the schedule's first day, in the caller's transaction. */
    public Commitment start(Handle handle, NewCommitment first, Schedule schedule, Instant now) {
        var counterparty = first.counterparty();
        var row = handle.attach(SeriesStore.class)
                .insert(new SeriesStore.NewSeriesRow(
                        first.teamId(),
                        first.ownerId(),
                        first.what(),
                        first.direction().name(),
                        counterparty.flatMap(Counterparty::slackUserId).orElse(null),
                        counterparty.flatMap(Counterparty::freeText).orElse(null),
                        first.channelId().orElse(null),
                        schedule.rule().stored(),
                        schedule.time(),
                        schedule.zone().getId(),
                        schedule.anchor(),
                        schedule.phrase(),
                        schedule.anchor(),
                        schedule.dueOn(schedule.anchor()),
                        now));
        return ledger.recordOccurrence(handle, first, row.id(), schedule.anchor(), now)
                .orElseThrow(
                        () -> new IllegalStateException("a new series " + row.id() + " has an occurrence already"));
    }

    /**
     * Makes the next occurrence of every series whose latest has come due, a batch per transaction,
     * and says how many were made. Run by one instance at a time or several: locked rows are skipped.
     */
    public int advanceDue(Instant now) {
        int made = 0;
        while (true) {
            int[] batch = jdbi.inTransaction(handle -> {
                var due = handle.attach(SeriesStore.class).claimDue(now, BATCH);
                int recorded = 0;
                for (var series : due) {
                    recorded += moveOn(handle, series, now).isPresent() ? 1 : 0;
                }
                return new int[] {due.size(), recorded};
            });
            made += batch[1];
            if (batch[0] < BATCH) {
                return made;
            }
        }
    }

    /**
     * After an occurrence was kept or cancelled, in that change's transaction: the next one is made
     * now rather than at its due time, if this was the series' latest and the series still runs.
     */
    public Optional<Commitment> afterClosed(Handle handle, Commitment closed, Instant now) {
        var occurrence =
                handle
                        .attach(CommitmentStore.class)
                        .occurrencesAmong(closed.teamId(), new long[] {closed.id()})
                        .stream()
                        .findFirst();
        if (occurrence.isEmpty()) {
            return Optional.empty();
        }
        return handle.attach(SeriesStore.class)
                .lock(closed.teamId(), occurrence.get().seriesId())
                .filter(series -> series.endedAt() == null)
                .filter(series -> series.currentOn().equals(occurrence.get().occurrenceOn()))
                .flatMap(series -> moveOn(handle, series, now));
    }

    /**
     * After a keep of an occurrence was taken back, in that change's transaction: the occurrence its
     * early keep made is withdrawn if nobody has touched it, so one is open again. Empty when the
     * keep had made none (or it was due to be made by now anyway).
     */
    public Optional<Reopened> afterReopened(Handle handle, Commitment reopened, Instant now) {
        return takingBack.afterReopened(handle, reopened, now);
    }

    /**
     * After {@code actorId} undid a promise, in that change's transaction: if it started a series,
     * the series ends with it, and its later occurrences nobody has touched go too.
     */
    public Optional<Undone> afterUndone(Handle handle, Commitment undone, String actorId, Instant now) {
        return takingBack.afterUndone(handle, undone, actorId, now);
    }

    /**
     * Ends a series its owner {@code actorId} asked to end: none of its occurrences follow; the one
     * still open, if any, stays open. Empty when there is no such series of theirs.
     */
    public Optional<Ended> end(String teamId, long seriesId, String actorId, Instant now) {
        return jdbi.inTransaction(handle -> {
            var store = handle.attach(SeriesStore.class);
            var series =
                    store.lock(teamId, seriesId).filter(row -> row.ownerId().equals(actorId));
            if (series.isEmpty()) {
                return Optional.empty();
            }
            var latest = handle.attach(CommitmentStore.class).latestOccurrence(teamId, seriesId);
            var endedNow = store.end(teamId, seriesId, actorId, now) == 1;
            if (endedNow && latest.isPresent()) {
                // The ending is part of the history of the occurrence it stopped after.
                handle.attach(CommitmentStore.class)
                        .recordEvent(Ledger.eventRow(
                                teamId, latest.get().id(), CommitmentEvent.by(actorId, EventKind.SERIES_ENDED, now)));
            }
            return Optional.of(new Ended(
                    endedNow,
                    series.get().what(),
                    latest.filter(occurrence -> occurrence.status().isOpen())));
        });
    }

    /** The owner's series still running, soonest next first. */
    public List<Running> runningOf(String teamId, String ownerId, int limit) {
        return jdbi.withExtension(SeriesStore.class, store -> store.runningOf(teamId, ownerId, limit)).stream()
                .flatMap(row -> running(row).stream())
                .toList();
    }

    /** For those of {@code commitments} that are occurrences, their series, by commitment id. */
    public Map<Long, Running> ofOccurrences(String teamId, List<Commitment> commitments) {
        if (commitments.isEmpty()) {
            return Map.of();
        }
        return jdbi.inTransaction(handle -> {
            var occurrences = handle.attach(CommitmentStore.class)
                    .occurrencesAmong(
                            teamId,
                            commitments.stream().mapToLong(Commitment::id).toArray());
            if (occurrences.isEmpty()) {
                return Map.of();
            }
            var series = handle
                    .attach(SeriesStore.class)
                    .findAll(
                            teamId,
                            occurrences.stream()
                                    .mapToLong(CommitmentStore.OccurrenceRow::seriesId)
                                    .distinct()
                                    .toArray())
                    .stream()
                    .flatMap(row -> running(row).stream())
                    .collect(Collectors.toMap(Running::id, Function.identity()));
            return occurrences.stream()
                    .filter(occurrence -> series.containsKey(occurrence.seriesId()))
                    .collect(Collectors.toMap(
                            CommitmentStore.OccurrenceRow::commitmentId,
                            occurrence -> series.get(occurrence.seriesId())));
        });
    }

    /** Forgets a workspace's series; its occurrences go with the ledger's commitments. */
    public static ForgetsATeam forgetting(Jdbi jdbi) {
        return ForgetsATeam.inStore(jdbi, SeriesStore.class, Set.of("commitment_series"), SeriesStore::forgetSome);
    }

    /**
     * The occurrence after the series' latest, the first still ahead of {@code now} (those that
     * passed while no instance ran are not made up), and the series moved on to it.
     */
    private Optional<Commitment> moveOn(Handle handle, SeriesStore.SeriesRow series, Instant now) {
        var schedule = schedule(series)
                .orElseThrow(() -> new IllegalStateException(
                        "series " + series.id() + " has a rule this version can't read: " + series.rule()));
        var next = schedule.nextAhead(series.currentOn(), now);
        var due = schedule.dueOn(next);
        if (handle.attach(SeriesStore.class).advance(series.id(), series.currentOn(), next, due) == 0) {
            return Optional.empty();
        }
        var occurrence = new NewCommitment(
                series.teamId(),
                series.ownerId(),
                series.what(),
                Direction.valueOf(series.direction()),
                counterparty(series),
                Firmness.HARD,
                Optional.of(due),
                Optional.empty(),
                series.phrase(),
                schedule.zone(),
                Optional.ofNullable(series.channelId()));
        return ledger.recordOccurrence(handle, occurrence, series.id(), next, now);
    }

    private static Optional<Running> running(SeriesStore.SeriesRow row) {
        return schedule(row)
                .map(schedule -> new Running(
                        row.id(),
                        row.what(),
                        Direction.valueOf(row.direction()),
                        counterparty(row),
                        schedule,
                        row.currentOn()));
    }

    static Optional<Schedule> schedule(SeriesStore.SeriesRow row) {
        return Schedule.of(row.rule(), row.timeOfDay(), ZoneId.of(row.zone()), row.anchorOn(), row.phrase());
    }

    private static Optional<Counterparty> counterparty(SeriesStore.SeriesRow row) {
        if (row.counterpartyUserId() != null) {
            return Optional.of(Counterparty.slackUser(row.counterpartyUserId()));
        }
        return Optional.ofNullable(row.counterpartyName()).map(Counterparty::named);
    }
}
