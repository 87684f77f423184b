package dev.followthrough.ledger;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.CommitmentEvent;
import dev.followthrough.commitment.EventKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * What a series does when one of its promises is taken back, in that change's transaction. A keep
 * reopened: the occurrence the early keep made is withdrawn, if nobody has touched it, and the
 * series waits again for the reopened one's due time, so one occurrence is open, as before the
 * keep. The first promise undone: the series was recorded by mistake with it, so it ends, and the
 * occurrences it made since that nobody has touched go too.
 */
final class TakingBack {

    private final Ledger ledger;

    TakingBack(Ledger ledger) {
        this.ledger = ledger;
    }

    Optional<Series.Reopened> afterReopened(Handle handle, Commitment reopened, Instant now) {
        var occurrence = occurrenceOf(handle, reopened);
        if (occurrence.isEmpty()) {
            return Optional.empty();
        }
        var day = occurrence.get().occurrenceOn();
        var seriesStore = handle.attach(SeriesStore.class);
        var series = seriesStore.lock(reopened.teamId(), occurrence.get().seriesId());
        if (series.isEmpty() || series.get().currentOn().equals(day)) {
            return Optional.empty();
        }
        var schedule = Series.schedule(series.get());
        // Past its due time the sweep would have made the next one anyway: it stays.
        if (schedule.isEmpty() || !schedule.get().dueOn(day).isAfter(now)) {
            return Optional.empty();
        }
        var next = schedule.get().after(day);
        if (!series.get().currentOn().equals(next)) {
            return Optional.empty();
        }
        var made = handle.attach(CommitmentStore.class)
                .lockOccurrenceOn(reopened.teamId(), series.get().id(), next);
        var withdrawn = made.map(commitment -> ledger.withdrawUntouched(handle, commitment))
                .orElse(true);
        if (withdrawn) {
            seriesStore.moveBack(series.get().id(), next, day, schedule.get().dueOn(day));
        }
        return Optional.of(new Series.Reopened(next, schedule.get().dueOn(next), withdrawn));
    }

    Optional<Series.Undone> afterUndone(Handle handle, Commitment undone, String actorId, Instant now) {
        var occurrence = occurrenceOf(handle, undone);
        if (occurrence.isEmpty()) {
            return Optional.empty();
        }
        var seriesStore = handle.attach(SeriesStore.class);
        var series = seriesStore
                .lock(undone.teamId(), occurrence.get().seriesId())
                // Only the promise that started the series takes it with it; a later one is its own.
                .filter(row -> row.anchorOn().equals(occurrence.get().occurrenceOn()));
        if (series.isEmpty()) {
            return Optional.empty();
        }
        var store = handle.attach(CommitmentStore.class);
        var endedNow = seriesStore.end(undone.teamId(), series.get().id(), actorId, now) == 1;
        if (endedNow) {
            store.recordEvent(Ledger.eventRow(
                    undone.teamId(), undone.id(), CommitmentEvent.by(actorId, EventKind.SERIES_ENDED, now)));
        }
        List<Commitment> stillOpen =
                store
                        .lockOpenOccurrencesAfter(
                                undone.teamId(),
                                series.get().id(),
                                occurrence.get().occurrenceOn())
                        .stream()
                        .filter(later -> !ledger.withdrawUntouched(handle, later))
                        .toList();
        return Optional.of(new Series.Undone(endedNow, stillOpen));
    }

    private static Optional<CommitmentStore.OccurrenceRow> occurrenceOf(Handle handle, Commitment commitment) {
        return handle
                .attach(CommitmentStore.class)
                .occurrencesAmong(commitment.teamId(), new long[] {commitment.id()})
                .stream()
                .findFirst();
    }
}
