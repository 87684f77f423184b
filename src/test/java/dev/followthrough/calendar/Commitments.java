package dev.followthrough.calendar;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.DueDate;
import dev.followthrough.commitment.Reminders;
import dev.followthrough.commitment.Status;
import dev.followthrough.user.PlainNames;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/** Commitments made up for tests of the calendar files. */
final class Commitments {

    private Commitments() {}

    /** Names as Slack would give them: Dana for U0002, #deals for C0009; nobody else known yet. */
    static final PlainNames NAMES = new PlainNames((teamId, slackId) ->
            Optional.ofNullable(Map.of("U0002", "Dana", "C0009", "deals").get(slackId)));

    /** {@link #due}, owed to (or by) a Slack user. */
    static Commitment withSlackUser(String what, Direction direction, String userId, String local, ZoneId zone) {
        var named = due(what, direction, local, zone);
        return new Commitment(
                named.id(),
                named.teamId(),
                named.ownerId(),
                what,
                direction,
                Optional.of(Counterparty.slackUser(userId)),
                named.dueDate(),
                named.status(),
                named.closedAt(),
                named.channelId(),
                named.reminders(),
                named.createdAt(),
                named.updatedAt());
    }

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
