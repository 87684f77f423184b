package dev.followthrough.score;

import com.slack.api.model.block.LayoutBlock;
import dev.followthrough.commitment.Score;
import dev.followthrough.ledger.Ledger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** A user's score card as blocks, for other surfaces (App Home) to show on top. */
public final class ScoreCards {

    private final Jdbi jdbi;
    private final Clock clock;

    public ScoreCards(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public List<LayoutBlock> of(String teamId, String userId, ZoneId zone) {
        var owner = new Ledger.Owner(teamId, userId);
        var histories = jdbi.withHandle(handle -> Ledger.histories(handle, List.of(owner), Instant.EPOCH));
        var now = clock.instant();
        return ScoreCard.blocks(Score.reckon(histories, now), now, zone);
    }
}
