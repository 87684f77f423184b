package dev.followthrough.ledger;

import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.NewCommitment;
import java.time.Instant;

/** A new commitment as its row. */
public record NewCommitmentRow(
        String teamId,
        String ownerId,
        String what,
        String direction,
        String counterpartyUserId,
        String counterpartyName,
        String firmness,
        Instant dueAt,
        Instant targetAt,
        String duePhrase,
        String dueZone,
        String channelId) {

    static NewCommitmentRow of(NewCommitment commitment) {
        return new NewCommitmentRow(
                commitment.teamId(),
                commitment.ownerId(),
                commitment.what(),
                commitment.direction().name(),
                commitment.counterparty().flatMap(Counterparty::slackUserId).orElse(null),
                commitment.counterparty().flatMap(Counterparty::freeText).orElse(null),
                commitment.firmness().name(),
                commitment.due().orElse(null),
                commitment.target().orElse(null),
                commitment.duePhrase(),
                commitment.zone().getId(),
                commitment.channelId().orElse(null));
    }
}
