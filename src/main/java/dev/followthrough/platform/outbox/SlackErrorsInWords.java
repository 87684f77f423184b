package dev.followthrough.platform.outbox;

/** Why Slack didn't take a message, said the way a user understands it. */
final class SlackErrorsInWords {

    private SlackErrorsInWords() {}

    static String of(String reason) {
        var error = reason.startsWith("gave up after ") ? "gave_up" : reason.split("[\\s(:]", 2)[0];
        return switch (error) {
            case "user_not_found", "account_inactive", "user_disabled" ->
                "their Slack account is deactivated or isn't in this workspace any more";
            case "cannot_dm_bot" -> "they're a bot, and bots can't get direct messages";
            case "channel_not_found", "not_in_channel" ->
                "I'm not a member of that channel (it may be private, or deleted)";
            case "is_archived" -> "the channel is archived";
            case "restricted_action",
                    "restricted_action_read_only_channel",
                    "restricted_action_thread_only_channel",
                    "restricted_action_non_threadable_channel",
                    "ekm_access_denied" -> "your workspace's settings don't let me post there";
            case "invalid_blocks", "invalid_blocks_format", "msg_too_long", "too_many_attachments" ->
                "Slack wouldn't take a message this long";
            case "invalid_auth",
                    "not_authed",
                    "token_revoked",
                    "token_expired",
                    "account_inactive_bot",
                    "no_permission",
                    "missing_scope" ->
                "Followthrough isn't allowed to send messages in this workspace any more (it may have been"
                        + " uninstalled)";
            case "gave_up" -> "Slack kept turning it away for a day (an outage or too many messages at once)";
            default -> "Slack refused it (it said \"" + reason + "\")";
        };
    }
}
