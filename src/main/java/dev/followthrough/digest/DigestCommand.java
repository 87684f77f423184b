package dev.followthrough.digest;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.slack.SlackAnswers;
import dev.followthrough.platform.slack.Subcommand;
import dev.followthrough.user.UserProfiles;
import dev.followthrough.user.UserStore;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** {@code /promise digest}: this week's digest now, as a DM, whatever the day. */
final class DigestCommand implements Subcommand {

    private final Jdbi jdbi;
    private final DigestComposer composer;
    private final Outbox outbox;
    private final UserProfiles profiles;
    private final Clock clock;

    DigestCommand(Jdbi jdbi, DigestComposer composer, Outbox outbox, UserProfiles profiles, Clock clock) {
        this.jdbi = jdbi;
        this.composer = composer;
        this.outbox = outbox;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    public Response handle(SlashCommandPayload payload, String arguments, SlashCommandContext context) {
        var teamId = payload.getTeamId();
        var userId = payload.getUserId();
        // Makes sure the users row exists and knows the zone the digest's weeks are counted in.
        profiles.lookup(teamId, userId);
        jdbi.useTransaction(handle -> {
            var recipient = handle.attach(UserStore.class)
                    .digestRecipient(teamId, userId)
                    .map(Recipient::of);
            if (recipient.isEmpty()) {
                return;
            }
            var digest = composer.compose(handle, List.of(recipient.get()), clock.instant())
                    .get(0);
            // Slack's retries repeat the trigger_id; asking again is a new one: a new digest.
            outbox.enqueue(handle, digest.post("digest:" + userId + ":now:" + payload.getTriggerId()));
        });
        return SlackAnswers.ephemeralResponse(":mailbox_with_mail: Sent to your DMs.", null);
    }
}
