package dev.followthrough.score;

import com.slack.api.model.block.LayoutBlock;
import dev.followthrough.commitment.Score;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/** A user's score card as blocks, for other surfaces (App Home) to show on top. */
public final class ScoreCards {

    private final Histories histories;
    private final Clock clock;

    public ScoreCards(Histories histories, Clock clock) {
        this.histories = histories;
        this.clock = clock;
    }

    public List<LayoutBlock> of(String teamId, String userId, ZoneId zone) {
        var now = clock.instant();
        return ScoreCard.blocks(Score.reckon(histories.of(teamId, userId), now), now, zone);
    }
}
