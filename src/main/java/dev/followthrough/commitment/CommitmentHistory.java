package dev.followthrough.commitment;

import java.util.Comparator;
import java.util.List;

/** A commitment as it stands now, with everything that happened to it, oldest first. */
public record CommitmentHistory(Commitment commitment, List<CommitmentEvent> events) {

    public CommitmentHistory {
        events = events.stream()
                .sorted(Comparator.comparing(CommitmentEvent::at))
                .toList();
    }
}
