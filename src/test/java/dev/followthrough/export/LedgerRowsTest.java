package dev.followthrough.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.CommitmentEvent;
import dev.followthrough.commitment.CommitmentHistory;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.DueDate;
import dev.followthrough.commitment.EventKind;
import dev.followthrough.commitment.Firmness;
import dev.followthrough.commitment.Reminders;
import dev.followthrough.commitment.Status;
import dev.followthrough.commitment.Timing;
import dev.followthrough.user.PlainNames;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each event's row: the deadline in force after it, and the outcome of the deadline it settled. */
class LedgerRowsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Optional<Firmness> HARD = Optional.of(Firmness.HARD);
    private static final Optional<Firmness> SOFT = Optional.of(Firmness.SOFT);
    private static final Map<String, String> KNOWN = Map.of("U100", "Ada", "U300", "Dana", "C200", "sales");

    private final LedgerRows rows = new LedgerRows(
            new PlainNames((teamId, slackId) -> Optional.ofNullable(KNOWN.get(slackId))).in("T0001"),
            BERLIN,
            at("2026-12-10T12:00"));

    @Test
    void eachDeadlineIsSettledOnTheRowOfTheEventThatEndedIt() {
        var history = history(
                Status.KEPT,
                CommitmentEvent.by("U100", EventKind.CREATED, at("2026-11-20T09:00"))
                        .withDue(Optional.empty(), Optional.empty(), Optional.empty(), SOFT),
                CommitmentEvent.by("U100", EventKind.FIRMED_UP, at("2026-11-21T09:00"))
                        .withDue(Optional.empty(), SOFT, Optional.of(at("2026-11-24T16:00")), HARD),
                CommitmentEvent.byFollowthrough(EventKind.MISSED, at("2026-11-24T16:10")),
                CommitmentEvent.by("U100", EventKind.RENEGOTIATED, at("2026-11-25T09:00"))
                        .withDue(Optional.of(at("2026-11-24T16:00")), HARD, Optional.of(at("2026-11-27T16:00")), HARD)
                        .withTiming(Timing.AFTER_THE_DEADLINE)
                        .withReason(Optional.of("waiting on legal")),
                CommitmentEvent.by("U100", EventKind.KEPT, at("2026-11-28T09:00"))
                        .withTiming(Timing.AFTER_THE_DEADLINE));

        var written = rows.of(history);

        assertThat(written)
                .extracting(row -> row.get(8) + " " + row.get(11) + " " + row.get(12) + " " + row.get(17))
                .containsExactly(
                        "CREATED  SOFT ",
                        // A soft deadline is never reckoned; the hard one it becomes is.
                        "FIRMED_UP 2026-11-24T17:00:00+01:00 HARD ",
                        // Missed, then renegotiated: that deadline is settled by the renegotiation.
                        "MISSED 2026-11-24T17:00:00+01:00 HARD ",
                        "RENEGOTIATED 2026-11-27T17:00:00+01:00 HARD RENEGOTIATED_AFTER",
                        "KEPT 2026-11-27T17:00:00+01:00 HARD KEPT_LATE");
        var renegotiated = written.get(3);
        assertThat(renegotiated.subList(13, 17))
                .containsExactly(
                        "AFTER_THE_DEADLINE",
                        "2026-11-24T17:00:00+01:00",
                        "2026-11-27T17:00:00+01:00",
                        "waiting on legal");
        // Names where they are known; the channel by its name.
        assertThat(renegotiated.subList(1, 6)).containsExactly("send Dana the deck", "Dana", "U300", "MINE", "#sales");
        assertThat(renegotiated.get(10)).isEqualTo("Ada");
    }

    @Test
    void aDeadlinePassedAndStillOpenIsReckonedOnItsMissedRow() {
        var history = history(
                Status.MISSED,
                CommitmentEvent.by("U100", EventKind.CREATED, at("2026-11-20T09:00"))
                        .withDue(Optional.empty(), Optional.empty(), Optional.of(at("2026-11-24T16:00")), HARD),
                CommitmentEvent.byFollowthrough(EventKind.MISSED, at("2026-11-24T16:10")),
                CommitmentEvent.by("U100", EventKind.FOLLOWED_UP, at("2026-11-25T09:00")));

        assertThat(rows.of(history))
                .extracting(row -> row.get(8) + " " + row.get(17))
                .containsExactly("CREATED ", "MISSED FOLLOWED_UP_ONLY", "FOLLOWED_UP ");
    }

    private static CommitmentHistory history(Status status, CommitmentEvent... events) {
        var commitment = new Commitment(
                7,
                "T0001",
                "U100",
                "send <@U300> the deck",
                Direction.MINE,
                Optional.of(Counterparty.slackUser("U300")),
                DueDate.hard(at("2026-11-27T16:00"), "Friday", BERLIN, 3, at("2026-11-25T09:00")),
                status,
                Optional.empty(),
                Optional.of("C200"),
                Reminders.startingAt(at("2026-11-20T09:00")),
                at("2026-11-20T09:00"),
                at("2026-11-28T09:00"));
        return new CommitmentHistory(commitment, List.of(events));
    }

    private static Instant at(String utc) {
        return Instant.parse(utc + ":00Z");
    }
}
