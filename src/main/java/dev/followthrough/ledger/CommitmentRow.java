package dev.followthrough.ledger;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Counterparty;
import java.time.Instant;
import java.util.Optional;

/** A commitment as its row, with when to look at it next (null: nothing left to check). */
public record CommitmentRow(
        String teamId,
        long id,
        String what,
        String direction,
        String counterpartyUserId,
        String counterpartyName,
        String status,
        Instant closedAt,
        String firmness,
        Instant dueAt,
        Instant targetAt,
        String duePhrase,
        String dueZone,
        int deadlineVersion,
        Instant deadlineSetAt,
        Instant nudgedThrough,
        Instant lastNudgedAt,
        Instant snoozedUntil,
        Instant followUpAt,
        Instant firmUpPromptedAt,
        Instant nextCheckAt,
        Instant updatedAt) {

    /** A closed commitment is never checked again, whatever {@code nextCheckAt} says. */
    static CommitmentRow of(Commitment commitment, Optional<Instant> nextCheckAt) {
        var due = commitment.dueDate();
        var reminders = commitment.reminders();
        return new CommitmentRow(
                commitment.teamId(),
                commitment.id(),
                commitment.what(),
                commitment.direction().name(),
                commitment.counterparty().flatMap(Counterparty::slackUserId).orElse(null),
                commitment.counterparty().flatMap(Counterparty::freeText).orElse(null),
                commitment.status().name(),
                commitment.closedAt().orElse(null),
                due.firmness().name(),
                due.at().orElse(null),
                due.target().orElse(null),
                due.phrase(),
                due.zone().getId(),
                due.version(),
                due.setAt(),
                reminders.nudgedThrough(),
                reminders.lastNudgedAt().orElse(null),
                reminders.snoozedUntil().orElse(null),
                reminders.followUpAt().orElse(null),
                reminders.firmUpPromptedAt().orElse(null),
                commitment.status().isOpen() ? nextCheckAt.orElse(null) : null,
                commitment.updatedAt());
    }
}
