package dev.followthrough.team;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.followthrough.ledger.AfterEveryWrite;
import dev.followthrough.platform.slack.SlackAnswers;
import dev.followthrough.platform.slack.SlackPlatform;
import dev.followthrough.user.UserProfile;
import dev.followthrough.user.UserProfiles;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * The team view's buttons: Follow (on the answer to {@code /promise team}), Unfollow (there and on
 * App Home), and See the team view (on App Home), each answered by this feature alone.
 */
final class TeamButtons {

    static final String FOLLOW = "team_follow";
    static final String UNFOLLOW = "team_unfollow";
    static final String SHOW = "team_view_show";

    /** What a channel's id looks like: a button's value that isn't one names nothing to unfollow. */
    private static final Pattern CHANNEL_ID = Pattern.compile("[CG][A-Z0-9]{1,40}");

    private final SlackPlatform slack;
    private final Jdbi jdbi;
    private final TeamViews views;
    private final TeamChannels channels;
    private final UserProfiles profiles;
    private final AfterEveryWrite homeOutOfDate;
    private final Clock clock;

    TeamButtons(
            SlackPlatform slack,
            Jdbi jdbi,
            TeamViews views,
            TeamChannels channels,
            UserProfiles profiles,
            AfterEveryWrite homeOutOfDate,
            Clock clock) {
        this.slack = slack;
        this.jdbi = jdbi;
        this.views = views;
        this.channels = channels;
        this.profiles = profiles;
        this.homeOutOfDate = homeOutOfDate;
        this.clock = clock;
    }

    /**
     * Follows the channel the answer was shown in: the channel Slack says the button was pressed in,
     * not one named in the button, so nobody follows a channel they were never shown.
     */
    Response follow(BlockActionRequest request, ActionContext context) {
        var payload = request.getPayload();
        var teamId = payload.getTeam().getId();
        var userId = payload.getUser().getId();
        var channel = payload.getChannel();
        var channelId = channel == null ? null : channel.getId();
        if (TeamCommand.isDirectMessage(channelId, channel == null ? null : channel.getName())) {
            answer(
                    payload.getResponseUrl(),
                    ":thinking_face: Follow a channel from `/promise team` in that channel." + " Nothing was changed.");
            return context.ack();
        }
        choose(teamId, userId, channelId, true);
        answer(
                payload.getResponseUrl(),
                ":busts_in_silhouette: Following <#" + channelId + ">: it's on your App Home's Team section now."
                        + " Unfollow there whenever you like.");
        return context.ack();
    }

    /** Takes a channel off the user's Team section: their own choice, about themselves only. */
    Response unfollow(BlockActionRequest request, ActionContext context) {
        var payload = request.getPayload();
        var channelId = payload.getActions().get(0).getValue();
        if (channelId == null || !CHANNEL_ID.matcher(channelId).matches()) {
            return context.ack();
        }
        choose(payload.getTeam().getId(), payload.getUser().getId(), channelId, false);
        answer(
                payload.getResponseUrl(),
                "Unfollowed <#" + channelId + ">: it's off your App Home. `/promise team` there shows it again any"
                        + " time.");
        return context.ack();
    }

    /** The full team view of a channel on the user's Team section, in a modal. */
    Response show(BlockActionRequest request, ActionContext context) {
        var payload = request.getPayload();
        var teamId = payload.getTeam().getId();
        var userId = payload.getUser().getId();
        var channelId = payload.getActions().get(0).getValue();
        if (!channels.shows(teamId, userId, channelId)) {
            // An older Home's button, for a channel since unfollowed: nothing of it is shown.
            return context.ack();
        }
        var profile = profiles.lookup(teamId, userId);
        var zone = profile.map(UserProfile::zone).orElse(ZoneOffset.UTC);
        var locale = profile.map(UserProfile::locale).orElse(Locale.US);
        var view = views.of(teamId, channelId);
        slack.openView(teamId, payload.getTriggerId(), TeamBlocks.modal(view, clock.instant(), zone, locale));
        return context.ack();
    }

    private void choose(String teamId, String userId, String channelId, boolean following) {
        jdbi.useTransaction(handle -> {
            handle.attach(FollowStore.class).choose(teamId, userId, channelId, following, clock.instant());
            homeOutOfDate.ownerTouched(handle, teamId, userId);
        });
    }

    /** A private word back where the button was, if it was on a message (App Home has no response URL). */
    private void answer(String responseUrl, String text) {
        if (responseUrl != null) {
            slack.afterAck(
                    "answering a team view button", () -> slack.respond(responseUrl, SlackAnswers.ephemeral(text)));
        }
    }
}
