package dev.followthrough.digest;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.followthrough.commitment.Score;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.platform.slack.SlackAnswers;
import dev.followthrough.platform.slack.Subcommand;
import dev.followthrough.score.ScoreCard;
import dev.followthrough.user.UserProfile;
import dev.followthrough.user.UserProfiles;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** {@code /promise score}: the score card, only to the person who asked. */
final class ScoreCommand implements Subcommand {

    private final Jdbi jdbi;
    private final UserProfiles profiles;
    private final Clock clock;

    ScoreCommand(Jdbi jdbi, UserProfiles profiles, Clock clock) {
        this.jdbi = jdbi;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    public Response handle(SlashCommandPayload payload, String arguments, SlashCommandContext context) {
        var owner = new Ledger.Owner(payload.getTeamId(), payload.getUserId());
        var zone = profiles.lookup(owner.teamId(), owner.userId())
                .map(UserProfile::zone)
                .orElse(ZoneId.of("UTC"));
        var now = clock.instant();
        var histories = jdbi.withHandle(handle -> Ledger.histories(handle, List.of(owner), Instant.EPOCH));
        var reckonings = Score.reckon(histories, now);
        return SlackAnswers.ephemeralResponse(ScoreCard.text(reckonings), ScoreCard.blocks(reckonings, now, zone));
    }
}
