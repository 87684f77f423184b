package dev.followthrough.promise;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * A word after {@code /promise} that another feature answers ({@code /promise digest},
 * {@code /promise channel} …): the feature registers it, and {@code /promise} hands it over.
 */
@FunctionalInterface
public interface Subcommand {

    /** Answers {@code /promise <word> <arguments>}; {@code arguments} is trimmed, maybe empty. */
    Response handle(SlashCommandPayload payload, String arguments, SlashCommandContext context);
}
