package dev.followthrough.team;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.followthrough.platform.slack.SlackAnswers;
import dev.followthrough.platform.slack.Subcommand;
import dev.followthrough.user.UserProfile;
import dev.followthrough.user.UserProfiles;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * {@code /promise team} in a channel: its open promises by person, overdue first, each person's
 * follow-through here, and a button to follow the channel on App Home. Answered in the ack, to
 * whoever asked only.
 */
final class TeamCommand implements Subcommand {

    static final String IN_A_DM = "Run `/promise team` in a channel: it shows that channel's open promises by person,"
            + " overdue first. A DM has no team to show.";

    private final TeamViews views;
    private final TeamChannels channels;
    private final UserProfiles profiles;
    private final Clock clock;

    TeamCommand(TeamViews views, TeamChannels channels, UserProfiles profiles, Clock clock) {
        this.views = views;
        this.channels = channels;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    public Response handle(SlashCommandPayload payload, String arguments, SlashCommandContext context) {
        var channelId = payload.getChannelId();
        if (isDirectMessage(channelId, payload.getChannelName())) {
            return SlackAnswers.response(SlackAnswers.ephemeral(IN_A_DM));
        }
        var teamId = payload.getTeamId();
        var userId = payload.getUserId();
        var view = views.of(teamId, channelId);
        var profile = profiles.lookup(teamId, userId);
        ZoneId zone = profile.map(UserProfile::zone).orElse(ZoneOffset.UTC);
        var locale = profile.map(UserProfile::locale).orElse(Locale.US);
        var following = channels.shows(teamId, userId, channelId);
        return SlackAnswers.ephemeralResponse(
                TeamBlocks.text(view), TeamBlocks.answer(view, following, clock.instant(), zone, locale));
    }

    static boolean isDirectMessage(String channelId, String channelName) {
        return channelId == null || channelId.startsWith("D") || "directmessage".equals(channelName);
    }
}
