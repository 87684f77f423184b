package dev.followthrough.team;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.CommitmentHistory;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.Firmness;
import dev.followthrough.commitment.Score;
import dev.followthrough.commitment.Status;
import dev.followthrough.commitment.Tally;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a channel's weekly team digest says, before it is laid out, from the histories of the
 * promises made in or linked to that channel alone.
 *
 * @param overdue open hard promises past their deadline, the longest overdue first
 * @param dueThisWeek open hard promises due in the next seven days, soonest first
 * @param kept promises kept in the seven days before now, the latest first
 * @param noNextStep per counterparty, the last promise with them here, kept, with nothing open with
 *     them here since; the latest first
 * @param channel the follow-through of everyone's own promises here over the last four weeks
 * @param byOwner the same per person, who had something come due, the most came due first
 */
record TeamDigestFacts(
        List<Commitment> overdue,
        List<Commitment> dueThisWeek,
        List<Commitment> kept,
        List<Commitment> noNextStep,
        Tally channel,
        List<OwnerRate> byOwner) {

    static final Duration WEEK = Duration.ofDays(7);
    static final Duration FOUR_WEEKS = Duration.ofDays(28);

    /** One person's follow-through on their own promises made here. */
    record OwnerRate(String ownerId, Tally tally) {}

    private static final Comparator<Commitment> BY_DUE = Comparator.comparing(
                    (Commitment commitment) -> commitment.due().orElseThrow())
            .thenComparingLong(Commitment::id);

    private static final Comparator<Commitment> LATEST_CLOSED_FIRST =
            Comparator.comparing(TeamDigestFacts::closedAt).reversed().thenComparingLong(Commitment::id);

    static TeamDigestFacts of(Collection<CommitmentHistory> histories, Instant now) {
        var commitments = histories.stream()
                .map(CommitmentHistory::commitment)
                .filter(commitment -> commitment.status() != Status.UNDONE)
                .toList();
        var openHard = commitments.stream()
                .filter(commitment -> commitment.status().isOpen() && commitment.firmness() == Firmness.HARD)
                .sorted(BY_DUE)
                .toList();
        var weekAgo = now.minus(WEEK);
        return new TeamDigestFacts(
                openHard.stream()
                        .filter(commitment -> commitment.isOverdueAt(now))
                        .toList(),
                openHard.stream()
                        .filter(commitment -> !commitment.isOverdueAt(now)
                                && commitment.due().orElseThrow().isBefore(now.plus(WEEK)))
                        .toList(),
                commitments.stream()
                        .filter(commitment -> commitment.status() == Status.KEPT
                                && !closedAt(commitment).isBefore(weekAgo)
                                && closedAt(commitment).isBefore(now))
                        .sorted(LATEST_CLOSED_FIRST)
                        .toList(),
                noNextStep(commitments),
                rate(histories, now),
                byOwner(histories, now));
    }

    /** Nothing to say: nothing open, kept or come due here lately. */
    boolean isEmpty() {
        return overdue.isEmpty()
                && dueThisWeek.isEmpty()
                && kept.isEmpty()
                && noNextStep.isEmpty()
                && channel.cameDue() == 0;
    }

    private static Tally rate(Collection<CommitmentHistory> histories, Instant now) {
        return Tally.of(Score.reckon(histories, now), Direction.MINE, now.minus(FOUR_WEEKS), now);
    }

    private static List<OwnerRate> byOwner(Collection<CommitmentHistory> histories, Instant now) {
        Map<String, List<CommitmentHistory>> owners = histories.stream()
                .collect(Collectors.groupingBy(
                        history -> history.commitment().ownerId(), TreeMap::new, Collectors.toList()));
        return owners.entrySet().stream()
                .map(owner -> new OwnerRate(owner.getKey(), rate(owner.getValue(), now)))
                .filter(owner -> owner.tally().cameDue() > 0)
                .sorted(Comparator.comparingInt(
                                (OwnerRate owner) -> owner.tally().cameDue())
                        .reversed()
                        .thenComparing(OwnerRate::ownerId))
                .toList();
    }

    /** A relationship being chased instead of advanced: its last promise here was kept, and nothing followed. */
    private static List<Commitment> noNextStep(List<Commitment> commitments) {
        var latest = new HashMap<String, Commitment>();
        var withSomethingOpen = new HashSet<String>();
        for (var commitment : commitments) {
            if (commitment.counterparty().isEmpty()) {
                continue;
            }
            var key = key(commitment.counterparty().get());
            if (commitment.status().isOpen()) {
                withSomethingOpen.add(key);
            } else {
                latest.merge(
                        key, commitment, (one, other) -> LATEST_CLOSED_FIRST.compare(one, other) <= 0 ? one : other);
            }
        }
        withSomethingOpen.forEach(latest::remove);
        return latest.values().stream()
                .filter(commitment -> commitment.status() == Status.KEPT)
                .sorted(LATEST_CLOSED_FIRST)
                .toList();
    }

    private static Instant closedAt(Commitment commitment) {
        return commitment.closedAt().orElse(commitment.updatedAt());
    }

    /** One person or company, however it was typed: "Acme" and "acme" are the same counterparty. */
    private static String key(Counterparty counterparty) {
        return counterparty
                .slackUserId()
                .map(userId -> "user:" + userId)
                .orElseGet(() ->
                        "name:" + counterparty.freeText().orElseThrow().strip().toLowerCase(Locale.ROOT));
    }
}
