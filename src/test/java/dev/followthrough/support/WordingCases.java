package dev.followthrough.support;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.DueDate;
import dev.followthrough.commitment.Firmness;
import dev.followthrough.commitment.Reminders;
import dev.followthrough.commitment.Status;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The wording matrix's commitments, made in memory: tasks written every way people write them,
 * both directions, a Slack user, a company or no one on the other side, firm and soft, looked at
 * before and after the deadline.
 */
public final class WordingCases {

    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    public static final Instant DUE =
            LocalDateTime.parse("2026-11-27T14:00").atZone(NEW_YORK).toInstant();
    public static final Instant BEFORE = DUE.minus(Duration.ofHours(1));
    public static final Instant AFTER = DUE.plus(Duration.ofHours(3));

    /** Tasks as people type them; {party} is where they name the other side, if they do. */
    private static final List<String> MINE_TASKS = List.of(
            "send {party} the deck",
            "call {party} back",
            "book the demo",
            "review the redlines",
            "share the ROI model with {party}",
            "send the revised MSA to {party}",
            "the signed order form");

    private static final List<String> THEIRS_TASKS =
            List.of("send the signed NDA", "call me back", "sign the order form", "the PO");

    private WordingCases() {}

    /** One commitment, looked at {@code now}. */
    public record Case(Commitment commitment, Instant now) {
        @Override
        public String toString() {
            return commitment.direction() + " \"" + commitment.what() + "\" ("
                    + commitment.firmness().name().toLowerCase() + ") with "
                    + commitment.counterparty().map(Counterparty::display).orElse("no one") + " "
                    + (now.isBefore(DUE) ? "before" : "after") + " the deadline";
        }
    }

    public static Stream<Case> everyCase() {
        var cases = new ArrayList<Case>();
        var parties = List.<Optional<Counterparty>>of(
                Optional.of(Counterparty.slackUser("U0002")),
                Optional.of(Counterparty.named("Acme")),
                Optional.empty());
        for (var party : parties) {
            for (var now : List.of(BEFORE, AFTER)) {
                for (var task : MINE_TASKS) {
                    if (task.contains("{party}") && party.isEmpty()) {
                        continue;
                    }
                    var what = task.replace(
                            "{party}", party.map(Counterparty::display).orElse(""));
                    cases.add(new Case(commitment(what, Direction.MINE, party, true), now));
                    cases.add(new Case(commitment(what, Direction.MINE, party, false), now));
                }
                for (var task : THEIRS_TASKS) {
                    cases.add(new Case(commitment(task, Direction.THEIRS, party, true), now));
                }
            }
        }
        return cases.stream();
    }

    /** Due at {@link #DUE} when {@code hard}, else with no date yet; made two days before, in a channel. */
    public static Commitment commitment(String what, Direction direction, Optional<Counterparty> party, boolean hard) {
        var made = DUE.minus(Duration.ofDays(2));
        var due = hard
                ? DueDate.hard(DUE, "Fri 2pm", NEW_YORK, 1, made)
                : new DueDate(Firmness.SOFT, Optional.empty(), Optional.empty(), "", NEW_YORK, 1, made);
        return new Commitment(
                42,
                "T0001",
                "U0001",
                what,
                direction,
                party,
                due,
                Status.OPEN,
                Optional.empty(),
                Optional.of("C0001"),
                Reminders.startingAt(made),
                made,
                made);
    }

    public static Commitment withDue(Commitment commitment, DueDate due) {
        return new Commitment(
                commitment.id(),
                commitment.teamId(),
                commitment.ownerId(),
                commitment.what(),
                commitment.direction(),
                commitment.counterparty(),
                due,
                commitment.status(),
                commitment.closedAt(),
                commitment.channelId(),
                commitment.reminders(),
                commitment.createdAt(),
                commitment.updatedAt());
    }
}
