package dev.followthrough.digest;

import dev.followthrough.commitment.CommitmentHistory;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.platform.outbox.BlockJson;
import dev.followthrough.platform.outbox.OutboxMessage;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/** Composes digests for a batch of users from one query of their commitments and history. */
final class DigestComposer {

    /** Five weeks of deadlines (last week and the four before), plus a day for zones east of UTC. */
    private static final int WEEKS_LOOKED_BACK = 5;

    /** A composed digest: the message for the outbox, and whether it had anything to say. */
    record Composed(Recipient recipient, DigestBlocks.Message message, boolean empty) {

        OutboxMessage post(String dedupeKey) {
            return OutboxMessage.post(
                    recipient.teamId(),
                    dedupeKey,
                    recipient.userId(),
                    message.text(),
                    BlockJson.of(message.blocks()),
                    Optional.empty(),
                    Optional.empty());
        }
    }

    List<Composed> compose(Handle handle, List<Recipient> recipients, Instant now) {
        if (recipients.isEmpty()) {
            return List.of();
        }
        var histories = Ledger.histories(
                        handle,
                        recipients.stream()
                                .map(recipient -> new Ledger.Owner(recipient.teamId(), recipient.userId()))
                                .toList(),
                        lookBackFrom(now))
                .stream()
                .collect(Collectors.groupingBy(history -> new Recipient.Owner(
                        history.commitment().teamId(), history.commitment().ownerId())));
        return recipients.stream()
                .map(recipient -> compose(recipient, histories, now))
                .toList();
    }

    private static Composed compose(
            Recipient recipient, Map<Recipient.Owner, List<CommitmentHistory>> histories, Instant now) {
        Collection<CommitmentHistory> own = histories.getOrDefault(recipient.owner(), List.of());
        var facts = DigestFacts.of(own, now, recipient.zone());
        return new Composed(recipient, DigestBlocks.of(facts, now, recipient.locale()), facts.isEmpty());
    }

    /** Early enough for the start of the fifth week back in any zone. */
    private static Instant lookBackFrom(Instant now) {
        return now.atZone(ZoneId.of("UTC")).minusWeeks(WEEKS_LOOKED_BACK + 1).toInstant();
    }
}
