package dev.followthrough.export;

import dev.followthrough.commitment.CommitmentEvent;
import dev.followthrough.commitment.CommitmentHistory;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Firmness;
import dev.followthrough.commitment.Reckoning;
import dev.followthrough.user.PlainNames;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * One commitment's rows in the ledger file, one per event of its history, each with the commitment
 * itself, the deadline in force after the event, and the outcome of the deadline the event settled.
 */
final class LedgerRows {

    /** Who {@code by} names when no one acted: a deadline passing. */
    static final String FOLLOWTHROUGH = "Followthrough";

    private final PlainNames.InTeam names;
    private final ZoneId zone;
    private final Instant now;

    LedgerRows(PlainNames.InTeam names, ZoneId zone, Instant now) {
        this.names = names;
        this.zone = zone;
        this.now = now;
    }

    List<List<String>> of(CommitmentHistory history) {
        var commitment = history.commitment();
        var events = history.events();
        var outcomes = new HashMap<Integer, String>();
        for (var settled : Reckoning.settled(history, now)) {
            settled.eventIndex()
                    .ifPresent(index ->
                            outcomes.put(index, settled.reckoning().outcome().name()));
        }
        var counterparty = commitment.counterparty();
        var same = List.of(
                Long.toString(commitment.id()),
                names.text(commitment.what()),
                counterparty
                        .map(other -> names.of(other, other.slackUserId().orElse("")))
                        .orElse(""),
                counterparty.flatMap(Counterparty::slackUserId).orElse(""),
                commitment.direction().name(),
                // A channel by its name when known ("#sales"), else by its id.
                commitment
                        .channelId()
                        .map(id -> names.text("<#" + id + "|" + id + ">"))
                        .orElse(""),
                time(commitment.createdAt()),
                commitment.status().name());
        if (events.isEmpty()) {
            // Older rows may have no history: the commitment still has its row.
            var row = new ArrayList<>(same);
            row.addAll(List.of(
                    "", "", "", time(commitment.due()), commitment.firmness().name(), "", "", "", "", ""));
            return List.of(row);
        }
        var firstSetting =
                events.stream().filter(event -> event.newFirmness().isPresent()).findFirst();
        var deadline = firstSetting.map(CommitmentEvent::oldDue).orElse(commitment.due());
        var firmness = firstSetting.isPresent() ? firstSetting.get().oldFirmness() : Optional.of(commitment.firmness());
        var rows = new ArrayList<List<String>>();
        for (var index = 0; index < events.size(); index++) {
            var event = events.get(index);
            if (event.newFirmness().isPresent()) {
                deadline = event.newDue();
                firmness = event.newFirmness();
            }
            var row = new ArrayList<>(same);
            row.add(event.kind().name());
            row.add(time(event.at()));
            row.add(event.actorId()
                    .map(actor -> names.of(Counterparty.slackUser(actor), actor))
                    .orElse(FOLLOWTHROUGH));
            row.add(time(deadline));
            row.add(firmness.map(Firmness::name).orElse(""));
            row.add(event.timing().map(Enum::name).orElse(""));
            row.add(time(event.oldDue()));
            row.add(time(event.newDue()));
            row.add(event.reason().orElse(""));
            row.add(outcomes.getOrDefault(index, ""));
            rows.add(row);
        }
        return rows;
    }

    private String time(Optional<Instant> instant) {
        return instant.map(this::time).orElse("");
    }

    /** ISO-8601 with the offset, in the user's zone, to the second: {@code 2026-11-27T14:00:00-05:00}. */
    private String time(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }
}
