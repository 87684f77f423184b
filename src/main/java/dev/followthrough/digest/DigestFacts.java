package dev.followthrough.digest;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.CommitmentHistory;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.Firmness;
import dev.followthrough.commitment.Score;
import dev.followthrough.commitment.Status;
import dev.followthrough.relationship.Relationship;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/**
 * What a digest says, before it is laid out: last week's score beside the four weeks before, and
 * the lists, each sorted soonest first.
 *
 * @param dueSoon open hard promises of the owner due in the next seven days
 * @param overdue open hard promises of the owner past their deadline
 * @param soft open promises of the owner with no firm date
 * @param owedToYou what others promised the owner, still open
 * @param noNextStep counterparties whose last commitment was closed (kept or cancelled) with nothing
 *     open with them since
 * @param slipping relationships whose other side slipped lately (see {@link Relationship#slips}), the
 *     most slips first
 */
record DigestFacts(
        Score.Trend lastWeek,
        List<Commitment> dueSoon,
        List<Commitment> overdue,
        List<Commitment> soft,
        List<Commitment> owedToYou,
        List<Commitment> noNextStep,
        List<Relationship> slipping) {

    static final Duration AHEAD = Duration.ofDays(7);

    private static final Comparator<Commitment> SOONEST_FIRST = Comparator.comparing(
                    (Commitment commitment) -> commitment.sortInstant().orElse(Instant.MAX))
            .thenComparing(Commitment::createdAt)
            .thenComparingLong(Commitment::id);

    static DigestFacts of(Collection<CommitmentHistory> histories, Instant now, ZoneId zone) {
        var reckonings = Score.reckon(histories, now);
        var thisWeek = Score.weekStart(now, zone);
        var lastWeekStart = thisWeek.atZone(zone).minusWeeks(1).toInstant();
        var open = histories.stream()
                .map(CommitmentHistory::commitment)
                .filter(commitment -> commitment.status().isOpen())
                .sorted(SOONEST_FIRST)
                .toList();
        var mine = open.stream()
                .filter(commitment -> commitment.direction() == Direction.MINE)
                .toList();
        return new DigestFacts(
                Score.trend(reckonings, lastWeekStart, zone),
                mine.stream()
                        .filter(commitment -> commitment.firmness() == Firmness.HARD
                                && !commitment.isOverdueAt(now)
                                && commitment.due().orElseThrow().isBefore(now.plus(AHEAD)))
                        .toList(),
                mine.stream().filter(commitment -> commitment.isOverdueAt(now)).toList(),
                mine.stream()
                        .filter(commitment -> commitment.firmness() == Firmness.SOFT)
                        .toList(),
                open.stream()
                        .filter(commitment -> commitment.direction() == Direction.THEIRS)
                        .toList(),
                noNextStep(histories),
                Relationship.allOf(histories, now).stream()
                        .filter(Relationship::otherSideSlipping)
                        .sorted(Comparator.comparingInt(Relationship::slips).reversed())
                        .toList());
    }

    /** The last closed commitment of each counterparty with nothing open, most recently closed first. */
    private static List<Commitment> noNextStep(Collection<CommitmentHistory> histories) {
        var latest = new HashMap<String, Commitment>();
        var withSomethingOpen = new ArrayList<String>();
        for (var history : histories) {
            var commitment = history.commitment();
            if (commitment.counterparty().isEmpty() || commitment.status() == Status.UNDONE) {
                continue;
            }
            var key = Relationship.keyOf(commitment.counterparty().get());
            if (commitment.status().isOpen()) {
                withSomethingOpen.add(key);
            } else {
                latest.merge(key, commitment, (one, other) -> closedAt(one).isAfter(closedAt(other)) ? one : other);
            }
        }
        withSomethingOpen.forEach(latest::remove);
        return latest.values().stream()
                .sorted(Comparator.comparing(DigestFacts::closedAt).reversed().thenComparingLong(Commitment::id))
                .toList();
    }

    private static Instant closedAt(Commitment commitment) {
        return commitment.closedAt().orElse(commitment.updatedAt());
    }

    /** Nothing to say: nothing came due in the last five weeks and every list is empty. */
    boolean isEmpty() {
        return lastWeek.week().mine().cameDue() == 0
                && lastWeek.week().theirs().cameDue() == 0
                && lastWeek.previousFourWeeks().mine().cameDue() == 0
                && lastWeek.previousFourWeeks().theirs().cameDue() == 0
                && dueSoon.isEmpty()
                && overdue.isEmpty()
                && soft.isEmpty()
                && owedToYou.isEmpty()
                && noNextStep.isEmpty()
                && slipping.isEmpty();
    }
}
