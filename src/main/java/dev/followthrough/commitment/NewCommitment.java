package dev.followthrough.commitment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** A commitment about to be recorded. */
public record NewCommitment(
        String teamId,
        String ownerId,
        String what,
        Direction direction,
        Optional<Counterparty> counterparty,
        Firmness firmness,
        Optional<Instant> due,
        Optional<Instant> target,
        String duePhrase,
        ZoneId zone,
        Optional<String> channelId) {}
