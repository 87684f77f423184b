package dev.followthrough.export;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.followthrough.platform.slack.SlackAnswers;
import dev.followthrough.platform.slack.Subcommand;
import java.util.Locale;

/**
 * {@code /promise export}: the user's ledger download link, made on first ask, the same link after;
 * {@code /promise export revoke} ends it. Anything else after the word goes to {@code otherwise}
 * with all of the text: "export the Q3 numbers by Friday" is a promise.
 */
final class ExportCommand implements Subcommand {

    private final ExportLinks links;
    private final Subcommand otherwise;

    ExportCommand(ExportLinks links, Subcommand otherwise) {
        this.links = links;
        this.otherwise = otherwise;
    }

    @Override
    public Response handle(SlashCommandPayload payload, String arguments, SlashCommandContext context) {
        var teamId = payload.getTeamId();
        var userId = payload.getUserId();
        if (arguments.isEmpty()) {
            if (!links.canLink()) {
                return SlackAnswers.response(SlackAnswers.ephemeral(ExportAnswers.NO_PUBLIC_URL));
            }
            var link = links.link(teamId, userId).orElseThrow();
            return SlackAnswers.ephemeralResponse(ExportAnswers.linkText(link), ExportAnswers.link(link));
        }
        if (arguments.toLowerCase(Locale.ROOT).equals("revoke")) {
            var revoked = links.revoke(teamId, userId);
            return SlackAnswers.response(
                    SlackAnswers.ephemeral(revoked ? ExportAnswers.REVOKED : ExportAnswers.NOTHING_TO_REVOKE));
        }
        return otherwise.handle(payload, payload.getText().strip(), context);
    }
}
