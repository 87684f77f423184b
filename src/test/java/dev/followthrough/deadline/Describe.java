package dev.followthrough.deadline;

import dev.followthrough.commitment.Counterparty;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** How the held-back score shows a reading: instants in the owner's zone, a Slack user as "@" and its id. */
final class Describe {

    private Describe() {}

    static String instants(List<Instant> instants, ZoneId zone) {
        return instants.isEmpty()
                ? "(none)"
                : instants.stream()
                        .map(at -> at.atZone(zone).toOffsetDateTime().toString())
                        .collect(Collectors.joining(";"));
    }

    static String counterparty(Optional<Counterparty> counterparty) {
        return counterparty
                .map(party -> party.slackUserId()
                        .map(id -> "@" + id)
                        .orElseGet(() -> party.freeText().orElse("")))
                .orElse("no counterparty");
    }
}
