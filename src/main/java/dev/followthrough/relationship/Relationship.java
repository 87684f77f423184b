package dev.followthrough.relationship;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.CommitmentEvent;
import dev.followthrough.commitment.CommitmentHistory;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.EventKind;
import dev.followthrough.commitment.Reckoning;
import dev.followthrough.commitment.Score;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One owner's record with one counterparty: everything promised to them (MINE) and by them
 * (THEIRS), how each side followed through, when they last had contact and what comes next.
 *
 * @param key the counterparty however it was typed: a Slack user by id, a name without regard to case
 *     or spacing ("Acme", "acme" and "ACME " are one)
 * @param counterparty as it was last written
 * @param histories the commitments with them, most recent first
 * @param score every deadline ever reckoned with them, each side's apart (mine: the owner's promises)
 * @param nextStep the open one due soonest, either way
 * @param lastContact the latest thing either side did: a promise made, kept, followed up, moved or called off
 * @param slips what the other side owes that slipped lately: missed or late in the last {@link #RECENT},
 *     or still open past its deadline
 */
public record Relationship(
        String key,
        Counterparty counterparty,
        List<CommitmentHistory> histories,
        Score score,
        Optional<Commitment> nextStep,
        Optional<Contact> lastContact,
        int slips) {

    /** How far back "lately" looks for the other side's slips: two weekly digests name one at most. */
    public static final Duration RECENT = Duration.ofDays(14);

    /** What counts as contact with the other side; a missed deadline, a snooze or an edit is not. */
    private static final Set<EventKind> CONTACT = EnumSet.of(
            EventKind.CREATED,
            EventKind.KEPT,
            EventKind.FOLLOWED_UP,
            EventKind.RENEGOTIATED,
            EventKind.FIRMED_UP,
            EventKind.CANCELLED);

    private static final Comparator<Commitment> SOONEST_FIRST = Comparator.comparing(
                    (Commitment commitment) -> commitment.sortInstant().orElse(Instant.MAX))
            .thenComparing(Commitment::createdAt)
            .thenComparingLong(Commitment::id);

    /** The last thing that happened with them, and on which promise. */
    public record Contact(Instant at, EventKind kind, Commitment commitment) {}

    /** One person or company, however it was typed: "Acme", "acme" and "ACME " are the same counterparty. */
    public static String keyOf(Counterparty counterparty) {
        return counterparty
                .slackUserId()
                .map(userId -> "user:" + userId)
                .orElseGet(() -> "name:" + normalized(counterparty.freeText().orElseThrow()));
    }

    /** A name as it is compared: lower case, its spaces single. */
    static String normalized(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * Every counterparty of {@code histories} (undone and counterparty-less ones are skipped), most
     * recent contact first.
     */
    public static List<Relationship> allOf(Collection<CommitmentHistory> histories, Instant now) {
        var byKey = histories.stream()
                .filter(history -> history.commitment().counterparty().isPresent())
                .collect(Collectors.groupingBy(
                        history -> keyOf(history.commitment().counterparty().orElseThrow()),
                        LinkedHashMap::new,
                        Collectors.toList()));
        return byKey.entrySet().stream()
                .map(entry -> of(entry.getKey(), entry.getValue(), now))
                .sorted(MOST_RECENT_FIRST)
                .toList();
    }

    /** Most recent contact first; then by name, so the order is the same on every render. */
    static final Comparator<Relationship> MOST_RECENT_FIRST = Comparator.comparing(
                    (Relationship relationship) -> relationship.lastActive())
            .reversed()
            .thenComparing(Relationship::key);

    /** The record made of {@code histories}, all with one counterparty (or counted together as one). */
    static Relationship of(String key, Collection<CommitmentHistory> histories, Instant now) {
        var recentFirst = histories.stream()
                .sorted(Comparator.comparing((CommitmentHistory history) ->
                                history.commitment().createdAt())
                        .thenComparingLong(history -> history.commitment().id())
                        .reversed())
                .toList();
        var reckonings = Score.reckon(recentFirst, now);
        var open = recentFirst.stream()
                .map(CommitmentHistory::commitment)
                .filter(commitment -> commitment.status().isOpen())
                .sorted(SOONEST_FIRST)
                .toList();
        return new Relationship(
                key,
                asLastWritten(recentFirst.get(0).commitment().counterparty().orElseThrow()),
                recentFirst,
                Score.allTime(reckonings),
                open.stream().findFirst(),
                lastContact(recentFirst),
                slips(reckonings, open, now));
    }

    /** Several relationships read as one record ("Acme" and "Acme Corp"): the first one's name. */
    static Relationship together(List<Relationship> relationships, Instant now) {
        if (relationships.size() == 1) {
            return relationships.get(0);
        }
        var histories = relationships.stream()
                .flatMap(relationship -> relationship.histories().stream())
                .toList();
        var together = of(relationships.get(0).key(), histories, now);
        return new Relationship(
                together.key(),
                relationships.get(0).counterparty(),
                together.histories(),
                together.score(),
                together.nextStep(),
                together.lastContact(),
                together.slips());
    }

    /** The name as it was last written, without the spaces around it. */
    private static Counterparty asLastWritten(Counterparty counterparty) {
        return counterparty
                .freeText()
                .map(name -> Counterparty.named(name.strip()))
                .orElse(counterparty);
    }

    private static Optional<Contact> lastContact(List<CommitmentHistory> histories) {
        Contact latest = null;
        for (var history : histories) {
            for (CommitmentEvent event : history.events()) {
                if (CONTACT.contains(event.kind())
                        && (latest == null || event.at().isAfter(latest.at()))) {
                    latest = new Contact(event.at(), event.kind(), history.commitment());
                }
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * The other side's deadlines that came due lately and weren't kept in time (missed, late,
     * renegotiated after passing, dropped after passing), and theirs still open past the deadline
     * however long ago: each commitment counted once.
     */
    private static int slips(List<Reckoning> reckonings, List<Commitment> open, Instant now) {
        var since = now.minus(RECENT);
        var slipped = reckonings.stream()
                .filter(reckoning -> reckoning.direction() == Direction.THEIRS
                        && reckoning.outcome().cameDue()
                        && !reckoning.outcome().followedThrough()
                        && !reckoning.due().isBefore(since))
                .map(Reckoning::commitmentId)
                .collect(Collectors.toSet());
        open.stream()
                .filter(commitment -> commitment.direction() == Direction.THEIRS && commitment.isOverdueAt(now))
                .forEach(commitment -> slipped.add(commitment.id()));
        return slipped.size();
    }

    /** Whether the other side slipped lately. */
    public boolean otherSideSlipping() {
        return slips > 0;
    }

    /** Slipping on their side, or nothing open with them: the relationships to look at first. */
    public boolean needsAttention() {
        return otherSideSlipping() || nextStep.isEmpty();
    }

    /** How many of the commitments with them are still open. */
    public long openCount() {
        return histories.stream()
                .filter(history -> history.commitment().status().isOpen())
                .count();
    }

    /** When anything last happened with them: the last contact, else the latest promise made. */
    public Instant lastActive() {
        return lastContact.map(Contact::at).orElse(histories.get(0).commitment().createdAt());
    }

    /** Needing attention first (the other side slipping, then no next step), then most recent contact. */
    public static List<Relationship> needingAttentionFirst(List<Relationship> relationships) {
        return relationships.stream()
                .sorted(Comparator.comparing((Relationship relationship) -> !relationship.otherSideSlipping())
                        .thenComparing(relationship -> relationship.nextStep().isPresent())
                        .thenComparing(MOST_RECENT_FIRST))
                .toList();
    }
}
