package dev.followthrough.relationship;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.CommitmentEvent;
import dev.followthrough.commitment.CommitmentHistory;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.DueDate;
import dev.followthrough.commitment.EventKind;
import dev.followthrough.commitment.Reminders;
import dev.followthrough.commitment.Status;
import dev.followthrough.commitment.Timing;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Commitments with a counterparty and the history a test needs, without a database. */
final class Histories {

    private long nextId = 1;

    /** A hard promise due at {@code due}, created a week before it, in {@code status} as of its last event. */
    CommitmentHistory of(Counterparty party, Direction direction, Instant due, Status status, EventKind... after) {
        var id = nextId++;
        var created = due.minusSeconds(7 * 24 * 3600);
        var closedAt = status.isOpen() ? Optional.<Instant>empty() : Optional.of(due.minusSeconds(3600));
        var commitment = new Commitment(
                id,
                "T0001",
                "U100",
                "send the report " + id,
                direction,
                Optional.of(party),
                DueDate.hard(due, "by then", ZoneOffset.UTC, 1, created),
                status,
                closedAt,
                Optional.empty(),
                Reminders.startingAt(created),
                created,
                closedAt.orElse(created));
        var events = new ArrayList<CommitmentEvent>();
        events.add(CommitmentEvent.by("U100", EventKind.CREATED, created)
                .withDue(Optional.empty(), Optional.empty(), Optional.of(due), Optional.of(commitment.firmness())));
        for (var kind : after) {
            var at = kind == EventKind.KEPT && status == Status.KEPT ? closedAt.orElseThrow() : due.plusSeconds(3600);
            var event = CommitmentEvent.by("U100", kind, at);
            events.add(kind == EventKind.KEPT ? event.withTiming(Timing.BY_THE_DEADLINE) : event);
        }
        return new CommitmentHistory(commitment, List.copyOf(events));
    }
}
