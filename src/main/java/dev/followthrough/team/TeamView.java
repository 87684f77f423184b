package dev.followthrough.team;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.CommitmentEvent;
import dev.followthrough.commitment.CommitmentHistory;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.EventKind;
import dev.followthrough.commitment.Score;
import dev.followthrough.commitment.Tally;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A channel's open promises by owner, overdue first, with each owner's follow-through over the last
 * four weeks, reckoned only from the promises made in or linked to that channel.
 */
record TeamView(String channelId, List<Owner> owners) {

    /** How far back each owner's follow-through here is reckoned. */
    static final Duration RATE_PERIOD = Duration.ofDays(28);

    /**
     * One person's open promises in the channel, most urgent first, and their record here; {@code
     * raised} holds when each one whose present deadline was escalated was raised.
     */
    record Owner(
            String ownerId,
            List<Commitment> open,
            int overdue,
            boolean slipping,
            Tally lastFourWeeks,
            Map<Long, Instant> raised) {}

    TeamView {
        owners = List.copyOf(owners);
    }

    /** From the histories of one channel's commitments (open ones, and those closed or due lately). */
    static TeamView of(String channelId, Collection<CommitmentHistory> histories, Instant now) {
        var byOwner = new LinkedHashMap<String, List<CommitmentHistory>>();
        for (var history : histories) {
            byOwner.computeIfAbsent(history.commitment().ownerId(), owner -> new ArrayList<>())
                    .add(history);
        }
        var owners = new ArrayList<Owner>();
        byOwner.forEach((ownerId, theirs) -> {
            var open = theirs.stream()
                    .map(CommitmentHistory::commitment)
                    .filter(commitment -> commitment.status().isOpen())
                    .sorted(urgency(now))
                    .toList();
            if (open.isEmpty()) {
                return;
            }
            var overdue = (int) open.stream()
                    .filter(commitment -> commitment.isOverdueAt(now))
                    .count();
            // Their own word slipping, not what others owe them.
            var slipping = open.stream()
                    .anyMatch(commitment -> commitment.direction() == Direction.MINE && commitment.isOverdueAt(now));
            var rate = Score.over(Score.reckon(theirs, now), now.minus(RATE_PERIOD), now)
                    .mine();
            owners.add(new Owner(ownerId, open, overdue, slipping, rate, raised(theirs)));
        });
        var firstOfEach = urgency(now);
        owners.sort(
                Comparator.<Owner, Commitment>comparing(owner -> owner.open().get(0), firstOfEach)
                        .thenComparing(Owner::ownerId));
        return new TeamView(channelId, owners);
    }

    /**
     * When each open promise was raised for missing its present deadline: an escalation after that
     * deadline (one before it was of a deadline since moved).
     */
    private static Map<Long, Instant> raised(List<CommitmentHistory> histories) {
        var raised = new HashMap<Long, Instant>();
        for (var history : histories) {
            var commitment = history.commitment();
            commitment
                    .due()
                    .ifPresent(due -> history.events().stream()
                            .filter(event -> event.kind() == EventKind.ESCALATED
                                    && !event.at().isBefore(due))
                            .map(CommitmentEvent::at)
                            .max(Comparator.naturalOrder())
                            .ifPresent(at -> raised.put(commitment.id(), at)));
        }
        return Map.copyOf(raised);
    }

    /** Overdue first, then by due (or the date a soft one aims at), undated soft ones last. */
    static Comparator<Commitment> urgency(Instant now) {
        return Comparator.comparing((Commitment commitment) -> !commitment.isOverdueAt(now))
                .thenComparing(commitment -> commitment.sortInstant().orElse(Instant.MAX))
                .thenComparing(Commitment::createdAt)
                .thenComparingLong(Commitment::id);
    }

    boolean isEmpty() {
        return owners.isEmpty();
    }

    int open() {
        return owners.stream().mapToInt(owner -> owner.open().size()).sum();
    }

    int overdue() {
        return owners.stream().mapToInt(Owner::overdue).sum();
    }

    List<String> slipping() {
        return owners.stream().filter(Owner::slipping).map(Owner::ownerId).toList();
    }
}
