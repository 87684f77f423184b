package dev.followthrough.team;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The channels on a user's Team section: those they set up (changed the settings of), unless they
 * unfollowed them, and those they followed.
 */
final class TeamChannels {

    /** More than any Home shows: the section lists a few and says how many more. */
    private static final int MOST = 200;

    private final Jdbi jdbi;
    private final TeamFeature.ChannelsSetUp setUp;

    TeamChannels(Jdbi jdbi, TeamFeature.ChannelsSetUp setUp) {
        this.jdbi = jdbi;
        this.setUp = setUp;
    }

    List<String> of(String teamId, String userId) {
        var choices = jdbi.withExtension(FollowStore.class, store -> store.of(teamId, userId, MOST));
        var unfollowed = new HashSet<String>();
        var channels = new LinkedHashSet<String>();
        for (var choice : choices) {
            if (choice.following()) {
                channels.add(choice.channelId());
            } else {
                unfollowed.add(choice.channelId());
            }
        }
        for (var channelId : setUp.by(teamId, userId, MOST)) {
            if (!unfollowed.contains(channelId)) {
                channels.add(channelId);
            }
        }
        return new ArrayList<>(channels);
    }

    boolean shows(String teamId, String userId, String channelId) {
        var choice = jdbi.withExtension(FollowStore.class, store -> store.find(teamId, userId, channelId));
        if (choice.isPresent()) {
            return choice.get().following();
        }
        return setUp.by(teamId, userId, MOST).contains(channelId);
    }
}
