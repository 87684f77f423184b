package dev.followthrough.score;

import dev.followthrough.commitment.CommitmentHistory;
import java.util.List;

/** Every commitment a user owns or is owed, each with its events: what their score is reckoned from. */
@FunctionalInterface
public interface Histories {

    List<CommitmentHistory> of(String teamId, String userId);
}
