package dev.followthrough.platform.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * What a slash command answers for the words typed after it ({@code /promise digest},
 * {@code /promise list} …): a feature hands it back, and {@link SubcommandRouter} sends it the
 * command.
 */
@FunctionalInterface
public interface Subcommand {

    /**
     * Answers the command; {@code arguments} is what follows the routed word, trimmed and maybe
     * empty (all of the text, for the router's fallback).
     */
    Response handle(SlashCommandPayload payload, String arguments, SlashCommandContext context);
}
