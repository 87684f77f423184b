package dev.followthrough.team;

import com.slack.api.model.block.LayoutBlock;
import dev.followthrough.ledger.AfterEveryWrite;
import dev.followthrough.platform.slack.SlackPlatform;
import dev.followthrough.platform.slack.Subcommand;
import dev.followthrough.platform.workspace.ForgetsATeam;
import dev.followthrough.user.UserProfiles;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * The team view of a channel: {@code /promise team} shows its open promises by person, overdue
 * first, with each person's follow-through there; App Home's Team section keeps the channels a
 * user set up or follows. Only promises made in or linked to the channel count: never a DM's,
 * never another workspace's.
 */
public final class TeamFeature {

    /** The channels whose settings a user changed: the ones they set up (the channel feature knows). */
    @FunctionalInterface
    public interface ChannelsSetUp {
        List<String> by(String teamId, String userId, int limit);
    }

    private final TeamCommand command;
    private final TeamViews views;
    private final TeamChannels channels;

    private TeamFeature(TeamCommand command, TeamViews views, TeamChannels channels) {
        this.command = command;
        this.views = views;
        this.channels = channels;
    }

    /** Registers the team view's buttons; {@code homeOutOfDate} has a user's App Home published again. */
    public static TeamFeature register(
            SlackPlatform slack,
            Jdbi jdbi,
            UserProfiles profiles,
            ChannelsSetUp setUp,
            AfterEveryWrite homeOutOfDate,
            java.time.Clock clock) {
        var views = new TeamViews(jdbi, clock);
        var channels = new TeamChannels(jdbi, setUp);
        var buttons = new TeamButtons(slack, jdbi, views, channels, profiles, homeOutOfDate, clock);
        slack.app().blockAction(TeamButtons.FOLLOW, buttons::follow);
        slack.app().blockAction(TeamButtons.UNFOLLOW, buttons::unfollow);
        slack.app().blockAction(TeamButtons.SHOW, buttons::show);
        return new TeamFeature(new TeamCommand(views, channels, profiles, clock), views, channels);
    }

    /** {@code /promise team}. */
    public Subcommand command() {
        return command;
    }

    /**
     * App Home's Team section for a user: a line for each of the first channels they set up or
     * follow; nothing when there are none. Never more than {@link #HOME_BLOCKS} blocks.
     */
    public List<LayoutBlock> homeSection(String teamId, String userId) {
        var all = channels.of(teamId, userId);
        var shown = all.subList(0, Math.min(TeamHomeSection.CHANNELS, all.size())).stream()
                .map(channelId -> views.of(teamId, channelId))
                .toList();
        return TeamHomeSection.of(shown, all.size() - shown.size());
    }

    /** The most blocks {@link #homeSection} takes. */
    public static final int HOME_BLOCKS = TeamHomeSection.MOST_BLOCKS;

    /** Forgets a workspace's follows. */
    public static ForgetsATeam forgetting(Jdbi jdbi) {
        return ForgetsATeam.inStore(jdbi, FollowStore.class, Set.of("channel_follows"), FollowStore::forgetSome);
    }
}
