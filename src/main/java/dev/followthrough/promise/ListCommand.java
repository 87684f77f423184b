package dev.followthrough.promise;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.platform.slack.SlackAnswers;
import dev.followthrough.platform.slack.Subcommand;
import dev.followthrough.user.UserProfiles;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/** {@code /promise list} and {@code /promise cancel}: the asker's open promises, maybe with a button on each. */
final class ListCommand implements Subcommand {

    private final Ledger ledger;
    private final UserProfiles profiles;
    private final Optional<PromiseList.RowAction> action;
    private final Clock clock;

    ListCommand(Ledger ledger, UserProfiles profiles, Optional<PromiseList.RowAction> action, Clock clock) {
        this.ledger = ledger;
        this.profiles = profiles;
        this.action = action;
        this.clock = clock;
    }

    @Override
    public Response handle(SlashCommandPayload payload, String arguments, SlashCommandContext context) {
        var teamId = payload.getTeamId();
        var userId = payload.getUserId();
        var open = ledger.openOf(teamId, userId, PromiseList.SHOWN);
        var total = open.size() < PromiseList.SHOWN ? open.size() : ledger.countOpenOf(teamId, userId);
        var locale =
                profiles.lookup(teamId, userId).map(profile -> profile.locale()).orElse(Locale.US);
        var blocks = PromiseList.blocks(open, total, clock.instant(), locale, action);
        return SlackAnswers.response(SlackAnswers.ephemeral(PromiseList.text(total), blocks));
    }
}
