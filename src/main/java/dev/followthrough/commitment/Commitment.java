package dev.followthrough.commitment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One concrete next step: what, who owns it, to or from whom, by when.
 *
 * <p>A hard commitment has a {@code due} instant; a soft one may have a {@code target} (the end of
 * the period it names: "next week" → that Friday). The deadline's phrase and the zone it was read
 * in are kept so it can be shown back exactly as it was meant.
 */
public record Commitment(
        long id,
        String teamId,
        String ownerId,
        String what,
        Direction direction,
        Optional<Counterparty> counterparty,
        Firmness firmness,
        Optional<Instant> due,
        Optional<Instant> target,
        String duePhrase,
        ZoneId zone,
        int deadlineVersion,
        Status status,
        Optional<Instant> closedAt,
        Optional<String> channelId,
        Instant createdAt,
        Instant updatedAt) {

    public boolean isOwnedBy(String userId) {
        return ownerId.equals(userId);
    }

    /** Open and past its hard deadline. */
    public boolean isOverdueAt(Instant now) {
        return status.isOpen() && due.isPresent() && due.get().isBefore(now);
    }

    /** The instant it is sorted by: its due date, else its target; soft ones without either last. */
    public Optional<Instant> sortInstant() {
        return due.or(() -> target);
    }

    Commitment with(Status newStatus, Optional<Instant> newClosedAt, Instant now) {
        return new Commitment(
                id,
                teamId,
                ownerId,
                what,
                direction,
                counterparty,
                firmness,
                due,
                target,
                duePhrase,
                zone,
                deadlineVersion,
                newStatus,
                newClosedAt,
                channelId,
                createdAt,
                now);
    }
}
