package dev.followthrough.team;

import dev.followthrough.ledger.Ledger;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** One channel's team view as of now, read from the ledger. */
final class TeamViews {

    private final Jdbi jdbi;
    private final Clock clock;

    TeamViews(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    TeamView of(String teamId, String channelId) {
        var now = clock.instant();
        var histories = jdbi.withHandle(
                handle -> Ledger.historiesInChannel(handle, teamId, channelId, now.minus(TeamView.RATE_PERIOD)));
        return TeamView.of(channelId, histories, now);
    }
}
