package dev.followthrough.calendar;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.DueDate;
import dev.followthrough.commitment.Reminders;
import dev.followthrough.commitment.Status;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/** Commitments made up for tests of the calendar files. */
final class Commitments {

    private Commitments() {}

    /** Due at {@code local} time in {@code zone}, recorded a day before. */
    static Commitment due(String what, Direction direction, String local, ZoneId zone) {
        var due = LocalDateTime.parse(local).atZone(zone).toInstant();
        var made = due.minusSeconds(86_400);
        return new Commitment(
                42,
                "T0001",
                "U100",
                what,
                direction,
                Optional.of(Counterparty.named("Acme")),
                DueDate.hard(due, "by Fri 2pm", zone, 1, made),
                Status.OPEN,
                Optional.empty(),
                Optional.empty(),
                Reminders.startingAt(made),
                made,
                made);
    }

    static Instant instant(String local, ZoneId zone) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }
}
