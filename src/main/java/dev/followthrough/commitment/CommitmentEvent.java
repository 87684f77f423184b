package dev.followthrough.commitment;

import java.time.Instant;
import java.util.Optional;

/** One entry in a commitment's history: who did what, when, and how the deadline moved. */
public record CommitmentEvent(
        EventKind kind,
        Optional<String> actorId,
        Instant at,
        Optional<Instant> oldDue,
        Optional<Instant> newDue,
        Optional<String> detail) {

    public static CommitmentEvent by(String actorId, EventKind kind, Instant at) {
        return new CommitmentEvent(
                kind, Optional.of(actorId), at, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public CommitmentEvent withDetail(String text) {
        return new CommitmentEvent(kind, actorId, at, oldDue, newDue, Optional.of(text));
    }

    public CommitmentEvent withDue(Optional<Instant> oldDueAt, Optional<Instant> newDueAt) {
        return new CommitmentEvent(kind, actorId, at, oldDueAt, newDueAt, detail);
    }
}
