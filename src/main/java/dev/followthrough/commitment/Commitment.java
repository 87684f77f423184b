package dev.followthrough.commitment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** One concrete next step: what, who owns it, to or from whom, by when, and where it stands. */
public record Commitment(
        long id,
        String teamId,
        String ownerId,
        String what,
        Direction direction,
        Optional<Counterparty> counterparty,
        DueDate dueDate,
        Status status,
        Optional<Instant> closedAt,
        Optional<String> channelId,
        Reminders reminders,
        Instant createdAt,
        Instant updatedAt) {

    public boolean isOwnedBy(String userId) {
        return ownerId.equals(userId);
    }

    public Firmness firmness() {
        return dueDate.firmness();
    }

    /** The hard deadline, if there is one. */
    public Optional<Instant> due() {
        return dueDate.at();
    }

    public Optional<Instant> target() {
        return dueDate.target();
    }

    public String duePhrase() {
        return dueDate.phrase();
    }

    public ZoneId zone() {
        return dueDate.zone();
    }

    public int deadlineVersion() {
        return dueDate.version();
    }

    /** Open and past its hard deadline. */
    public boolean isOverdueAt(Instant now) {
        return status.isOpen() && due().isPresent() && due().get().isBefore(now);
    }

    /** The instant it is sorted by: its due date, else its target; soft ones without either last. */
    public Optional<Instant> sortInstant() {
        return due().or(this::target);
    }

    Commitment with(Status newStatus, Optional<Instant> newClosedAt, Instant now) {
        return new Commitment(
                id,
                teamId,
                ownerId,
                what,
                direction,
                counterparty,
                dueDate,
                newStatus,
                newClosedAt,
                channelId,
                reminders,
                createdAt,
                now);
    }

    public Commitment with(Reminders newReminders, Instant now) {
        return new Commitment(
                id,
                teamId,
                ownerId,
                what,
                direction,
                counterparty,
                dueDate,
                status,
                closedAt,
                channelId,
                newReminders,
                createdAt,
                now);
    }

    Commitment with(DueDate newDueDate, Status newStatus, Reminders newReminders, Instant now) {
        return new Commitment(
                id,
                teamId,
                ownerId,
                what,
                direction,
                counterparty,
                newDueDate,
                newStatus,
                Optional.empty(),
                channelId,
                newReminders,
                createdAt,
                now);
    }
}
