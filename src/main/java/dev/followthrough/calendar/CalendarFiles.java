package dev.followthrough.calendar;

import dev.followthrough.commitment.Status;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.user.PlainNames;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The calendar files behind the URLs: found only with the right token, else nothing at all. */
final class CalendarFiles {

    /** A subscribed calendar shows at most this many holds, soonest first. */
    static final int FEED_SIZE = 500;

    private final Ledger ledger;
    private final LinkTokens tokens;
    private final CalendarFeeds feeds;
    private final PlainNames names;
    private final Clock clock;

    CalendarFiles(Ledger ledger, LinkTokens tokens, CalendarFeeds feeds, PlainNames names, Clock clock) {
        this.ledger = ledger;
        this.names = names;
        this.tokens = tokens;
        this.feeds = feeds;
        this.clock = clock;
    }

    /** One commitment's hold. An undone or soft commitment has none to give. */
    Optional<String> commitment(long commitmentId, String token) {
        var commitment = ledger.findAnyTeam(commitmentId);
        // Checked against something even when there is no such commitment: both answers take as long.
        var teamId = commitment.map(found -> found.teamId()).orElse("");
        if (!tokens.matches(teamId, commitmentId, token) || commitment.isEmpty()) {
            return Optional.empty();
        }
        return commitment
                .filter(found -> found.status() != Status.UNDONE)
                .flatMap(found -> Hold.of(found, names))
                .map(hold -> CalendarFile.of(List.of(hold), Optional.empty(), clock.instant()));
    }

    /** A user's open hard commitments, theirs to keep and owed to them. */
    Optional<String> feed(String teamId, String userId, String token) {
        if (!feeds.admits(teamId, userId, token)) {
            return Optional.empty();
        }
        var holds = ledger.openHardOf(teamId, userId, FEED_SIZE).stream()
                .flatMap(commitment -> Hold.of(commitment, names).stream())
                .toList();
        return Optional.of(CalendarFile.of(holds, Optional.of("Followthrough promises"), clock.instant()));
    }
}
